import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { consumeContext } from '../shared/decorators.js';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { hostStyles } from '../../styles/host.js';
import { callStatusStyles } from './call-status.styles.js';
import { incomingCallsContext } from '../../context/index.js';
import { ACTIVE_STATES } from '../../controllers/call-controller.js';
import { DiagnosticsController } from '../../controllers/diagnostics-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { SdkEventsController, Subscriptions } from '../../controllers/sdk-events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callStatusStrings } from '../../i18n/en/call-status.js';
import { CALL_STATES, type Call, type CallEventName, type IncomingCall } from '../../sdk/index.js';
import { endReasonKind } from './end-reasons.js';

/** `None` -> `none`, `EarlyMedia` -> `early-media`: the custom state name of a call state. */
const stateName = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/** How long the "reconnected" notice stays (a transient UI fact, the SDK has no state for it). */
const RECOVERED_NOTICE_MS = 5000;

/** `65` -> `1:05`, `3725` -> `1:02:05`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  /** Minutes or seconds within the hour / minute, two digits. */
  const pad = (n: number) => String(Math.floor(n) % 60).padStart(2, '0');
  return (s < 3600 ? Math.floor(s / 60) : `${Math.floor(s / 3600)}:${pad(s / 60)}`) + ':' + pad(s);
}

/** The error an "accept with video" fails with when there is no camera (or no SDK to make a stream of it). */
const NO_CAMERA = 'NoCameraError';

/**
 * Shows the state of a call, how long it has lasted, network reconnection, how it ended, and incoming calls.
 *
 * @summary Call state, duration, end reason and incoming calls, read live from the SDK.
 * @tagname acs-call-status
 *
 * @csspart base - The wrapper.
 * @csspart status - The live region with the state, notices and end reason.
 * @csspart indicator - The state indicator (inline SVG).
 * @csspart label - The state's name.
 * @csspart duration - The call duration (while connected or on hold).
 * @csspart notice - "Reconnecting" / "Reconnected" notices.
 * @csspart reason - How the call ended.
 * @csspart incoming - One incoming call (caller and buttons).
 * @csspart caller - The caller's name.
 * @csspart button - Every button (accept, accept with video, decline).
 * @csspart error - A failed action's message.
 *
 * @cssproperty --acs-call-status-background - Background.
 * @cssproperty --acs-call-status-color - Text color.
 * @cssproperty --acs-call-status-radius - Corner radius.
 * @cssproperty --acs-call-status-gap - Space between items.
 * @cssproperty --acs-call-status-padding - Padding.
 * @cssproperty --acs-call-status-indicator-color - Indicator color.
 * @cssproperty --acs-call-status-indicator-color-connected - Indicator color while connected.
 * @cssproperty --acs-call-status-indicator-color-warning - Indicator color on hold, in the lobby, reconnecting.
 * @cssproperty --acs-call-status-indicator-color-ended - Indicator color when the call ended.
 * @cssproperty --acs-call-status-accept-background - Accept button background.
 * @cssproperty --acs-call-status-accept-color - Accept button text color.
 * @cssproperty --acs-call-status-reject-background - Decline button background.
 * @cssproperty --acs-call-status-reject-color - Decline button text color.
 *
 * @cssstate none - No call, or the call's state is None (also connecting, ringing, early-media, connected,
 *   local-hold, remote-hold, in-lobby, disconnecting, disconnected: one per call state).
 * @cssstate unknown - The SDK reported a state this version does not know.
 * @cssstate reconnecting - The `networkReconnect` diagnostic is Poor or Bad.
 * @cssstate incoming - An incoming call is ringing.
 * @cssstate ringing - The call is ringing (outgoing).
 *
 * @fires acs-error - Accepting or declining an incoming call failed.
 */
export class AcsCallStatus extends AcsDeviceElement {
  static override styles = [hostStyles, callStatusStyles];

  static override properties: PropertyDeclarations = {
    ringtone: {},
  };

  static {
    // Properties without attributes and internal state, outside `properties` (the manifest analyzer would list
    // every entry there as an attribute).
    for (const name of ['incomingCall', 'incomingCalls', 'contextIncomingCalls', 'recovered', 'incomingEnded', 'now'])
      this.createProperty(name, { attribute: false });
  }

  /** One incoming call to show (overrides the provider's incoming calls). */
  incomingCall?: IncomingCall;

