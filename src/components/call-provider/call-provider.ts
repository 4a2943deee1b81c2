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
import { FetchedTokenCredential, type Fetcher } from './token-credential.js';

/** What the provider needs from the SDK module it loads: a `CallClient` and the runtime capabilities. */
export type CallingModule = AcsSdk & { CallClient: new () => CallClientLike };

/** The SDK module could not be loaded (no import map entry, no `sdk-src`, or a failing one). */
export class SdkLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SdkLoadError';
  }
}

/** Nothing to join: no `group-id`, `room-id` or `meeting-link`. */
export class NothingToJoinError extends Error {
  constructor() {
    super('There is no call to join: set group-id, room-id or meeting-link.');
    this.name = 'NothingToJoinError';
  }
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
  createCallAgent: 'agentFailed',
  join: 'joinFailed',
};

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
 * @csspart error - The error panel (a failed SDK load, token fetch, agent creation or join).
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
 * @fires acs-error - Loading the SDK, fetching a token, creating the agent or joining failed.
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
  #ownedAgent?: CallAgent;
  #ownedDeviceManager?: DeviceManager;
  #ownedSdk?: AcsSdk;
  #credential?: CommunicationTokenCredential;
  #simulator?: SimulatorLike;
  /** A simulated call the simulator did not register on the agent (kept only so it can be provided). */
  #simulatedCall?: Call;
  /** The call `join()` started, until it connects: if it ends first with an error code, joining failed. */
  #joined?: Call;
  /** The last call provided (a reference to the SDK object, to keep showing it once it ended). */
  #lastCall?: Call;
  #setupRun = 0;
  #joinAfterSetup = false;

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
    return this.#credential;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#maybeSetup();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Also when token-url / simulated are set after the element was connected (frameworks, scripts).
    if (changed.has('tokenUrl') || changed.has('simulated')) this.#maybeSetup();
  }

  #maybeSetup() {
    if (this.isConnected && this.phase === 'idle' && !this.callAgent && (this.simulated || this.tokenUrl)) {
      void this.#setup();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the provider in the DOM reconnects it at once; only a real removal releases what it created.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  #teardown() {
    this.#setupRun++;
    const agent = this.#ownedAgent;
    this.#ownedAgent = undefined;
    this.#ownedDeviceManager = undefined;
    this.#ownedSdk = undefined;
    this.#simulatedCall = undefined;
    this.#lastCall = undefined;
    this.#credential?.dispose();
    this.#credential = undefined;
    void agent?.dispose().catch(() => {});
    this.#simulator?.dispose();
    this.#simulator = undefined;
    if (this.phase !== 'error') this.phase = 'idle';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const agent = this.callAgent ?? this.#ownedAgent;
    if (agent !== this.#agent.target) this.#lastCall = this.#joined = undefined;
    this.#checkJoin();
    this.#agent.target = agent;
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
      throw new SdkLoadError(
        `Could not load @azure/communication-calling from ${src ? `"${src}"` : 'the import map or bundle'} (${
          describeError('loadSdk', error).message
        }). Add an import map entry for it, or set sdk-src to the URL of its ES module build.`,
        { cause: error },
      );
    }
  }

  /** Loads the SDK (or the simulator), fetches the token, creates the agent and the device manager. */
  async #setup(): Promise<void> {
    const run = ++this.#setupRun;
    const current = () => run === this.#setupRun;
    this.failure = undefined;
    this.phase = 'loading';
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
      this.#simulator = sim;
      this.#ownedSdk = sim.sdk;
      client = sim.callClient;
      credential = {
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
      this.#ownedSdk = module;
      client = new module.CallClient();
      const tokenCredential = new FetchedTokenCredential(this.tokenUrl ?? '', this.fetch);
      try {
        await tokenCredential.getToken();
      } catch (error) {
        if (current()) this.#fail('fetchToken', error);
        return;
      }
      if (!current()) return;
      credential = tokenCredential;
    }
    this.#credential = credential;
    try {
      const agent = await client.createCallAgent(credential, this.displayName ? { displayName: this.displayName } : {});
      if (!current()) {
        void agent.dispose().catch(() => {});
        return;
      }
      this.#ownedAgent = agent;
    } catch (error) {
      if (current()) this.#fail('createCallAgent', error);
      return;
    }
    this.phase = 'ready';
    // The device manager can take seconds (the real SDK fetches its configuration first): never block joining on it.
    void client.getDeviceManager().then(
      (dm) => {
        if (current()) this.#ownedDeviceManager = dm;
        this.requestUpdate();
      },
      () => {},
    );
    if (this.autojoin || this.#joinAfterSetup) {
      this.#joinAfterSetup = false;
      await this.join();
    }
  }

  /**
   * Joins the call named by `group-id`, `room-id` or `meeting-link` (a connected simulated call with `simulated`).
   * Before the agent exists it joins as soon as it does. Resolves the call, or `undefined` when joining failed
   * (the provider then shows the error and fires `acs-error`).
   */
  async join(): Promise<Call | undefined> {
    const agent = this.callAgent ?? this.#ownedAgent;
    if (!agent) {
      this.#joinAfterSetup = true;
      if (this.phase === 'idle' && (this.simulated || this.tokenUrl)) void this.#setup();
      return undefined;
    }
    this.failure = undefined;
    this.phase = 'joining';
    try {
      let call: Call;
      if (this.#simulator) {
        call = await this.#simulator.connectedCall({ participants: this.simulatedParticipants });
        if (!agent.calls.includes(call)) this.#simulatedCall = call;
      } else if (this.groupId) call = agent.join({ groupId: this.groupId });
      else if (this.roomId) call = agent.join({ roomId: this.roomId });
      else if (this.meetingLink) call = agent.join({ meetingLink: this.meetingLink });
      else throw new NothingToJoinError();
      this.phase = 'ready';
      this.#joined = call;
      this.requestUpdate();
      return call;
    } catch (error) {
      this.#fail('join', error);
      return undefined;
    }
  }

  /** A joined call that ends before it ever connected, with an error code, is a failed join (e.g. 490/4525 offline). */
  #checkJoin() {
    const call = this.#joined;
    if (!call || call.state === 'None' || call.state === 'Connecting' || call.state === 'Ringing') return;
    this.#joined = undefined;
    const reason = call.callEndReason;
    if (call.state === 'Disconnected' && reason && reason.code !== 0) {
      // The code is shown after the message (render adds it): the message does not repeat it.
      this.#fail('join', { message: this.#localize.term('endedBeforeConnected'), ...reason });
    }
  }

  /** Hangs up the active call. */
  async hangUp(): Promise<void> {
    await this.call?.hangUp();
  }

  #retry() {
    if (this.failure?.operation === 'join' && (this.callAgent ?? this.#ownedAgent)) void this.join();
    else {
      this.#joinAfterSetup = this.#joinAfterSetup || this.autojoin;
      void this.#setup();
    }
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const failure = this.phase === 'error' ? this.failure : undefined;
    let message = '';
    if (failure) {
      message =
        failure.error instanceof NothingToJoinError
          ? t.term('nothingToJoin')
          : t.term((OPERATION_KEYS[failure.operation] ?? 'joinFailed') as 'joinFailed');
    }
    const progress = this.phase === 'loading' ? t.term('loading') : this.phase === 'joining' ? t.term('joining') : '';
    const code = failure?.code === undefined ? '' : ` (${failure.code}${failure.subCode ? `/${failure.subCode}` : ''})`;
    return html`${
        failure
          ? html`<div class="error" part="error" role="alert" dir=${t.dir}>
              <p class="message" part="message">
                ${message}<span class="details" part="details">${t.term('details', failure.message + code)}</span>
              </p>
              <button part="retry" @click=${() => this.#retry()}>${t.term('retry')}</button>
            </div>`
          : nothing
      }<span class="visually-hidden" part="progress" role="status">${progress}</span><slot></slot>`;
  }
}
