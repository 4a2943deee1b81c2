/**
 * `createSimulator()`: a call client, agent, calls and device manager that implement the SDK's interfaces, plus
 * an `sdk` capability object and shortcuts for tests and stories.
 */
import { uuid } from './uuid.js';
import type {
  CallAgentOptions,
  CallClient,
  CallClientFeature,
  CallClientFeatureFactory,
  DebugInfoCallClientFeature,
  DiagnosticValueType,
  EnvironmentInfo,
  LocalVideoStream,
} from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { AcsSdk, PermissionEnvironment } from '../sdk/index.js';
import type { Clock } from '../clock.js';
import { SimulatedCallAgent } from './agent.js';
import type { SimulatedCall } from './call.js';
import { SimContext, type SdkModule } from './context.js';
import { isJwt, SimulatedTokenCredential } from './credential.js';
import { SimulatedDeviceManager, type PermissionOutcome, type VirtualDevices } from './device-manager.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, SimulatedCallingError, sdkError } from './errors.js';
import { SimulatedFeatures } from './features.js';
import {
  createLookAlikeLocalVideoStream,
  createSdkBackedLocalVideoStream,
  type LocalVideoStreamCtor,
} from './local-video.js';
import { createLocalAudioStreamClass, type LocalAudioStreamCtor } from './local-audio.js';
import type { ParticipantInit, SimulatedRemoteParticipant } from './participant.js';
import { createRendererClass, type SimulatedVideoStreamRendererCtor } from './renderer.js';

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** Milliseconds every async operation takes (mute, startVideo, hold, selectMicrophone...). Default 20; 0 allowed. */
  latency?: number;
  /**
   * The real SDK module (`import * as sdk from '@azure/communication-calling'`). When given, `sim.sdk.LocalVideoStream`
   * is the real class and simulated calls also accept the real `Features.X` tokens. Never imported otherwise.
   */
  sdk?: SdkModule;
  /** `'virtual'` (default: 2 cameras, 3 microphones, 3 speakers), your own virtual list, or `'browser'` (real devices). */
  devices?: 'virtual' | 'browser' | VirtualDevices;
  /** What `askDevicePermission` does (default `'granted'`). See {@link PermissionOutcome}. */
  permission?: PermissionOutcome;
  /**
   * Whether camera and microphone are already allowed before anyone asks (device lists are real from the start).
   * Default: true when `permission` is `'granted'`, else false (lists are placeholders until granted).
   */
  preGranted?: boolean;
  /** `deviceManager.isSpeakerSelectionAvailable` (default true; false like Safari and Firefox). */
  isSpeakerSelectionAvailable?: boolean;
  /** Whether `join` / `startCall` / `accept` walk to Connected by themselves (default true). */
  autoConnect?: boolean;
  /** The local user's display name (`callAgent.displayName` unless `createCallAgent` gets one). */
  displayName?: string;
  /** The local user's communication user id. */
  userId?: string;
  /** Frame rate of the animated canvases (default 15). */
  fps?: number;
  /**
   * Value type of media diagnostics. Default `'DiagnosticFlag'`: what the SDK 2.0.0 bundle does (booleans).
   * `'DiagnosticQuality'` reproduces Microsoft's documentation (1 Good / 3 Bad). A robust UI handles both.
   */
  mediaDiagnosticValueType?: DiagnosticValueType;
  /**
   * The clock latencies and scheduled changes are measured with. Default: the system's. With a virtual clock
   * (`createVirtualClock()`) nothing happens until the test advances it: `await clock.advance(ms)`.
   */
  clock?: Clock;
}

/** The simulator's `CallClient`: the part of the SDK's `CallClient` a UI uses. */
export interface SimulatedCallClientApi extends Pick<
  CallClient,
  'createCallAgent' | 'getDeviceManager' | 'feature' | 'dispose'
> {
  createCallAgent(credential: CommunicationTokenCredential, options?: CallAgentOptions): Promise<SimulatedCallAgent>;
  getDeviceManager(): Promise<SimulatedDeviceManager>;
}

/**
 * `sim.sdk`: an `AcsSdk` capability object whose renderer is the simulator's, and whose `environment` is the
 * simulated browser (Permissions API, `getUserMedia`, `enumerateDevices`) of the simulated device manager.
 */