  /** Incoming calls to show (overrides `incomingCall` and the provider's incoming calls). */
  incomingCalls?: readonly IncomingCall[];

  /** URL of an audio file played in a loop while the call is ringing or a call is incoming. */
  ringtone?: string;

  /** @internal */
  protected contextIncomingCalls?: readonly IncomingCall[];

  /** @internal */
  protected recovered = false;

  /** @internal */
  protected incomingEnded = false;

  /** @internal */
  protected now = Date.now();

  readonly #localize = new LocalizeController(this, 'call-status', callStatusStrings);
  // Follows the call's state (read from the SDK at render time).
  readonly #call = new SdkEventsController<Call, CallEventName>(this, ['stateChanged']);
  readonly #diagnostics = new DiagnosticsController(this, (change) => {
    if (change.diagnostic !== 'networkReconnect') return;
    // Poor or Bad: reconnecting. Good after that: recovered, for a while (the SDK has no state for it).
    const bad = (change.value as number) > 1;
    if (bad || (change.value === 1 && this.#reconnectSeen)) {
      clearTimeout(this.#recoveredTimer);
      this.recovered = !bad;
      this.#reconnectSeen = bad;
      if (!bad) this.#recoveredTimer = setTimeout(() => (this.recovered = false), RECOVERED_NOTICE_MS);
    }
  });
  readonly #action = new AsyncActionController(this);
  readonly #incomingSubs = new Subscriptions();
  /** Incoming calls that ended, or were accepted or declined here (event facts the SDK has no property for). */
  readonly #done = new WeakSet<IncomingCall>();
  #reconnectSeen = false;
  #recoveredTimer?: ReturnType<typeof setTimeout>;
  #startedCall?: object;
  #startedAt?: number;
  #ticker?: ReturnType<typeof setInterval>;
  #ringing = false;

  constructor() {
    super();
    consumeContext(this, incomingCallsContext, 'contextIncomingCalls');
  }

  /** @internal Listeners held on incoming calls (for leak tests). */
  get incomingListenerCount(): number {
    return this.#incomingSubs.size;
  }

  /** @internal Whether the 1 s duration ticker runs (for tests). */
  get tickerRunning(): boolean {
    return !!this.#ticker;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Render again on re-append, so the incoming calls are followed again, and the duration ticker and the
    // ringtone resume from the SDK's state.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#incomingSubs.release();
    this.#ticker = void clearInterval(this.#ticker);
    clearTimeout(this.#recoveredTimer);
    this.#ring(false);
  }

  /** The incoming calls in effect that are still ringing. */
  get #incoming(): readonly IncomingCall[] {
    const all = this.incomingCalls ?? (this.incomingCall ? [this.incomingCall] : (this.contextIncomingCalls ?? []));
    return all.filter((c) => !this.#done.has(c) && !c.callEndReason);
  }

  protected override willUpdate(): void {
    const call = this.activeCall;
    if (call !== this.#call.target) this.#reconnectSeen = this.recovered = false;
    this.#call.target = call;
    this.#diagnostics.set(call, this.activeSdk);
    // Follow the ringing incoming calls' `callEnded` (afresh on each update: there are few, and only while ringing).
    const incoming = this.#incoming;
    if (incoming.length) this.incomingEnded = false;
    this.#incomingSubs.release();
    if (this.isConnected)
      for (const ringing of incoming)
        this.#incomingSubs.add(ringing, ['callEnded'], () => {
          this.#done.add(ringing);
          this.incomingEnded = true;
        });
    if (call && ACTIVE_STATES.has(call.state)) {
      if (this.#startedCall !== call) {
        this.#startedCall = call;
        this.now = this.#startedAt = Date.now();
      }
    } else this.#startedAt = this.#startedCall = undefined;
  }

  protected override updated(): void {
    if (this.#startedAt === undefined || !this.isConnected) this.#ticker = void clearInterval(this.#ticker);
    else this.#ticker ??= setInterval(() => (this.now = Date.now()), 1000);
    this.#ring(this.#call.target?.state === 'Ringing' || this.#incoming.length > 0);
  }

  #ring(on: boolean) {
    const audio = this.renderRoot?.querySelector('audio');
    if (audio && on !== this.#ringing) {
      if (on) {
        audio.currentTime = 0;
        // Autoplay may be refused before a user gesture: the visual state is the primary signal.
        audio.play()?.catch(() => {});
      } else audio.pause();
    }
    this.#ringing = !!audio && on;
  }

