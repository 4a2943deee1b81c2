import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { consume, property, state } from '../shared/decorators.js';
import { AcsCallElement } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { callStatusStyles } from './call-status.styles.js';
import { incomingCallsContext } from '../../context/index.js';
import { CallController, ACTIVE_STATES } from '../../controllers/call-controller.js';
import { DiagnosticsController, type DiagnosticChange } from '../../controllers/diagnostics-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { Subscriptions } from '../../controllers/sdk-events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callStatusStrings, type CallStatusStrings } from '../../i18n/en/call-status.js';
import { CALL_STATES, Quality, type CallState, type IncomingCall } from '../../sdk/index.js';
import { endReasonKind, type EndReasonKind } from './end-reasons.js';

/** `None` -> `none`, `EarlyMedia` -> `early-media`: the custom state name of a call state. */
const stateName = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
const STATE_NAMES = [...CALL_STATES.map(stateName), 'unknown'];

const END_KEYS: Record<Exclude<EndReasonKind, 'failed' | 'unknown'>, keyof CallStatusStrings> = {
  normal: 'endNormal',
  endedForAll: 'endEndedForAll',
  canceled: 'endCanceled',
  acceptedElsewhere: 'endAcceptedElsewhere',
  declined: 'endDeclined',
  busy: 'endBusy',
  noAnswer: 'endNoAnswer',
  unavailable: 'endUnavailable',
  removed: 'endRemoved',
  lobbyDenied: 'endLobbyDenied',
  notInvited: 'endNotInvited',
  roomClosed: 'endRoomClosed',
  notFound: 'endNotFound',
  unauthorized: 'endUnauthorized',
  noNetwork: 'endNoNetwork',
};

/** How long the "reconnected" notice stays (a transient UI fact, the SDK has no state for it). */
const RECOVERED_NOTICE_MS = 5000;