export interface SimulatedSdk extends AcsSdk {
  readonly LocalVideoStream: LocalVideoStreamCtor;
  /** A look-alike of the SDK's `LocalAudioStream`, whose `Volume` follows `deviceManager.simulate.microphoneLevel()`. */
  readonly LocalAudioStream: LocalAudioStreamCtor;
  readonly VideoStreamRenderer: SimulatedVideoStreamRendererCtor;
  readonly environment: PermissionEnvironment;
}

/**
 * `sim.module`: an object shaped like the SDK module (`import * as sdk from '@azure/communication-calling'`): its
 * `CallClient` makes clients of this simulator (they share its device manager, and its one agent, as the clients
 * of a page share the real SDK's), with `Features`, `LocalVideoStream` and `VideoStreamRenderer`. Pass it wherever
 * the SDK module goes (a page's code, `<acs-call-provider>`'s `sdk-src` tests).
 */
export interface SimulatedModule extends SimulatedSdk {
  readonly CallClient: new () => SimulatedCallClientApi;
}

/** What `sim.connectedCall()` takes. */
export interface ConnectedCallOptions {
  /** Remote participants: a count (named from a built-in list) or their descriptions (a string is a display name). */
  participants?: number | ReadonlyArray<ParticipantInit | string>;
  /** Start muted (default false). */
  muted?: boolean;
  /** Start with local video on, from the first camera (default false). */
  video?: boolean;
  /** Start with local video on from these streams (as `videoOptions.localVideoStreams` of a join); wins over `video`. */
  localVideoStreams?: LocalVideoStream[];
}

/** Live renderer counts (`sim.renderers.live` is what a leak test checks). */
export interface RendererCounts {
  /** Renderers created and not disposed. */
  readonly live: number;
  /** Views created and not disposed. */
  readonly views: number;
  /** Canvases being animated right now (0 when nothing is rendered). */
  readonly animating: number;
}

/** A simulator, from {@link createSimulator}. */
export interface Simulator {
  /** A `CallClient` stand-in: `createCallAgent()`, `getDeviceManager()`, `feature()`, `dispose()`. */
  readonly callClient: SimulatedCallClientApi;
  /**
   * A credential with a well-formed token, for `callClient.createCallAgent(sim.credential)`: the simulator checks
   * credentials as the SDK does (none, a failing `getToken()` and a malformed token are each rejected with the
   * SDK's 401).
   */
  readonly credential: SimulatedTokenCredential;
  /** The `AcsSdk` capability object for elements (`.sdk=${sim.sdk}`). */
  readonly sdk: SimulatedSdk;
  /** An object shaped like the SDK module, whose `CallClient` makes clients of this simulator. */
  readonly module: SimulatedModule;
  /** The agent (created by `callClient.createCallAgent()` or `connectedCall()`), if any. */
  readonly agent: SimulatedCallAgent | undefined;
  /** The device manager (the same object `getDeviceManager()` resolves to). */
  readonly deviceManager: SimulatedDeviceManager;
  /** The options in effect. */
  readonly options: Readonly<Required<Omit<SimulatorOptions, 'sdk' | 'userId' | 'displayName' | 'clock'>>>;
  /** Milliseconds async operations take (can be changed at any time). */
  latency: number;
  /** A call already `Connected` on the (created-once) agent, with the given participants. */
  connectedCall(options?: ConnectedCallOptions): Promise<SimulatedCall>;
  /** Live renderer and view counts. */
  readonly renderers: RendererCounts;
  /** Total live listeners over every object this simulator created (0 when a UI released everything). */
  listenerCount(): number;
  /** Objects that still hold listeners (labels and counts), to explain a failing leak test. */
  leaks(): { label: string; count: number }[];
  /** Ends calls, stops timers and animations, drops every listener. */
  dispose(): void;
}

/** Display names used by `connectedCall({ participants: n })`. */
export const SAMPLE_NAMES = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Tim Berners-Lee',
  'Margaret Hamilton',
  'Linus Torvalds',
  'Barbara Liskov',
  'Dennis Ritchie',
  'Radia Perlman',
  'Edsger Dijkstra',
  'Frances Allen',
] as const;

