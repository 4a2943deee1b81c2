/**
 * The conformance suite's two sides: the real `@azure/communication-calling` (offline, in this test browser) and
 * the simulator (`sim.module`, shaped like the SDK module). Each case is written once against a {@link Side} and
 * run on both with the same assertions; a case the real SDK cannot run offline says so and runs on the simulator
 * only. The files `granted.test.ts` and `denied.test.ts` run the cases for each permission state (the denied
 * file runs in a browser without the fake permission prompt: the `conformance-denied` group of
 * web-test-runner.config.mjs).
 */
import type {
  CallAgent,
  CallClient,
  DeviceManager,
  Features as SdkFeatures,
  AudioDeviceInfo,
  LocalAudioStream,
  LocalVideoStream,
  VideoDeviceInfo,
  VideoStreamRenderer,
} from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import { expect } from '@open-wc/testing';
import { createSimulator, type SimulatedCallAgent, type Simulator } from '../../src/simulator/index.js';
import { REAL_SDK_LOAD_TIMEOUT, realSdk } from '../helpers/real-sdk.js';

/** What a case reaches through a side: the SDK module's classes and tokens. */
export interface ConformanceModule {
  readonly CallClient: new () => CallClient;
  readonly LocalVideoStream: new (source: VideoDeviceInfo | MediaStream) => LocalVideoStream;
  readonly LocalAudioStream: new (source: AudioDeviceInfo | MediaStream) => LocalAudioStream;
  readonly VideoStreamRenderer: new (stream: never) => VideoStreamRenderer;
  readonly Features: typeof SdkFeatures;
}

/** One side of the suite. */
export interface Side {
  readonly name: 'real SDK' | 'simulator';
  readonly module: ConformanceModule;
  /** The page's CallClient and its DeviceManager (an app has one; the real SDK shares one agent per page). */
  readonly client: CallClient;
  readonly deviceManager: DeviceManager;
  /**
   * Makes the next join or call of `agent` fail as the real SDK's does offline (490/4525 after Connecting): a
   * no-op on the real SDK, which is offline; the simulator is told so.
   */
  offline(agent: CallAgent): void;
}

/** Where the case can run. */
export type CasePermission = 'granted' | 'denied';

/** A conformance case: written once, run on both sides (or on the simulator only, with the reason). */
export interface ConformanceCase {
  readonly name: string;
  /** The table of `sdk-real-behaviour.md` the case comes from. */
  readonly table: 'devices and permissions' | 'local video and renderers' | 'local audio' | 'client, agent, call';
  /** The browser permission the case needs (default: granted). */
  readonly permission?: CasePermission;
  /** Why the real SDK cannot run it offline, when it cannot: it then runs on the simulator only. */
  readonly simulatorOnly?: string;
  /** The case's own timeout (ms), for cases that wait for the SDK (a selection that times out after 3 s). */
  readonly timeout?: number;
  run(side: Side): Promise<void>;
}

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A well-formed ACS-like access token (the real SDK accepts it offline; no service ever checks it here). */
export function fakeToken(user = '00000000-0000-0000-0000-000000000001'): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    skypeid: `acs:${user}`,
    scp: 1792,
    csi: String(now),
    exp: now + 3600,
    acsScope: 'voip',
    resourceId: '5c9e2b58-0000-0000-0000-0000000000aa',
    iat: now,
  };
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

/** A credential that gives `token` (or rejects, or gives what `getToken` returns). */
export function credential(token: string | (() => Promise<{ token: string; expiresOnTimestamp: number }>)) {
  return {
    getToken: typeof token === 'string' ? async () => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }) : token,
    dispose() {},
  } as CommunicationTokenCredential;
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** The error a function throws (fails when it does not throw). */
export function thrown(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a throw');
}

/** Expects an SDK error with `code` and `subCode` (a `CallingCommunicationError`). */
export function expectSdkError(error: Record<string, unknown>, code: number, subCode: number): void {
  expect([error.name, error.code, error.subCode], String(error.message)).to.deep.equal([
    'CallingCommunicationError',
    code,
    subCode,
  ]);
}