/** `65` -> `1:05`, `3725` -> `1:02:05`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const icon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="5" /></svg>`;

class NoCameraError extends Error {
  constructor() {
    super('No camera is available for video.');
    this.name = 'NoCameraError';
  }
}

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
 * @cssproperty --acs-call-status-button-background - Button background.
 * @cssproperty --acs-call-status-button-color - Button text color.
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
export class AcsCallStatus extends AcsCallElement {
  static override styles = [baseStyles, callStatusStyles];

  /** One incoming call to show (overrides the provider's incoming calls). */
  @property({ attribute: false }) incomingCall?: IncomingCall;

  /** Incoming calls to show (overrides `incomingCall` and the provider's incoming calls). */
  @property({ attribute: false }) incomingCalls?: readonly IncomingCall[];

  /** URL of an audio file played in a loop while the call is ringing or a call is incoming. */
  @property() ringtone?: string;

  /** @internal */
  @consume({ context: incomingCallsContext, subscribe: true })
  @state()
  protected contextIncomingCalls?: readonly IncomingCall[];

  /** @internal */
  @state() protected recovered = false;

  /** @internal */
  @state() protected incomingEnded = false;

  /** @internal */
  @state() protected now = Date.now();

  readonly #localize = new LocalizeController(this, 'call-status', callStatusStrings);
  readonly #call = new CallController(this);
  readonly #diagnostics = new DiagnosticsController(this, (change) => this.#onDiagnostic(change));
  readonly #action = new AsyncActionController(this);
  readonly #incomingSubs = new Subscriptions();
  #followed: readonly IncomingCall[] = [];
  /** Incoming calls that ended, or were accepted or declined here (event facts the SDK has no property for). */
  readonly #done = new WeakSet<IncomingCall>();
  #reconnectSeen = false;
  #recoveredTimer?: ReturnType<typeof setTimeout>;
  #startedCall?: object;
  #startedAt?: number;
  #ticker?: ReturnType<typeof setInterval>;
  #ringing = false;

  /** @internal Listeners held on incoming calls (for leak tests). */
  get incomingListenerCount(): number {
    return this.#incomingSubs.size;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#followIncoming(true);
    // Render again on re-append, so the duration ticker and the ringtone resume from the SDK's state.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#incomingSubs.release();
    this.#stopTicker();
    clearTimeout(this.#recoveredTimer);
    if (this.#ringing) this.#audio()?.pause();
    this.#ringing = false;
  }

  /** The incoming calls in effect that are still ringing. */
  get #incoming(): readonly IncomingCall[] {
    const all = this.incomingCalls ?? (this.incomingCall ? [this.incomingCall] : (this.contextIncomingCalls ?? []));
    return all.filter((c) => !this.#done.has(c) && !c.callEndReason);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const call = this.activeCall;
    if (call !== this.#call.target) {
      this.#reconnectSeen = false;
      this.recovered = false;
    }
    this.#call.target = call;
    this.#diagnostics.set(call, this.activeSdk);
    this.#followIncoming(false);
    const s = call?.state;
    if (call && s && ACTIVE_STATES.has(s)) {
      if (this.#startedCall !== call || this.#startedAt === undefined) {
        this.#startedCall = call;
        this.#startedAt = Date.now();
        this.now = this.#startedAt;
      }
    } else {
      this.#startedAt = undefined;
      this.#startedCall = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.#call.state;
    const known = (CALL_STATES as readonly string[]).includes(s ?? 'None');
    const current = s ? (known ? stateName(s) : 'unknown') : 'none';
    const states: Record<string, boolean> = {};
    for (const name of STATE_NAMES) states[name] = name === current;
    states.reconnecting = this.#diagnostics.isBad('network', 'networkReconnect');
    states.incoming = this.#incoming.length > 0;
    this.setStates(states);

    if (this.#startedAt !== undefined && this.isConnected) this.#startTicker();
    else this.#stopTicker();

    this.#ring(s === 'Ringing' || this.#incoming.length > 0);
  }

  #startTicker() {
    if (this.#ticker) return;
    this.#ticker = setInterval(() => (this.now = Date.now()), 1000);
  }

  #stopTicker() {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  /** @internal Whether the 1 s duration ticker runs (for tests). */
  get tickerRunning(): boolean {
    return this.#ticker !== undefined;
  }

  #audio(): HTMLAudioElement | null {
    return this.renderRoot?.querySelector('audio') ?? null;
  }

  #ring(on: boolean) {
    const audio = this.#audio();
    if (!audio) {
      this.#ringing = false;
      return;
    }
    if (on && !this.#ringing) {
      this.#ringing = true;
      audio.currentTime = 0;
      // Autoplay may be refused before a user gesture: the visual state is the primary signal.
      audio.play()?.catch(() => {});
    } else if (!on && this.#ringing) {
      this.#ringing = false;
      audio.pause();
    }
  }

  #onDiagnostic(change: DiagnosticChange) {
    if (change.diagnostic !== 'networkReconnect') return;
    if (change.value === Quality.Poor || change.value === Quality.Bad) {
      this.#reconnectSeen = true;
      this.recovered = false;
      clearTimeout(this.#recoveredTimer);
    } else if (change.value === Quality.Good && this.#reconnectSeen) {
      this.#reconnectSeen = false;
      this.recovered = true;
      clearTimeout(this.#recoveredTimer);
      this.#recoveredTimer = setTimeout(() => (this.recovered = false), RECOVERED_NOTICE_MS);
    }
  }

  #followIncoming(force: boolean) {
    const next = this.#incoming;
    const same = next.length === this.#followed.length && next.every((c, i) => c === this.#followed[i]);
    if (same && !force) return;
    this.#incomingSubs.release();
    this.#followed = next;
    if (!this.isConnected) return;
    if (next.length) this.incomingEnded = false;
    for (const call of next) {
      this.#incomingSubs.add(call, ['callEnded'], () => {
        this.#done.add(call);
        this.incomingEnded = true;
        this.#followIncoming(false);
        this.requestUpdate();
      });
    }
  }

  #stateLabel(s: CallState | undefined): string {
    const t = this.#localize;
    if (!s) return t.term('stateNone');
    const key = `state${s}` as keyof CallStatusStrings;
    if ((CALL_STATES as readonly string[]).includes(s) && key in callStatusStrings) {
      return t.term(key as Exclude<keyof CallStatusStrings, 'stateUnknown' | 'endFailed' | 'endUnknown' | 'incoming'>);
    }
    return t.term('stateUnknown', String(s));
  }

  #endMessage(): string | undefined {
    const call = this.#call.call;
    if (!call || call.state !== 'Disconnected') return undefined;
    const reason = call.callEndReason;
    const kind = endReasonKind(reason);
    if (!kind || !reason) return undefined;
    const sub = reason.subCode === undefined ? '-' : String(reason.subCode);
    if (kind === 'failed') return this.#localize.term('endFailed', reason.code, sub);
    if (kind === 'unknown') return this.#localize.term('endUnknown', reason.code, sub);
    return this.#localize.term(END_KEYS[kind] as 'endNormal');
  }

  async #accept(call: IncomingCall, video: boolean) {
    await this.#action.run(video ? 'acceptVideo' : 'accept', async () => {
      let options;
      if (video) {
        const sdk = this.activeSdk;
        const cameras = (await this.activeDeviceManager?.getCameras()) ?? [];
        if (!sdk || !cameras.length) throw new NoCameraError();
        options = { videoOptions: { localVideoStreams: [new sdk.LocalVideoStream(cameras[0])] } };
      }
      await call.accept(options);
      this.#done.add(call);
      this.#followIncoming(false);
    });
  }

  async #reject(call: IncomingCall) {
    await this.#action.run('reject', async () => {
      await call.reject();
      this.#done.add(call);
      this.#followIncoming(false);
    });
  }

  #renderIncoming(call: IncomingCall): TemplateResult {
    const t = this.#localize;
    const name = call.callerInfo?.displayName?.trim() || t.term('unknownCaller');
    const busy = this.#action.pending !== undefined;
    const guard = (fn: () => void) => () => {
      if (!busy) fn();
    };
    return html`<div class="incoming" part="incoming" role="group" aria-label=${t.term('incoming', name)}>
      <p class="caller" part="caller">${t.term('incoming', name)}</p>
      <button
        class="accept"
        part="button accept"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${guard(() => this.#accept(call, false))}
      >
        ${t.term('accept')}
      </button>
      <button
        class="accept"
        part="button accept-video"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${guard(() => this.#accept(call, true))}
      >
        ${t.term('acceptVideo')}
      </button>
      <button
        class="reject"
        part="button reject"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${guard(() => this.#reject(call))}
      >
        ${t.term('reject')}
      </button>
    </div>`;
  }

  #errorText(): string | undefined {
    const error = this.#action.error;
    if (!error) return undefined;
    if (error.error instanceof NoCameraError) return this.#localize.term('noCamera');
    return this.#localize.term(error.operation === 'reject' ? 'rejectFailed' : 'acceptFailed');
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const s = this.#call.state;
    const reconnecting =
      this.#call.call && s !== 'Disconnected' && this.#diagnostics.isBad('network', 'networkReconnect');
    const end = this.#endMessage();
    const incoming = this.#incoming;
    const error = this.#errorText();
    const seconds = this.#startedAt === undefined ? undefined : (this.now - this.#startedAt) / 1000;
    return html`<div class="base" part="base" dir=${t.dir} role="group" aria-label=${t.term('region')}>
      <div class="line">
        <div class="line" part="status" role="status" aria-live="polite">
          <span class="indicator" part="indicator">${icon}</span>
          <span class="label" part="label">${this.#stateLabel(s)}</span>
          ${
            reconnecting
              ? html`<span class="notice" part="notice">${t.term('reconnecting')}</span>`
              : this.recovered
                ? html`<span class="notice" part="notice">${t.term('reconnected')}</span>`
                : nothing
          }
          ${end ? html`<span class="reason" part="reason">${end}</span>` : nothing}
          ${
            this.incomingEnded && !incoming.length
              ? html`<span class="notice" part="notice">${t.term('incomingEnded')}</span>`
              : nothing
          }
        </div>
        ${
          seconds === undefined
            ? nothing
            : html`<span class="duration" part="duration"
                ><span class="visually-hidden">${t.term('duration')} </span
                ><time datetime=${`PT${Math.floor(seconds)}S`}>${formatDuration(seconds)}</time></span
              >`
        }
      </div>
      ${incoming.map((c) => this.#renderIncoming(c))}
      ${error ? html`<p class="error" part="error" role="alert">${error}</p>` : nothing}
      ${this.ringtone ? html`<audio loop preload="auto" src=${this.ringtone}></audio>` : nothing}
    </div>`;
  }
}
