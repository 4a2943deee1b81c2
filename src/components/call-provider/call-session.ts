import type {
  AcsSdk,
  Call,
  CallAgent,
  CallClientLike,
  CommunicationTokenCredential,
  DeviceManager,
  LocalVideoStream,
} from '../../sdk/index.js';
import { describeError } from '../../events/acs-error.js';
import { systemClock, type Clock } from '../../clock.js';
import { FetchedTokenCredential, type Fetcher } from './token-credential.js';

/** What the session needs from the SDK module it loads: a `CallClient` and the runtime capabilities. */
export type CallingModule = AcsSdk & { CallClient: new () => CallClientLike };

/** The part of a simulator (`acs-calling-elements/simulator`) a session uses. */
export interface SimulatorLike {
  readonly callClient: CallClientLike;
  /** A credential with a well-formed token (the simulator checks it as the SDK does). */
  readonly credential: CommunicationTokenCredential;
  readonly sdk: AcsSdk;
  connectedCall(options?: { participants?: number; localVideoStreams?: LocalVideoStream[] }): Promise<Call>;
  dispose(): void;
}

/** What a session is made from. */
export interface SessionSettings {
  /** Use the simulator (loaded lazily) instead of the SDK. */
  readonly simulated: boolean;
  /** Where `{"token": "..."}` comes from (not used by a simulated session). */
  readonly tokenUrl?: string;
  /** `createCallAgent({displayName})`. */
  readonly displayName?: string;
  /** URL of an ES module build of the SDK, when the page has no import map entry for it. */
  readonly sdkSrc?: string;
  /** The `fetch` the token is fetched with. */
  readonly fetch: Fetcher;
  /** The clock token expiry and timeouts are measured with. */
  readonly clock?: Clock;
}

/** What a session tells its owner about the token after setup. */
export interface SessionCallbacks {
  /** Refreshing the token failed (once per outage, and after each "Try again" that failed). */
  refreshFailed?(error: unknown): void;
  /** A token was fetched (an outage, if there was one, is over). */
  tokenFetched?(): void;
}

/** The steps of a session's setup, each of which can fail (the `operation` of `acs-error`). */
export type SessionStep = 'loadSdk' | 'loadSimulator' | 'fetchToken' | 'createCallAgent';

/** One step of a session's setup failed. `cause` is the original error. */
export class SessionError extends Error {
  readonly step: SessionStep;
  constructor(step: SessionStep, cause: unknown) {
    super(describeError(step, cause).message, { cause });
    this.name = 'SessionError';
    this.step = step;
  }
}

/**
 * The SDK module could not be loaded (no import map entry, no `sdk-src`, or a failing one). `src` and `reason`
 * let the UI say it in the page's language; the message is for developers.
 */
export class SdkLoadError extends Error {
  readonly src?: string;
  readonly reason: string;
  constructor(src: string | undefined, reason: string, options?: { cause?: unknown }) {
    super(
      `Could not load @azure/communication-calling from ${src ? `"${src}"` : 'the import map or bundle'} (${reason}). ` +
        'Add an import map entry for it, or set sdk-src to the URL of its ES module build.',
      options,
    );
    this.name = 'SdkLoadError';
    this.src = src;
    this.reason = reason;
  }
}

/** The session was disposed before its setup finished (its owner has moved on: nothing to show). */
export class SessionDisposedError extends Error {
  constructor() {
    super('The call session was disposed.');
    this.name = 'SessionDisposedError';
  }
}

/** What {@link startCall} joins: a locator, or (for a simulated session) a connected simulated call. */
export interface CallToStart {
  readonly groupId?: string;
  readonly roomId?: string;
  readonly meetingLink?: string;
  readonly simulator?: SimulatorLike;
  /** How many remote participants a simulated call has. */
  readonly simulatedParticipants?: number;
  /** The camera stream turned on before the call: the call starts with video from it. */
  readonly video?: LocalVideoStream;
}

/** Nothing to join: no `group-id`, `room-id` or `meeting-link`. */
export class NothingToJoinError extends Error {
  constructor() {
    super('There is no call to join: set group-id, room-id or meeting-link on <acs-call-provider>.');
    this.name = 'NothingToJoinError';
  }
}

/**
 * Starts a call on `agent`: a call of the agent that has not ended is the call (one call at a time); else a
 * simulated connected call, or `agent.join(locator)`. Throws {@link NothingToJoinError} without a locator.
 */
export async function startCall(agent: CallAgent, what: CallToStart): Promise<Call> {
  const live = agent.calls.find((c) => c.state !== 'Disconnected');
  if (live) return live;
  const localVideoStreams = what.video ? [what.video] : undefined;
  if (what.simulator)
    return what.simulator.connectedCall({ participants: what.simulatedParticipants, localVideoStreams });
  const options = { videoOptions: { localVideoStreams } };
  if (what.groupId) return agent.join({ groupId: what.groupId }, options);
  if (what.roomId) return agent.join({ roomId: what.roomId }, options);
  if (what.meetingLink) return agent.join({ meetingLink: what.meetingLink }, options);
  throw new NothingToJoinError();
}

/** How long a release waits for an agent that is still being created before it goes on without it. */
const AGENT_RELEASE_TIMEOUT = 30_000;

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Runs `release` and waits for it, whatever it throws or rejects. */
async function settled(release: () => unknown): Promise<void> {
  try {
    await release();
  } catch {
    // Released as far as it goes: nothing the page could do about it.
  }
}

/**
 * The release of every session of the page, in order. The SDK hands a new `CallClient` the agent of an earlier
 * client that was not disposed, so a session starts only once the earlier ones are released.
 */
let released: Promise<void> = Promise.resolve();

