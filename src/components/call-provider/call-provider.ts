import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { AcsElement, setStates } from '../shared/acs-element.js';
import {
  accepted,
  CALL_AGENT_INPUT,
  checkInputs,
  DEVICE_MANAGER_INPUT,
  reportInvalidAttribute,
  SDK_INPUT,
} from '../shared/input-check.js';
import { baseStyles } from '../../styles/shared.js';
import { spinnerStyles } from '../../styles/spinner.js';
import { callProviderStyles } from './call-provider.styles.js';
import {
  callAgentContext,
  callContext,
  deviceManagerContext,
  joiningContext,
  type CallJoining,
  incomingCallsContext,
  sdkContext,
} from '../../context/index.js';
import { LocalMedia, localMediaContext } from '../../context/local-media.js';
import { CallAgentController } from '../../controllers/call-agent-controller.js';
import { JoinController } from '../../controllers/join-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callProviderStrings } from '../../i18n/en/call-provider.js';
import { describeError, errorsOf, type AcsErrorDetail } from '../../events/acs-error.js';
import type { Clock } from '../../clock.js';
import type {
  AcsSdk,
  Call,
  CallAgent,
  CommunicationTokenCredential,
  DeviceManager,
  IncomingCall,
} from '../../sdk/index.js';
import { SessionController } from './session-controller.js';
import { startCall } from './call-session.js';
import { describeFailure } from './failures.js';
import type { Fetcher } from './token-credential.js';

/** A group call id: a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is wrong with the page's settings, in the user's terms (a string key), if anything. */
type SetupProblem = 'invalidGroupId' | 'twoTargets' | 'insecurePage';

export { CallSession, NothingToJoinError, SdkLoadError, SessionError, type CallingModule } from './call-session.js';

/**
 * Owns the SDK objects of a call and provides them to every element inside it through `@lit/context`: the call
 * agent, the active call, incoming calls, the device manager and the SDK's runtime capabilities.
 *
 * Give it SDK objects from script (`.callAgent`, `.deviceManager`, `.sdk`), or let it do everything with no
 * JavaScript: `<acs-call-provider token-url="/api/token" group-id="..." display-name="Ana" autojoin>` loads the SDK
 * lazily, fetches `{token}` JSON from `token-url` (again before it expires, gently: one request at a time, backing
 * off after failures), creates the call agent and the device manager, and joins. `<acs-call-provider simulated
 * autojoin>` uses the simulator instead. While it prepares or joins, it says so; when something fails, it says what
 * and offers "Try again"; when the call ended because the connection to the service was lost, it offers to rejoin
 * (or rejoins, with `autojoin`).
 *
 * @summary Provides the call agent, the active call, incoming calls and the device manager to its children.
 * @tagname acs-call-provider
 *
 * @slot - The calling UI (any elements; `acs-*` elements inside receive the SDK objects).
 * @csspart error - An error panel (a failed SDK load, token fetch or refresh, agent creation, join, or device
 *   manager).
 * @csspart message - The error's message.
 * @csspart details - The technical detail of the error, folded under "Technical details" (for whoever helps the
 *   user; the page gets it in `acs-error`).
 * @csspart retry - The "Try again" button.
 * @csspart progress - "Preparing the call…" / "Joining the call…", with a spinner (a live region). Not shown while
 *   an element inside shows the progress itself (`<acs-call-screen>`, which says so with an
 *   `acs-progress-shown` event when connected).
 * @csspart rejoin - The offer to rejoin a call that ended while the service could not be reached, and its button.
 *
 * @cssproperty --acs-call-provider-error-background - Error panel background.
 * @cssproperty --acs-call-provider-error-color - Error panel text color.
 * @cssproperty --acs-call-provider-progress-color - Color of the progress text and spinner.
 *
 * @cssstate loading - Loading the SDK, fetching the token or creating the agent.
 * @cssstate joining - Joining a call.
 * @cssstate ready - The agent exists (and nothing failed).
 * @cssstate error - The last step failed.
 *
 * @fires acs-error - Loading the SDK, fetching or refreshing a token, creating the agent, getting the device manager
 *   or joining failed (`detail.operation`: `loadSdk`, `loadSimulator`, `fetchToken`, `refreshToken`,
 *   `createCallAgent`, `getDeviceManager`, `join`), or a property was given a value it cannot use
 *   (`setProperty`).
 */
export class AcsCallProvider extends AcsElement {
  static override styles = [baseStyles, spinnerStyles, callProviderStyles];

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