/** Simulated `Features.DebugInfo`. */
class SimulatedDebugInfo implements DebugInfoCallClientFeature {
  readonly name = 'DebugInfo';
  readonly #events: Emitter<'isCallClientActiveInAnotherTabChanged'>;
  constructor(ctx: SimContext) {
    this.#events = new Emitter(
      ['isCallClientActiveInAnotherTabChanged'],
      { subject: 'DebugInfo', code: 422 },
      ctx.registry,
    );
  }
  get isCallClientActiveInAnotherTab(): boolean {
    return false;
  }
  async getEnvironmentInfo(): Promise<EnvironmentInfo> {
    return {
      environment: { platform: 'simulated', browser: 'simulated', browserVersion: '0' },
      isSupportedPlatform: true,
      isSupportedBrowser: true,
      isSupportedBrowserVersion: true,
      isSupportedEnvironment: true,
    };
  }
  on(event: 'isCallClientActiveInAnotherTabChanged', listener: () => void): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off(event: 'isCallClientActiveInAnotherTabChanged', listener: () => void): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }
  /** Live listeners on this feature. */
  listenerCount(): number {
    return this.#events.listenerCount();
  }
  dispose(): void {}
}

/**
 * The agent of the page, as the SDK keeps it: one for all the `CallClient`s of a page (a second client gets the
 * first one's agent while it is not disposed), with the token it was made with.
 */
interface PageAgent {
  readonly agent: SimulatedCallAgent;
  readonly token: string;
  readonly client: SimulatedCallClient;
}
const pageAgents = new WeakMap<SimContext, PageAgent>();

/** The page's agent, while it is not disposed. */
const pageAgent = (ctx: SimContext): SimulatedCallAgent | undefined => {
  const page = pageAgents.get(ctx);
  return page && !page.agent.disposed ? page.agent : undefined;
};

class SimulatedCallClient implements SimulatedCallClientApi {
  readonly #ctx: SimContext;
  readonly #options: { displayName?: string; userId: string; autoConnect: boolean };
  readonly #deviceManager: () => SimulatedDeviceManager;
  #agent: SimulatedCallAgent | undefined;
  #creating = false;
  #debugInfo: SimulatedDebugInfo | undefined;
  #disposed = false;

  constructor(
    ctx: SimContext,
    options: { displayName?: string; userId: string; autoConnect: boolean },
    deviceManager: () => SimulatedDeviceManager,
  ) {
    this.#ctx = ctx;
    this.#options = options;
    this.#deviceManager = deviceManager;
  }

  get agent(): SimulatedCallAgent | undefined {
    return this.#agent;
  }