/**
 * `sdk-src` when given (an explicit URL wins), else the bare specifier, which the page's import map or the
 * consumer's bundler resolves. A literal specifier: bundlers split it into its own chunk; never a static import.
 */
async function loadSdk(src: string | undefined): Promise<CallingModule> {
  try {
    const module = src ? await import(/* @vite-ignore */ src) : await import('@azure/communication-calling');
    if (typeof (module as Partial<CallingModule>).CallClient !== 'function') throw new Error('no CallClient export');
    return module as unknown as CallingModule;
  } catch (error) {
    throw new SdkLoadError(src, describeError('loadSdk', error).message, { cause: error });
  }
}

/**
 * A call session, with no DOM: it loads the SDK (or the simulator), makes the token credential, the `CallClient`,
 * the `CallAgent` and, on request, the `DeviceManager`; `dispose()` releases them in order. One per set of
 * settings: new settings make a new session.
 */
export class CallSession {
  readonly settings: SessionSettings;
  readonly #callbacks: SessionCallbacks;
  #disposed = false;
  #sdk?: AcsSdk;
  #client?: CallClientLike;
  #credential?: CommunicationTokenCredential;
  #simulator?: SimulatorLike;
  /** The agent being created or made (`undefined` when creating it failed): its release waits for it. */
  #agent?: Promise<CallAgent | undefined>;

  constructor(settings: SessionSettings, callbacks: SessionCallbacks = {}) {
    this.settings = settings;
    this.#callbacks = callbacks;
  }

  /** The SDK's runtime capabilities (the module, or the simulator's `sdk`), once loaded. */
  get sdk(): AcsSdk | undefined {
    return this.#sdk;
  }

  /** The token credential, once made. */
  get credential(): CommunicationTokenCredential | undefined {
    return this.#credential;
  }

  /** The simulator of a simulated session, once loaded. */
  get simulator(): SimulatorLike | undefined {
    return this.#simulator;
  }

  /**
   * Sets the session up: waits for earlier sessions to be released, loads the SDK (or the simulator), fetches the
   * token, makes the client and the agent. Rejects with a {@link SessionError} naming the step that failed, or a
   * {@link SessionDisposedError} when the session was disposed meanwhile.
   */
  async start(): Promise<CallAgent> {
    await released;
    this.#check();
    const { settings } = this;
    if (settings.simulated) {
      const sim = await this.#step('loadSimulator', async () => {
        const { createSimulator } = (await import('../../simulator/index.js')) as unknown as {
          createSimulator(options?: { latency?: number }): SimulatorLike;
        };
        return createSimulator({ latency: 5 });
      });
      this.#simulator = sim;
      this.#sdk = sim.sdk;
      this.#client = sim.callClient;
      this.#credential = sim.credential;
    } else {
      const module = await this.#step('loadSdk', () => loadSdk(settings.sdkSrc));
      // A browser the SDK does not support throws here: it is the agent that cannot be had. The client is released
      // with the session from the moment it exists (even when the session was disposed while it was made).
      this.#client = await this.#step('createCallAgent', async () => {
        const client = new module.CallClient();
        if (this.#disposed) void Promise.resolve(client.dispose?.()).catch(() => {});
        else this.#client = client;
        return client;
      });
      this.#sdk = module;
      const credential = new FetchedTokenCredential(settings.tokenUrl ?? '', settings.fetch, {
        clock: settings.clock ?? systemClock,
        onRefreshError: (error) => this.#disposed || this.#callbacks.refreshFailed?.(error),
        onFetched: () => this.#disposed || this.#callbacks.tokenFetched?.(),
      });
      this.#credential = credential;
      await this.#step('fetchToken', () => credential.getToken());
    }
    const client = this.#client;
    const options = settings.displayName ? { displayName: settings.displayName } : {};
    const creating = client.createCallAgent(this.#credential, options);
    this.#agent = creating.then(
      (agent) => agent,
      () => undefined,
    );
    return this.#step('createCallAgent', () => creating);
  }

  /** The device manager of the session's client (the real SDK can take seconds to give it). */
  async deviceManager(): Promise<DeviceManager> {
    this.#check();
    if (!this.#client) throw new Error('The call session has no client yet.');
    const deviceManager = await this.#client.getDeviceManager();
    this.#check();
    return deviceManager;
  }

  /**
   * Releases what the session made, in order: the credential, the agent (once an agent being created is made;
   * disposing it hangs up its calls), then the client (or the simulator). Later sessions of the page start once
   * this is done. Calling it again does nothing.
   */
  dispose(): Promise<void> {
    if (this.#disposed) return released;
    this.#disposed = true;
    this.#credential?.dispose();
    const creating = this.#agent;
    const client = this.#client;
    const simulator = this.#simulator;
    released = released.then(async () => {
      // Whatever goes wrong here (an agent creation that never ends, a dispose that throws), the next sessions of
      // the page must not wait for ever: the release never rejects, and gives up on the agent after a while.
      const agent = creating && (await Promise.race([creating, delay(AGENT_RELEASE_TIMEOUT)]));
      await settled(() => agent?.dispose());
      if (simulator) await settled(() => simulator.dispose());
      else await settled(() => client?.dispose?.());
    });
    return released;
  }

  /** Runs one step of the setup: a failure names the step; a session disposed meanwhile stops there. */
  async #step<T>(step: SessionStep, run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      this.#check();
      throw new SessionError(step, error);
    }
    if (this.#disposed && step === 'loadSimulator') (result as SimulatorLike).dispose();
    this.#check();
    return result;
  }

  #check(): void {
    if (this.#disposed) throw new SessionDisposedError();
  }
}