  #endMessage(): string | undefined {
    const call = this.#call.target;
    const reason = call?.state === 'Disconnected' ? call.callEndReason : undefined;
    const kind = endReasonKind(reason);
    if (!kind || !reason) return undefined;
    // Every kind has one message, `end<Kind>` (failed and unknown show the code).
    const key = `end${kind[0].toUpperCase()}${kind.slice(1)}` as 'endFailed';
    return this.#localize.term(key, reason.code, reason.subCode === undefined ? '-' : String(reason.subCode));
  }

  /** Accepts (with the first camera when `video`) or declines an incoming call. */
  #answer(call: IncomingCall, operation: 'accept' | 'acceptVideo' | 'reject') {
    void this.#action.run(operation, async () => {
      if (operation === 'reject') await call.reject();
      else if (operation === 'accept') await call.accept();
      else {
        const sdk = this.activeSdk;
        const cameras = (await this.activeDeviceManager?.getCameras()) ?? [];
        if (!sdk || !cameras[0])
          throw Object.assign(new Error('No camera is available for video.'), { name: NO_CAMERA });
        await call.accept({ videoOptions: { localVideoStreams: [new sdk.LocalVideoStream(cameras[0])] } });
      }
      this.#done.add(call);
    });
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const s = this.#call.target?.state ?? 'None';
    const known = (CALL_STATES as readonly string[]).includes(s);
    // Without a call there is no diagnostic to report a problem.
    const bad = this.#diagnostics.isBad('network', 'networkReconnect');
    const reconnecting = bad && s !== 'Disconnected';
    const end = this.#endMessage();
    const incoming = this.#incoming;
    const error = this.#action.error;
    const seconds = this.#startedAt === undefined ? undefined : (this.now - this.#startedAt) / 1000;
    const busy = !!this.#action.pending;
    const notice = reconnecting
      ? t.term('reconnecting')
      : this.recovered
        ? t.term('reconnected')
        : this.incomingEnded && !incoming.length && t.term('incomingEnded');
    // Exactly these custom states: the call's (or `unknown`), and `reconnecting`, `incoming` when they apply.
    const states = this.internals.states;
    states.clear();
    for (const name of [known ? stateName(s) : 'unknown', bad && 'reconnecting', incoming.length > 0 && 'incoming'])
      if (name) states.add(name);
    const errorKey =
      error &&
      (Object(error.error).name === NO_CAMERA
        ? 'noCamera'
        : error.operation === 'reject'
          ? 'rejectFailed'
          : 'acceptFailed');
    // No whitespace between the tags except between the words of the live region (prettier would indent them):
    // the templates are shipped as written.
    // prettier-ignore
    return html`<div class="base" part="base" dir=${t.dir} role="group" aria-label=${t.term('region')}><div><div part="status" role="status" aria-live="polite"><svg part="indicator" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="5" /></svg><span part="label">${known ? t.term(`state${s}` as 'stateNone') : t.term('stateUnknown', s)}</span> ${
      notice ? html`<span class="s" part="notice">${notice}</span>` : nothing
    } ${end ? html`<span class="s" part="reason">${end}</span>` : nothing}</div>${
      seconds === undefined
        ? nothing
        : html`<span part="duration"><span class="visually-hidden">${t.term('duration')} </span><time datetime=${`PT${Math.floor(seconds)}S`}>${formatDuration(seconds)}</time></span>`
    }</div>${incoming.map((call) => {
      const name = t.term('incoming', call.callerInfo?.displayName?.trim() || t.term('unknownCaller'));
      return html`<div part="incoming" role="group" aria-label=${name}><p part="caller">${name}</p>${(['accept', 'acceptVideo', 'reject'] as const).map(
        (op) => html`<button part=${`button ${op === 'acceptVideo' ? 'accept-video' : op}`} aria-disabled=${busy} @click=${() => this.#answer(call, op)}>${t.term(op)}</button>`,
      )}</div>`;
    })}${errorKey ? html`<p class="s" part="error" role="alert">${t.term(errorKey)}</p>` : nothing}${
      this.ringtone ? html`<audio loop preload="auto" src=${this.ringtone}></audio>` : nothing
    }</div>`;
  }
}