  /**
   * Resolves (after the latency) with a simulated agent, checking the credential as the SDK does: none is
   * 401/44108, a `getToken()` that rejects 401/44110, a token that is not a JWT 401/44111. Like the SDK, one agent
   * per page: asked again with the same token, a client gives the same agent (another token, or a second request
   * while one is being made: 400/40008), and a second client of the page gets the first one's agent.
   */
  async createCallAgent(
    credential: CommunicationTokenCredential,
    options?: CallAgentOptions,
  ): Promise<SimulatedCallAgent> {
    if (this.#disposed) throw sdkError(SDK_ERRORS.CLIENT_DISPOSED);
    if (!credential) throw sdkError(SDK_ERRORS.NO_TOKEN_PROVIDED);
    if (this.#creating) throw sdkError(SDK_ERRORS.ONE_CALL_AGENT_PER_CALL_CLIENT);
    this.#creating = true;
    try {
      let token: string;
      try {
        token = (await credential.getToken())?.token;
      } catch {
        throw sdkError(SDK_ERRORS.GET_TOKEN);
      }
      if (!isJwt(token)) throw sdkError(SDK_ERRORS.TOKEN_PAYLOAD_UNDEFINED);
      await this.#ctx.wait();
      if (this.#disposed) throw sdkError(SDK_ERRORS.CLIENT_DISPOSED);
      const existing = pageAgents.get(this.#ctx);
      if (existing && !existing.agent.disposed) {
        if (existing.client !== this) return existing.agent;
        if (existing.token === token) return existing.agent;
        throw sdkError(SDK_ERRORS.ONE_CALL_AGENT_PER_CALL_CLIENT);
      }
      return this.createAgentNow(options, credential, token);
    } finally {
      this.#creating = false;
    }
  }

  /**
   * @internal An agent at once, the page's from now on (`sim.connectedCall()` makes one with `sim.credential`).
   */
  createAgentNow(
    options: CallAgentOptions | undefined,
    credential: CommunicationTokenCredential,
    token: string,
  ): SimulatedCallAgent {
    const agent: SimulatedCallAgent = new SimulatedCallAgent(this.#ctx, {
      ...this.#options,
      credential,
      displayName: options?.displayName ?? this.#options.displayName,
      onDispose: () => {
        if (this.#agent === agent) this.#agent = undefined;
        if (pageAgents.get(this.#ctx)?.agent === agent) pageAgents.delete(this.#ctx);
      },
    });
    this.#agent = agent;
    pageAgents.set(this.#ctx, { agent, token, client: this });
    return agent;
  }

  async getDeviceManager(): Promise<SimulatedDeviceManager> {
    await this.#ctx.wait();
    if (this.#disposed) throw sdkError(SDK_ERRORS.CLIENT_DISPOSED);
    const dm = this.#deviceManager();
    await dm.ready;
    return dm;
  }

  /** `Features.DebugInfo` (the simulator's or the real token); no factory is 500/41001, as in the SDK. */
  feature<TFeature extends CallClientFeature>(factory: CallClientFeatureFactory<TFeature>): TFeature {
    if (!factory) throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'Feature failed' });
    const ctor = (factory as { callClientApiCtor?: { name?: string } } | undefined)?.callClientApiCtor;
    const real = this.#ctx.sdkModule?.Features?.DebugInfo;
    if (
      (factory as unknown) === real ||
      ctor?.name === 'DebugInfoCallClientFeatureImpl' ||
      ctor?.name === 'SimulatedDebugInfo'
    ) {
      this.#debugInfo ??= new SimulatedDebugInfo(this.#ctx);
      return this.#debugInfo as unknown as TFeature;
    }
    throw new SimulatedCallingError({
      message: 'The call simulator does not implement this client feature.',
      code: 400,
    });
  }

  /** Disposes the agent, then the client; a second dispose rejects 404/40012, as the SDK's does. */
  async dispose(): Promise<void> {
    if (this.#disposed) throw sdkError(SDK_ERRORS.CLIENT_DISPOSED);
    this.#disposed = true;
    await this.#agent?.dispose().catch(() => undefined);
  }
}

/**
 * Creates a simulator: a fake of the ACS Calling SDK that implements its interfaces, with a `simulate` control API
 * on every object.
 *
 * ```ts
 * const sim = createSimulator({ latency: 5 });
 * const call = await sim.connectedCall({ participants: 3 });
 * el.call = call; el.sdk = sim.sdk;
 * call.simulate.interruption('pstn');
 * expect(sim.listenerCount()).to.equal(0); // after removing the element
 * ```
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const permission = options.permission ?? 'granted';
  const resolved = {
    latency: Math.max(0, options.latency ?? 20),
    devices: options.devices ?? 'virtual',
    permission,
    preGranted: options.preGranted ?? permission === 'granted',
    isSpeakerSelectionAvailable: options.isSpeakerSelectionAvailable ?? true,
    autoConnect: options.autoConnect ?? true,
    fps: options.fps ?? 15,
    mediaDiagnosticValueType: options.mediaDiagnosticValueType ?? 'DiagnosticFlag',
  } satisfies Required<Omit<SimulatorOptions, 'sdk' | 'userId' | 'displayName' | 'clock'>>;
  const ctx = new SimContext({
    latency: resolved.latency,
    fps: resolved.fps,
    sdk: options.sdk,
    mediaDiagnosticValueType: resolved.mediaDiagnosticValueType,
    clock: options.clock,
  });
  let deviceManager: SimulatedDeviceManager | undefined;
  const getDeviceManager = () =>
    (deviceManager ??= new SimulatedDeviceManager(ctx, {
      devices: resolved.devices,
      permission: resolved.permission,
      preGranted: resolved.preGranted,
      isSpeakerSelectionAvailable: resolved.isSpeakerSelectionAvailable,
    }));
  const userId = options.userId ?? `8:acs:simulated-self-${uuid()}`;
  const client = new SimulatedCallClient(
    ctx,
    { displayName: options.displayName, userId, autoConnect: resolved.autoConnect },
    getDeviceManager,
  );
  const credential = new SimulatedTokenCredential(userId, ctx.clock);
  const LocalVideoStreamClass: LocalVideoStreamCtor = options.sdk?.LocalVideoStream
    ? createSdkBackedLocalVideoStream(ctx, options.sdk.LocalVideoStream)
    : createLookAlikeLocalVideoStream(ctx);
  const sdk: SimulatedSdk = Object.freeze({
    Features: SimulatedFeatures,
    LocalVideoStream: LocalVideoStreamClass,
    LocalAudioStream: createLocalAudioStreamClass(ctx),
    VideoStreamRenderer: createRendererClass(ctx),
    // The simulated browser: permission states, getUserMedia and devices that agree with the device manager.
    get environment() {
      return getDeviceManager().environment;
    },
  });
  const renderers: RendererCounts = {
    get live() {
      return ctx.liveRenderers;
    },
    get views() {
      return ctx.liveViews;
    },
    get animating() {
      return ctx.ticker.activeCount;
    },
  };

  // The SDK-shaped module: sim.sdk's members (copied as they are: `environment` stays a getter, so no device
  // manager is made before someone asks for one) and a CallClient of this simulator.
  const module = Object.defineProperties(
    {
      CallClient: class {
        constructor() {
          return new SimulatedCallClient(
            ctx,
            { displayName: options.displayName, userId, autoConnect: resolved.autoConnect },
            getDeviceManager,
          );
        }
      },
    },
    Object.getOwnPropertyDescriptors(sdk),
  ) as unknown as SimulatedModule;
  const sim: Simulator = {
    callClient: client,
    credential,
    sdk,
    module,
    get agent() {
      return client.agent ?? pageAgent(ctx);
    },
    get deviceManager() {
      return getDeviceManager();
    },
    options: resolved,
    get latency() {
      return ctx.latency;
    },
    set latency(ms: number) {
      ctx.latency = Math.max(0, ms);
    },
    async connectedCall(o: ConnectedCallOptions = {}) {
      if (ctx.disposed) throw sdkError(SDK_ERRORS.CLIENT_DISPOSED);
      // The page's agent (made by any client of this simulator), or one made now with sim.credential.
      const agent =
        pageAgent(ctx) ?? client.agent ?? client.createAgentNow(undefined, credential, credential.current().token);
      let localVideoStreams = o.localVideoStreams?.length ? [...o.localVideoStreams] : undefined;
      if (o.video && !localVideoStreams) {
        const dm = getDeviceManager();
        await dm.ready;
        const [camera] = await dm.getCameras();
        if (camera && camera.id !== 'camera:') localVideoStreams = [new LocalVideoStreamClass(camera)];
      }
      const call = agent.connectedCall({ muted: o.muted, localVideoStreams });
      const list =
        typeof o.participants === 'number'
          ? Array.from({ length: o.participants }, (_, i) => SAMPLE_NAMES[i % SAMPLE_NAMES.length]!)
          : (o.participants ?? []);
      for (const p of list) call.simulate.addParticipant(typeof p === 'string' ? { displayName: p } : p);
      return call;
    },
    renderers,
    listenerCount: () => ctx.registry.total(),
    leaks: () =>
      ctx.registry.leaks().map(({ emitter, count }) => ({ label: (emitter as Emitter<string>).label ?? '?', count })),
    dispose() {
      if (ctx.disposed) return;
      const agent = client.agent ?? pageAgent(ctx);
      if (agent)
        for (const call of agent.simulate.calls)
          call.simulate.end({ code: 0, subCode: 0 }, { viaDisconnecting: false });
      // The page's agent may be another client's (sim.module): it is released too.
      if (agent && agent !== client.agent) void agent.dispose().catch(() => undefined);
      void client.dispose().catch(() => undefined);
      deviceManager?.dispose();
      ctx.dispose();
      ctx.registry.clearListeners();
    },
  };
  return sim;
}

export type { SimulatedRemoteParticipant };