/** Resolves once `call` reaches `state`. */
export function stateReached(
  call: { state: string; on(e: 'stateChanged', l: () => void): void; off(e: 'stateChanged', l: () => void): void },
  state: string,
): Promise<void> {
  return new Promise((resolve) => {
    if (call.state === state) return resolve();
    const listener = () => {
      if (call.state !== state) return;
      call.off('stateChanged', listener);
      resolve();
    };
    call.on('stateChanged', listener);
  });
}

/** The real SDK's side: the module, the page's one client and device manager. */
async function realSide(): Promise<Side> {
  const { sdk, deviceManager, client } = await realSdk();
  return {
    name: 'real SDK',
    module: sdk as unknown as ConformanceModule,
    client,
    deviceManager,
    offline: () => {},
  };
}

/** The simulator's side: a simulator in the same permission state as the browser, through `sim.module`. */
function simulatorSide(permission: CasePermission): { side: Side; sim: Simulator } {
  const sim = createSimulator({
    latency: 0,
    permission: permission === 'granted' ? 'granted' : 'denied',
    preGranted: permission === 'granted',
    // The test browser's fake devices: one camera, three microphones, three speakers.
    devices: {
      cameras: [{ id: 'fake', name: 'fake_device_0' }],
      microphones: [
        { id: 'default', name: 'Default', isSystemDefault: true },
        { id: 'fake-1', name: 'Fake Default Audio Input' },
        { id: 'fake-2', name: 'Fake Audio Input 1' },
      ],
      speakers: [
        { id: 'default', name: 'Default', isSystemDefault: true },
        { id: 'fake-1', name: 'Fake Default Audio Output' },
        { id: 'fake-2', name: 'Fake Audio Output 1' },
      ],
    },
  });
  const side: Side = {
    name: 'simulator',
    module: sim.module as unknown as ConformanceModule,
    client: sim.callClient as unknown as CallClient,
    deviceManager: sim.deviceManager as unknown as DeviceManager,
    offline: (agent) => {
      const { simulate } = agent as unknown as SimulatedCallAgent;
      simulate.failNext('join');
      simulate.failNext('startCall');
    },
  };
  return { side, sim };
}

/**
 * Registers the cases for one permission state: a `describe` per side, an `it` per case (named "(simulator
 * only: why)" when the real SDK cannot run it offline), and a summary of the counts logged at the end.
 */
export function runConformance(permission: CasePermission, cases: readonly ConformanceCase[]): void {
  const mine = cases.filter((c) => (c.permission ?? 'granted') === permission);
  const both = mine.filter((c) => !c.simulatorOnly);

  describe(`conformance (${permission}): the real SDK, offline`, function () {
    let side: Side;
    before(async function () {
      this.timeout(REAL_SDK_LOAD_TIMEOUT);
      side = await realSide();
    });
    for (const c of both) {
      it(`${c.table}: ${c.name}`, async function () {
        if (c.timeout) this.timeout(c.timeout);
        await c.run(side);
      });
    }
  });

  describe(`conformance (${permission}): the simulator`, () => {
    let sim: Simulator | undefined;
    afterEach(() => sim?.dispose());
    for (const c of mine) {
      const name = c.simulatorOnly ? `${c.name} (simulator only: ${c.simulatorOnly})` : c.name;
      it(`${c.table}: ${name}`, async function () {
        if (c.timeout) this.timeout(c.timeout);
        const made = simulatorSide(permission);
        sim = made.sim;
        await made.sim.deviceManager.ready;
        await c.run(made.side);
      });
    }
    after(() =>
      console.log(
        `conformance (${permission}): ${mine.length} cases, ${both.length} run on both the real SDK and the ` +
          `simulator, ${mine.length - both.length} on the simulator only`,
      ),
    );
  });
}