  /**
   * Sends this user's call diagnostics to the other participants (the SDK's remote diagnostics:
   * `startSendingDiagnostics()` on each call), so that their `<acs-video-grid>` can mark this user's tile when the
   * connection is bad. Off by default: the SDK sends nothing unless asked.
   */
  @property({ type: Boolean, attribute: 'share-diagnostics' }) shareDiagnostics = false;

  /** How many remote participants a simulated call has. */
  @property({ type: Number, attribute: 'simulated-participants' }) simulatedParticipants = 2;

  /** The `fetch` used for `token-url` (substitute one to add headers, or in tests). */
  @property({ attribute: false }) fetch: Fetcher = (input, init) => globalThis.fetch(input, init);

  /** The clock token lifetimes and timeouts are measured with (default: the system's; tests use a virtual one). */
  @property({ attribute: false }) clock?: Clock;

  /** @internal The call ended while the service could not be reached, and the service is back: offer to rejoin. */
  @state() protected rejoinOffered = false;

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
  /** @internal */
  @provide({ context: joiningContext }) protected providedJoining?: CallJoining;
  /**
   * The local user's media choices shared by the elements inside (the chosen camera, the camera turned on before
   * a call).
   */
  @provide({ context: localMediaContext }) readonly localMedia: LocalMedia = new LocalMedia();

