import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../shared/decorators.js';
import { provide } from '@lit/context';
import { AcsElement, setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import {
  callAgentContext,
  callContext,
  deviceManagerContext,
  incomingCallsContext,
  sdkContext,
} from '../../context/index.js';
import { CallAgentController } from '../../controllers/call-agent-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callProviderStrings, type CallProviderStrings } from '../../i18n/en/call-provider.js';
import { describeError, emitError, type AcsErrorDetail } from '../../events/acs-error.js';
import type {
  AcsSdk,
  Call,
  CallAgent,
  CallClientLike,
  CommunicationTokenCredential,
  DeviceManager,
  IncomingCall,
} from '../../sdk/index.js';
import { FetchedTokenCredential, TokenFetchError, type Fetcher } from './token-credential.js';

/** What the provider needs from the SDK module it loads: a `CallClient` and the runtime capabilities. */
export type CallingModule = AcsSdk & { CallClient: new () => CallClientLike };

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

/** Nothing to join: no `group-id`, `room-id` or `meeting-link` (the UI shows `nothingToJoin`). */
export class NothingToJoinError extends Error {
  constructor() {
    super('There is no call to join: set group-id, room-id or meeting-link.');
    this.name = 'NothingToJoinError';
  }
}

/** Call states in which a join has not finished: it may still connect, or fail. */
const JOINING_STATES = new Set(['None', 'Connecting', 'Ringing', 'EarlyMedia', 'Disconnecting']);

/** What one session made, released together: the agent (once it is made) before its client. */
interface Session {
  client?: CallClientLike;
  credential?: CommunicationTokenCredential;
  simulator?: SimulatorLike;
  /** The agent being created, or made (`undefined` when creating it failed). */
  agent?: Promise<CallAgent | undefined>;
}

/** The minimal simulator surface the provider uses (see `src/simulator`). */
interface SimulatorLike {
  readonly callClient: CallClientLike;
  readonly sdk: AcsSdk;
  connectedCall(options?: { participants?: number; muted?: boolean }): Promise<Call>;
  dispose(): void;
}

type Phase = 'idle' | 'loading' | 'ready' | 'joining' | 'error';

const OPERATION_KEYS: Record<string, keyof CallProviderStrings> = {
  loadSdk: 'sdkLoadFailed',
  loadSimulator: 'simulatorFailed',
  fetchToken: 'tokenFailed',
  refreshToken: 'tokenFailed',
  createCallAgent: 'agentFailed',
  getDeviceManager: 'devicesFailed',
  join: 'joinFailed',
};

/** A promise with its resolver outside (a `join()` waiting for the agent). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Owns the SDK objects of a call and provides them to every element inside it through `@lit/context`: the call
 * agent, the active call, incoming calls, the device manager and the SDK's runtime capabilities.
 *
 * Give it SDK objects from script (`.callAgent`, `.deviceManager`, `.sdk`), or let it do everything with no
 * JavaScript: `<acs-call-provider token-url="/api/token" group-id="..." display-name="Ana" autojoin>` loads the SDK
 * lazily, fetches `{token}` JSON from `token-url` (again when it is about to expire), creates the call agent and the
 * device manager, and joins. `<acs-call-provider simulated autojoin>` uses the simulator instead.
 *
 * @summary Provides the call agent, the active call, incoming calls and the device manager to its children.
 * @tagname acs-call-provider
 *
 * @slot - The calling UI (any elements; `acs-*` elements inside receive the SDK objects).
 * @csspart error - An error panel (a failed SDK load, token fetch or refresh, agent creation, join, or device
 *   manager).
 * @csspart message - The error's message.
 * @csspart details - The technical detail of the error.
 * @csspart retry - The "Try again" button.
 * @csspart progress - "Preparing the call…" / "Joining the call…" (visually hidden, announced).
 *
 * @cssproperty --acs-call-provider-error-background - Error panel background.
 * @cssproperty --acs-call-provider-error-color - Error panel text color.
 *
 * @cssstate loading - Loading the SDK, fetching the token or creating the agent.
 * @cssstate joining - Joining a call.
 * @cssstate ready - The agent exists.
 * @cssstate error - The last step failed.
 *
 * @fires acs-error - Loading the SDK, fetching or refreshing a token, creating the agent, getting the device manager
 *   or joining failed (`detail.operation`: `loadSdk`, `loadSimulator`, `fetchToken`, `refreshToken`,
 *   `createCallAgent`, `getDeviceManager`, `join`).
 */
export class AcsCallProvider extends AcsElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
        --_cp-error-bg: var(--acs-call-provider-error-background, var(--_surface-variant));
        --_cp-error-fg: var(--acs-call-provider-error-color, var(--_danger));
      }
      .error {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2);
        margin-block-end: var(--_space-2);
        padding: var(--_space-3);
        border: 1px solid currentColor;
        border-radius: var(--_radius-m);
        background: var(--_cp-error-bg);
        color: var(--_cp-error-fg);
      }
      .message {
        margin: 0;
        flex: 1 1 16rem;
      }
      .details {
        display: block;
        font-size: var(--_font-size-s);
        overflow-wrap: anywhere;
      }
      button {
        font: inherit;
        padding: var(--_space-1) var(--_space-3);
        border-radius: var(--_radius-full);
        border: 1px solid currentColor;
        background: var(--_surface);
        color: var(--_on-surface);
        cursor: pointer;
      }
      @media (forced-colors: active) {
        .error {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** The call agent. Set it from script, or let the provider create one (`token-url` or `simulated`). */
  @property({ attribute: false }) callAgent?: CallAgent;

  /** The device manager (`await callClient.getDeviceManager()`). */
  @property({ attribute: false }) deviceManager?: DeviceManager;

  /** The SDK's runtime capabilities: the SDK module itself (`await import('@azure/communication-calling')`) or `sim.sdk`. */
  @property({ attribute: false }) sdk?: AcsSdk;

  /** URL that answers `{"token": "<ACS access token>"}` (GET, same-origin credentials). */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  /** The group call to join. */
  @property({ attribute: 'group-id' }) groupId?: string;

  /** The Rooms call to join. */
  @property({ attribute: 'room-id' }) roomId?: string;

  /** The Teams meeting link to join. */
  @property({ attribute: 'meeting-link' }) meetingLink?: string;

  /** The local user's display name (`createCallAgent({displayName})`). */
  @property({ attribute: 'display-name' }) displayName?: string;

  /** URL of an ES module build of `@azure/communication-calling`, used when the page has no import map entry. */
  @property({ attribute: 'sdk-src' }) sdkSrc?: string;

  /** Joins as soon as the agent is ready. */
  @property({ type: Boolean }) autojoin = false;

  /** Uses the simulator (loaded lazily) instead of the SDK: a live call for previews, demos and tests. */
  @property({ type: Boolean }) simulated = false;

  /** How many remote participants a simulated call has. */
  @property({ type: Number, attribute: 'simulated-participants' }) simulatedParticipants = 2;

  /** The `fetch` used for `token-url` (substitute one to add headers, or in tests). */
  @property({ attribute: false }) fetch: Fetcher = (input, init) => globalThis.fetch(input, init);

  /** @internal */
  @state() protected phase: Phase = 'idle';

  /** @internal */
  @state() protected failure?: AcsErrorDetail;

  /** @internal The device manager could not be had (device elements then have nothing to list). */
  @state() protected deviceFailure?: AcsErrorDetail;

  /** @internal */
  @provide({ context: callAgentContext }) protected providedAgent?: CallAgent;
  /** @internal */
  @provide({ context: callContext }) protected providedCall?: Call;
  /** @internal */
  @provide({ context: incomingCallsContext }) protected providedIncoming: readonly IncomingCall[] = [];
  /** @internal */
  @provide({ context: deviceManagerContext }) protected providedDeviceManager?: DeviceManager;
  /** @internal */
  @provide({ context: sdkContext }) protected providedSdk?: AcsSdk;

  readonly #localize = new LocalizeController(this, 'call-provider', callProviderStrings);
  readonly #agent = new CallAgentController(this);
  /** The session in effect (from `token-url` or `simulated`), with what it has made so far. */
  #session?: Session;
  #ownedAgent?: CallAgent;
  #ownedDeviceManager?: DeviceManager;
  #ownedSdk?: AcsSdk;
  /**
   * The release of earlier sessions. The SDK hands a new `CallClient` the agent of an earlier client that was not
   * disposed, so a new session starts only after the earlier ones are released.
   */
  #released: Promise<void> = Promise.resolve();
  /** The settings the current session was set up with: a change of them sets it up again. */
  #setupKey?: string;
  /** A simulated call the simulator did not register on the agent (kept only so it can be provided). */
  #simulatedCall?: Call;
  /** The call `join()` started, until it connects: if it ends first with an error code, joining failed. */
  #joined?: Call;
  /** The `join()` in progress (the simulator's join is asynchronous). */
  #joinRun?: Promise<Call | undefined>;
  /** A `join()` made before there was an agent: it joins as soon as there is one. */
  #pendingJoin?: ReturnType<typeof deferred<Call | undefined>>;
  /** A call was joined: `autojoin` joins once (a user who hung up is not joined again, also in a new session). */
  #joinedOnce = false;
  /** The agent `autojoin` last tried (it tries again with another agent, or when a locator is set). */
  #autojoinTried?: CallAgent;
  /** The last call provided (a reference to the SDK object, to keep showing it once it ended). */
  #lastCall?: Call;
  #setupRun = 0;

  /**
   * The active call: the connected (or held) one, else the newest that has not ended; after the last call ended (the
   * SDK removes it from `agent.calls`), that ended call, so the UI can say how it ended until another one starts.
   */
  get call(): Call | undefined {
    const live = this.#agent.activeCall ?? this.#simulatedCall;
    if (live) this.#lastCall = live;
    return live ?? (this.#lastCall?.state === 'Disconnected' ? this.#lastCall : undefined);
  }

  /** Incoming calls that are still ringing (an incoming call while in a call included). */
  get incomingCalls(): readonly IncomingCall[] {
    return this.#agent.incomingCalls;
  }

  /** The token credential the provider created from `token-url`, if any. */
  get credential(): CommunicationTokenCredential | undefined {
    return this.#session?.credential;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#maybeSetup();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the provider in the DOM reconnects it at once; only a real removal releases what it created.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown(true);
    });
  }

  /** The settings a session is made from. */
  #configKey(): string {
    return JSON.stringify([this.simulated, this.tokenUrl, this.displayName, this.sdkSrc]);
  }

  /** Sets a session up when there is none and the provider has what it takes (and no agent from script). */
  #maybeSetup() {
    if (this.isConnected && !this.#session && !this.callAgent && (this.simulated || this.tokenUrl)) {
      void this.#setup();
    }
  }

  /** Settles a `join()` that waited for an agent which will not come. */
  #settlePendingJoin() {
    this.#pendingJoin?.resolve(undefined);
    this.#pendingJoin = undefined;
  }

  /**
   * Ends the session: what it made is released in the background, a setup still creating its agent first, then
   * the agent (which hangs up its calls), then its client. `removed`: the element left the page, so a `join()`
   * waiting for an agent is settled and `autojoin` may join again when it comes back.
   */
  #teardown(removed = false) {
    this.#setupRun++;
    this.#setupKey = undefined;
    const session = this.#session;
    this.#session = undefined;
    this.#ownedAgent = undefined;
    this.#ownedDeviceManager = undefined;
    this.#ownedSdk = undefined;
    this.#simulatedCall = this.#lastCall = this.#joined = undefined;
    if (removed) {
      this.#joinedOnce = false;
      this.#autojoinTried = undefined;
      this.#settlePendingJoin();
    }
    if (session) {
      session.credential?.dispose();
      const previous = this.#released;
      this.#released = (async () => {
        await previous;
        const agent = await session.agent;
        await agent?.dispose().catch(() => {});
        if (session.simulator) session.simulator.dispose();
        else await session.client?.dispose?.().catch(() => {});
      })();
    }
    if (this.phase !== 'error') this.phase = 'idle';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#setupKey !== undefined && this.#setupKey !== this.#configKey()) {
      // Another token URL, display name, SDK source or mode (a framework re-binding them, another user): a new
      // session. The call of the old one ends with its agent; it is joined again when it had not ended.
      const live = this.call;
      if (live && live.state !== 'Disconnected') this.#pendingJoin ??= deferred();
      this.#teardown();
      this.phase = 'idle';
      this.failure = this.deviceFailure = undefined;
      this.#maybeSetup();
      // Nothing to make an agent from any more.
      if (!this.#session && !this.callAgent) this.#settlePendingJoin();
    } else if (changed.has('tokenUrl') || changed.has('simulated')) {
      // Also when token-url / simulated are set after the element was connected (frameworks, scripts).
      this.#maybeSetup();
    }
    const agent = this.callAgent ?? this.#ownedAgent;
    if (agent !== this.#agent.target) this.#lastCall = this.#joined = undefined;
    this.#checkJoin();
    this.#agent.target = agent;
    // A join() that waited for an agent; autojoin (once; again with another agent, or when a locator is set).
    const locatorSet = changed.has('groupId') || changed.has('roomId') || changed.has('meetingLink');
    if (
      agent &&
      (this.#pendingJoin || (this.autojoin && !this.#joinedOnce && (this.#autojoinTried !== agent || locatorSet)))
    ) {
      this.#autojoinTried = agent;
      void this.join();
    }
    this.providedAgent = this.#agent.agent;
    this.providedCall = this.call;
    this.providedIncoming = this.#agent.incomingCalls;
    this.providedDeviceManager = this.deviceManager ?? this.#ownedDeviceManager;
    this.providedSdk = this.sdk ?? this.#ownedSdk;
    const phase = this.phase;
    setStates(this.internals, {
      loading: phase === 'loading',
      joining: phase === 'joining',
      ready: !!this.providedAgent && phase !== 'error',
      error: phase === 'error',
    });
  }

  #fail(operation: string, error: unknown) {
    this.failure = emitError(this, operation, error);
    this.phase = 'error';
    // A join waiting for this session will not happen (a failed refresh leaves the session, and its agent, in place).
    if (operation !== 'refreshToken') this.#settlePendingJoin();
  }

  /**
   * `sdk-src` when given (an explicit URL wins), else the bare specifier, which the page's import map or the
   * consumer's bundler resolves. A literal specifier: bundlers split it into its own chunk; never a static import.
   */
  async #loadSdk(): Promise<CallingModule> {
    const src = this.sdkSrc;
    try {
      const module = src ? await import(/* @vite-ignore */ src) : await import('@azure/communication-calling');
      if (typeof (module as Partial<CallingModule>).CallClient !== 'function') throw new Error('no CallClient export');
      return module as unknown as CallingModule;
    } catch (error) {
      throw new SdkLoadError(src, describeError('loadSdk', error).message, { cause: error });
    }
  }

  /**
   * Sets a session up (after releasing the one in effect, e.g. a failed one): loads the SDK (or the simulator),
   * fetches the token, creates the agent and the device manager. `willUpdate` then joins (autojoin, or a join()
   * that waited for the agent).
   */
  async #setup(): Promise<void> {
    if (this.#session) this.#teardown();
    const run = ++this.#setupRun;
    const current = () => run === this.#setupRun;
    const session: Session = {};
    this.#session = session;
    this.#setupKey = this.#configKey();
    this.failure = this.deviceFailure = undefined;
    this.phase = 'loading';
    await this.#released;
    if (!current()) return;
    let client: CallClientLike;
    let credential: CommunicationTokenCredential;
    if (this.simulated) {
      let sim: SimulatorLike;
      try {
        const { createSimulator } = (await import('../../simulator/index.js')) as unknown as {
          createSimulator(options?: { latency?: number }): SimulatorLike;
        };
        sim = createSimulator({ latency: 5 });
      } catch (error) {
        if (current()) this.#fail('loadSimulator', error);
        return;
      }
      if (!current()) return sim.dispose();
      session.simulator = sim;
      this.#ownedSdk = sim.sdk;
      client = session.client = sim.callClient;
      credential = session.credential = {
        getToken: async () => ({ token: 'simulated', expiresOnTimestamp: Date.now() + 3600_000 }),
        dispose: () => {},
      };
    } else {
      let module: CallingModule;
      try {
        module = await this.#loadSdk();
      } catch (error) {
        if (current()) this.#fail('loadSdk', error);
        return;
      }
      if (!current()) return;
      try {
        // Released with the session from here on.
        client = session.client = new module.CallClient();
      } catch (error) {
        this.#fail('createCallAgent', error);
        return;
      }
      this.#ownedSdk = module;
      credential = session.credential = new FetchedTokenCredential(this.tokenUrl ?? '', this.fetch, {
        // A refresh the SDK asks for mid-session: shown like the first fetch, with "Try again"; cleared by the next
        // token fetched (the SDK's own next attempt, or "Try again").
        onRefreshError: (error) => {
          if (current()) this.#fail('refreshToken', error);
        },
        onFetched: () => {
          if (current() && this.phase === 'error' && this.failure?.operation === 'refreshToken') {
            this.failure = undefined;
            this.phase = this.#joined ? 'joining' : 'ready';
          }
        },
      });
      try {
        await credential.getToken();
      } catch (error) {
        if (current()) this.#fail('fetchToken', error);
        return;
      }
      if (!current()) return;
    }
    const creating = client.createCallAgent(credential, this.displayName ? { displayName: this.displayName } : {});
    // The release of this session waits for it, and disposes the agent it makes.
    session.agent = creating.then(
      (agent) => agent,
      () => undefined,
    );
    let agent: CallAgent;
    try {
      agent = await creating;
    } catch (error) {
      if (current()) this.#fail('createCallAgent', error);
      return;
    }
    if (!current()) return;
    this.#ownedAgent = agent;
    this.phase = 'ready';
    // The device manager can take seconds (the real SDK fetches its configuration first): never block joining on it.
    void this.#loadDevices();
  }

  /** Gets the device manager of the session's client; a failure is shown, with "Try again". */
  async #loadDevices(): Promise<void> {
    const session = this.#session;
    const client = session?.client;
    if (!client) return;
    this.deviceFailure = undefined;
    try {
      const dm = await client.getDeviceManager();
      if (session === this.#session) this.#ownedDeviceManager = dm;
    } catch (error) {
      if (session === this.#session) this.deviceFailure = emitError(this, 'getDeviceManager', error);
    }
    this.requestUpdate();
  }

  /**
   * Joins the call named by `group-id`, `room-id` or `meeting-link` (a connected simulated call with `simulated`).
   * One join at a time: while a join is in progress, or a call has not ended, it resolves that call. Before there
   * is an agent it waits for one (the provider's own, set up now or again after a failure, or a `.callAgent` set
   * later); it resolves `undefined` when the session that was to make the agent fails or the element is removed.
   * Resolves the call (which may still be connecting), or `undefined` when joining failed (the provider then shows
   * the error and fires `acs-error`; a join that ends before it connects is reported the same way).
   */
  join(): Promise<Call | undefined> {
    const agent = this.callAgent ?? this.#ownedAgent;
    if (!agent) {
      const pending = (this.#pendingJoin ??= deferred());
      // Asking to join is asking for a session: set one up, also again after a failed one.
      if ((!this.#session || this.phase === 'error') && this.isConnected && (this.simulated || this.tokenUrl))
        void this.#setup();
      return pending.promise;
    }
    const run = (this.#joinRun ??= this.#join(agent).finally(() => (this.#joinRun = undefined)));
    const pending = this.#pendingJoin;
    this.#pendingJoin = undefined;
    if (pending) void run.then(pending.resolve);
    return run;
  }

  async #join(agent: CallAgent): Promise<Call | undefined> {
    // The join in progress, or a call that has not ended (one call at a time: a second join would put the user in
    // two calls).
    const live = [this.#joined, ...agent.calls, this.#simulatedCall].find((c) => c && c.state !== 'Disconnected');
    if (live) return live;
    this.failure = undefined;
    this.phase = 'joining';
    const simulator = this.#session?.simulator;
    let call: Call;
    try {
      if (simulator) {
        call = await simulator.connectedCall({ participants: this.simulatedParticipants });
        if (!agent.calls.includes(call)) this.#simulatedCall = call;
      } else if (this.groupId) call = agent.join({ groupId: this.groupId });
      else if (this.roomId) call = agent.join({ roomId: this.roomId });
      else if (this.meetingLink) call = agent.join({ meetingLink: this.meetingLink });
      else throw new NothingToJoinError();
    } catch (error) {
      this.#fail('join', error);
      return undefined;
    }
    this.#joinedOnce = true;
    // "Joining" until the call connects (or fails): see #checkJoin.
    this.#joined = call;
    this.#checkJoin();
    this.requestUpdate();
    return call;
  }

  /**
   * Follows the call `join()` started: connected (or in the lobby, on hold) is joined; ended before that with an
   * error code is a failed join (e.g. 490/4525 offline), also when the SDK passed through Disconnecting first.
   */
  #checkJoin() {
    const call = this.#joined;
    if (!call || JOINING_STATES.has(call.state)) return;
    this.#joined = undefined;
    const reason = call.callEndReason;
    if (call.state === 'Disconnected' && reason && reason.code !== 0) {
      // The code is shown after the message (render adds it): the message does not repeat it.
      this.#fail('join', { message: this.#localize.term('endedBeforeConnected'), ...reason });
    } else if (this.phase === 'joining') this.phase = 'ready';
  }

  /** Hangs up the active call. */
  async hangUp(): Promise<void> {
    await this.call?.hangUp();
  }

  #retry() {
    const operation = this.failure?.operation;
    const agent = this.callAgent ?? this.#ownedAgent;
    // Fetch again: the credential reports the outcome (onFetched clears the failure, onRefreshError shows it again).
    if (operation === 'refreshToken') void this.credential?.getToken().catch(() => {});
    else if (operation === 'join' && agent) void this.join();
    else if (this.simulated || this.tokenUrl) {
      // A setup step failed (or the session went away): set up again, and join again when a join failed.
      if (operation === 'join') this.#pendingJoin ??= deferred();
      void this.#setup();
    } else void this.join();
  }

  /** The technical detail under a failure's message, in the page's language where the provider wrote it. */
  #detail(failure: AcsErrorDetail): string | undefined {
    const t = this.#localize;
    const error = failure.error;
    // The message already says everything.
    if (error instanceof NothingToJoinError) return undefined;
    if (error instanceof TokenFetchError) {
      if (error.reason === 'status') return t.term('tokenStatus', error.status ?? 0);
      if (error.reason === 'notJson') return t.term('tokenNotJson');
      if (error.reason === 'noToken') return t.term('tokenMissing');
      if (error.reason === 'timeout') return t.term('tokenTimeout');
    }
    if (error instanceof SdkLoadError)
      return error.src ? t.term('sdkFromSrc', error.src, error.reason) : t.term('sdkFromImport', error.reason);
    // The SDK's own message (English, technical), with its code.
    const code = failure.code === undefined ? '' : ` (${failure.code}${failure.subCode ? `/${failure.subCode}` : ''})`;
    return failure.message + code;
  }

  #renderFailure(failure: AcsErrorDetail | undefined, retry: () => void) {
    if (!failure) return nothing;
    const t = this.#localize;
    const message =
      failure.error instanceof NothingToJoinError
        ? t.term('nothingToJoin')
        : t.term((OPERATION_KEYS[failure.operation] ?? 'joinFailed') as 'joinFailed');
    const detail = this.#detail(failure);
    return html`<div class="error" part="error" role="alert" dir=${t.dir}>
      <p class="message" part="message">
        ${message}${detail ? html`<span class="details" part="details">${t.term('details', detail)}</span>` : nothing}
      </p>
      <button part="retry" @click=${retry}>${t.term('retry')}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const progress = this.phase === 'loading' ? t.term('loading') : this.phase === 'joining' ? t.term('joining') : '';
    return html`${this.#renderFailure(this.phase === 'error' ? this.failure : undefined, () => this.#retry())}${this.#renderFailure(
        this.deviceFailure,
        () => void this.#loadDevices(),
      )}<span class="visually-hidden" part="progress" role="status">${progress}</span><slot></slot>`;
  }
}