  readonly #localize = new LocalizeController(this, 'call-provider', callProviderStrings);
  /** Elements inside that show the preparing and joining progress themselves (`acs-progress-shown`). */
  readonly #progressShownBy = new Set<Element>();
  readonly #agent = new CallAgentController(this);
  readonly #session = new SessionController(this, {
    settings: () => {
      // An agent given from script wins (a value that is not an agent is ignored, as if not given).
      if (accepted(this.callAgent, CALL_AGENT_INPUT) || !(this.simulated || this.tokenUrl)) return undefined;
      // The SDK refuses to work on a page that is not a secure context: no session, and the page is told so.
      if (this.#problem === 'insecurePage') return undefined;
      const { simulated, tokenUrl, displayName, sdkSrc, fetch, clock } = this;
      return { simulated, tokenUrl, displayName, sdkSrc, fetch, clock };
    },
    onError: (detail) => {
      errorsOf(this)(detail);
      // A join waiting for this session's agent will not happen (a failed refresh leaves the agent in place).
      if (detail.operation !== 'refreshToken' && detail.operation !== 'getDeviceManager') this.#join.cancel();
    },
    call: () => this.call,
    // The call ended by the outage: rejoined with `autojoin`, else offered (not when another call is on).
    onRecovered: (callEnded) => {
      const live = this.call && this.call.state !== 'Disconnected';
      if (!callEnded || live) return;
      if (this.autojoin) void this.join();
      else this.rejoinOffered = true;
    },
  });
  readonly #join = new JoinController(this, {
    join: async (agent) => {
      // The camera turned on before the call: the call starts with it (and owns it from then on).
      const video = this.localMedia.preview;
      const call = await startCall(agent, {
        groupId: this.groupId,
        roomId: this.roomId,
        meetingLink: this.meetingLink,
        simulator: this.#session.session?.simulator,
        simulatedParticipants: this.simulatedParticipants,
        video,
      });
      if (video && call.localVideoStreams.includes(video)) this.localMedia.stopPreview(true);
      return call;
    },
    endedBeforeConnected: () => this.#localize.term('endedBeforeConnected'),
    onError: errorsOf(this),
  });
  /** The setup problem last reported (each is reported once, when it appears). */
  #reported?: SetupProblem;

  /**
   * What keeps the page's settings from working, found up front: a `group-id` that is not a UUID, more than one
   * call to join (`group-id`, `room-id`, `meeting-link`), or a real session (`token-url`) on a page that is not a
   * secure context (https, or localhost), where the browser gives no camera or microphone and the SDK refuses.
   */
  get #problem(): SetupProblem | undefined {
    if (this.tokenUrl && !this.simulated && !globalThis.isSecureContext) return 'insecurePage';
    if ([this.groupId, this.roomId, this.meetingLink].filter((v) => v?.trim()).length > 1) return 'twoTargets';
    if (this.groupId?.trim() && !UUID.test(this.groupId.trim())) return 'invalidGroupId';
    return undefined;
  }

  /** Reports a new setup problem to the developer (console, `acs-error`); the user sees the panel. */
  #reportProblem(): void {
    const problem = this.#problem;
    if (problem === this.#reported) return;
    this.#reported = problem;
    if (problem === 'invalidGroupId')
      reportInvalidAttribute(this, 'group-id', this.groupId, 'the UUID of a group call');
    else if (problem === 'twoTargets')
      reportInvalidAttribute(this, 'group-id', this.groupId, 'the only call to join (room-id and meeting-link unset)');
    else if (problem === 'insecurePage')
      reportInvalidAttribute(
        this,
        'token-url',
        this.tokenUrl,
        'used on a secure page (https or localhost): the SDK refuses to work elsewhere',
      );
  }

  /** The last call provided: once it ended (the SDK drops it from `agent.calls`), the UI can still say how. */
  #lastCall?: Call;

  /**
   * The active call: the connected (or held) one, else the newest that has not ended; after the last call ended,
   * that ended call, so the UI can say how it ended until another one starts.
   */
  get call(): Call | undefined {
    const joined = this.#join.call;
    const live = this.#agent.activeCall ?? (joined?.state === 'Disconnected' ? undefined : joined);
    return live ?? (this.#lastCall?.state === 'Disconnected' ? this.#lastCall : undefined);
  }

  /** Incoming calls that are still ringing (an incoming call while in a call included). */
  get incomingCalls(): readonly IncomingCall[] {
    return this.#agent.incomingCalls;
  }

  /** The token credential of the provider's session (fetching from `token-url`, or the simulator's), if any. */
  get credential(): CommunicationTokenCredential | undefined {
    return this.#session.session?.credential;
  }

  constructor() {
    super();
    this.addEventListener('acs-progress-shown', (event) => {
      this.#progressShownBy.add(event.composedPath()[0] as Element);
      this.requestUpdate();
    });
  }

  /** Whether an element inside shows the progress (the provider's own line would say it twice). */
  get #progressShownInside(): boolean {
    for (const el of this.#progressShownBy) {
      if (el.isConnected && this.contains(el)) return true;
      this.#progressShownBy.delete(el);
    }
    return false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the provider in the DOM reconnects it at once; only a real removal releases what it made.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#session.end();
      this.#join.reset();
      this.localMedia.stopPreview();
      this.rejoinOffered = false;
    });
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
    // The page's settings cannot work: the panel says so, nothing is joined.
    if (this.#problem) return Promise.resolve(undefined);
    this.rejoinOffered = false;
    // Asking to join is asking for a session: set one up again after a failed one.
    if (!this.#agent.agent && this.#session.failure) this.#session.end();
    return this.#join.join();
  }

  /**
   * Hangs up the active call. A call that has ended, or is ending, is left alone (the SDK rejects `hangUp` on an
   * ended call with 490/4525).
   */
  async hangUp(): Promise<void> {
    const call = this.call;
    if (call && call.state !== 'Disconnected' && call.state !== 'Disconnecting') await call.hangUp();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    checkInputs(this, changed, { callAgent: CALL_AGENT_INPUT, deviceManager: DEVICE_MANAGER_INPUT, sdk: SDK_INPUT });
    this.#reportProblem();
    const live = this.call && this.call.state !== 'Disconnected';
    if (this.isConnected && this.#session.sync()) {
      // Another token URL, display name, SDK source or mode: the old session's call ended with its agent; it is
      // joined again in the new session when it had not ended.
      this.#lastCall = undefined;
      this.rejoinOffered = false;
      this.#join.clearError();
      // Joined again only in a new session of the provider's own (an agent given from script is the page's).
      const ownAgentComing = !!this.#session.session;
      if (live && ownAgentComing) this.#join.rejoinWithNextAgent();
      else if (!ownAgentComing && !accepted(this.callAgent, CALL_AGENT_INPUT)) this.#join.cancel();
    }
    const agent = accepted(this.callAgent, CALL_AGENT_INPUT) ?? this.#session.agent;
    if (agent !== this.#agent.agent) this.#lastCall = undefined;
    this.#agent.agent = agent;
    // A join() that waited for an agent starts now.
    this.#join.agent = agent;
    if (this.autojoin && !this.#problem)
      this.#join.autojoin(changed.has('groupId') || changed.has('roomId') || changed.has('meetingLink'));
    const call = this.call;
    if (call) this.#lastCall = call;
    if (this.shareDiagnostics && call && call.state !== 'Disconnected') this.#shareDiagnostics(call);
    // A camera turned on before a call that started another way (an accepted call, the page's own join) is not
    // that call's: it is turned off, never kept for a later call.
    const preview = this.localMedia.preview;
    if (preview && call && call.state !== 'Disconnected' && !call.localVideoStreams.includes(preview))
      this.localMedia.stopPreview();
    // Another call is on: the offer to rejoin is moot.
    if (call && call.state !== 'Disconnected') this.rejoinOffered = false;
    this.providedAgent = agent;
    this.providedCall = call;
    this.providedIncoming = this.#agent.incomingCalls;
    this.providedDeviceManager = accepted(this.deviceManager, DEVICE_MANAGER_INPUT) ?? this.#session.deviceManager;
    this.providedSdk = accepted(this.sdk, SDK_INPUT) ?? this.#session.sdk;
    const error = !!(this.#session.failure ?? this.#join.error ?? this.#problem);
    const loading = this.#session.loading;
    // A call made another way (an agent given from script, an accepted incoming call) is joined too.
    const joinState = this.#join.state;
    const current = this.call;
    const inCall = joinState !== 'joining' && joinState !== 'waiting' && !!current && current.state !== 'Disconnected';
    const joining: CallJoining = {
      join: () => this.join(),
      state: inCall ? 'joined' : joinState,
      preparing: loading,
      failed: !!this.#session.failure,
      configured: !this.#problem && !!(this.groupId || this.roomId || this.meetingLink || this.simulated),
    };
    const before = this.providedJoining;
    // A new object only when a fact changed: consumers render again for it.
    if (!before || (['state', 'preparing', 'failed', 'configured'] as const).some((k) => before[k] !== joining[k]))
      this.providedJoining = joining;
    setStates(this.internals, {
      loading,
      joining: !loading && !error && this.#join.state === 'joining',
      ready: !!agent && !error,
      error,
    });
  }

  /** Calls whose diagnostics are sent to the other participants already. */
  readonly #sharing = new WeakSet<Call>();

  #shareDiagnostics(call: Call): void {
    const sdk = accepted(this.sdk, SDK_INPUT) ?? this.#session.sdk;
    if (!sdk || this.#sharing.has(call)) return;
    try {
      const remote = call.feature(sdk.Features.UserFacingDiagnostics).remote;
      if (!remote.isSendingDiagnosticsEnabled) remote.startSendingDiagnostics();
      this.#sharing.add(call);
    } catch (error) {
      // An SDK without remote diagnostics (before 1.38): nothing to share; the page hears why.
      this.#sharing.add(call);
      errorsOf(this)(describeError('startSendingDiagnostics', error));
    }
  }

  /** "Try again": fetch the token again, join again, or set the session up again. */
  #retry(failure: AcsErrorDetail): void {
    if (failure.operation === 'join') void this.join();
    else this.#session.retry();
  }

  #renderFailure(failure: AcsErrorDetail | undefined, retry: () => void): TemplateResult | typeof nothing {
    if (!failure) return nothing;
    const t = this.#localize;
    const { message, detail } = describeFailure(failure, t);
    return html`<div class="panel error" part="error" role="alert" dir=${t.dir}>
      <div class="message">
        <p part="message">${message}</p>
        ${
          // For whoever helps the user (a support desk, the site's developer): folded, out of the user's way.
          detail
            ? html`<details class="details" part="details">
                <summary>${t.term('technicalDetails')}</summary>
                ${detail}
              </details>`
            : nothing
        }
      </div>
      <button part="retry" @click=${retry}>${t.term('retry')}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const failure = this.#session.failure ?? this.#join.error;
    const joining = this.#join.state === 'joining';
    const progress = this.#progressShownInside
      ? ''
      : this.#session.loading
        ? t.term('loading')
        : joining && !failure
          ? t.term('joining')
          : '';
    const problem = this.#problem;
    return html`
      ${
        problem
          ? html`<div class="panel error" part="error" role="alert" dir=${t.dir}>
              <p class="message" part="message">${t.term(problem)}</p>
            </div>`
          : nothing
      }
      ${this.#renderFailure(failure, () => failure && this.#retry(failure))}
      ${this.#renderFailure(this.#session.deviceFailure, () => void this.#session.retryDevices())}
      ${
        this.rejoinOffered
          ? html`<div class="panel" part="rejoin" dir=${t.dir}>
              <p class="message">${t.term('endedInOutage')}</p>
              <button part="rejoin" @click=${() => this.join()}>${t.term('rejoin')}</button>
            </div>`
          : nothing
      }
      <div part="progress" class=${progress ? 'panel progress' : 'visually-hidden'} role="status" dir=${t.dir}>
        ${progress ? html`<span class="spinner" aria-hidden="true"></span>${progress}` : nothing}
      </div>
      <slot></slot>
    `;
  }
}
