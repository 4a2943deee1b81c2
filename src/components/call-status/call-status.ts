import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { accepted, INCOMING_CALL_INPUT, reportInvalid, type SdkInput } from '../shared/input-check.js';
import { baseStyles } from '../../styles/shared.js';
import { callStatusStyles } from './call-status.styles.js';
import { incomingCallsContext } from '../../context/index.js';
import { ACTIVE_STATES, CallController } from '../../controllers/call-controller.js';
import { DiagnosticsController } from '../../controllers/diagnostics-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { clampText, isolate } from '../../i18n/text.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callStatusStrings } from '../../i18n/en/call-status.js';
import type { Call, IncomingCall } from '../../sdk/index.js';
import { endReasonKind } from './end-reasons.js';

/** `None` -> `none`, `EarlyMedia` -> `early-media`: the custom state name of a call state. */
const stateName = (s: string) => s.replace(/\B[A-Z]/g, '-$&').toLowerCase();

/** No wrong value reported (distinct from an `undefined` one). */
const NOTHING = Symbol('nothing');

/** How long the "reconnected" notice stays (a transient UI fact, the SDK has no state for it). */
const RECOVERED_NOTICE_MS = 5000;

/**
 * When each call was first seen connected (or held), shared by every status element so that one mounted later, or
 * re-created, shows the same duration (the SDK has no start time).
 */
const startTimes = new WeakMap<Call, number>();

/** `65` -> `1:05`, `3725` -> `1:02:05`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  /** Minutes or seconds within the hour / minute, two digits. */
  const pad = (n: number) => String(Math.floor(n) % 60).padStart(2, '0');
  return (s < 3600 ? Math.floor(s / 60) : `${Math.floor(s / 3600)}:${pad(s / 60)}`) + ':' + pad(s);
}

/**
 * Shows the state of a call, how long it has lasted, network reconnection, how it ended, and incoming calls.
 *
 * @summary Call state, duration, end reason and incoming calls, read live from the SDK.
 * @tagname acs-call-status
 *
 * @csspart base - The wrapper.
 * @csspart status - The live region with the state, notices and end reason.
 * @csspart indicator - The state indicator (a dot, drawn with a border so that forced colors keep it visible).
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
 * @cssstate reconnecting - The `networkReconnect` diagnostic is Poor or Bad, and the call has not ended (a
 *   connected call's label then says "Reconnecting…").
 * @cssstate poor-network - The network quality (`networkReceiveQuality` or `networkSendQuality`) is Poor or Bad
 *   (a connected call's label says "Poor connection").
 * @cssstate no-network - The `noNetwork` diagnostic is set (a connected call's label says "No network").
 * @cssstate incoming - An incoming call is ringing.
 * @cssstate ringing - The call is ringing (outgoing).
 *
 * @fires acs-error - Accepting or declining an incoming call failed.
 */
export class AcsCallStatus extends AcsDeviceElement {
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

  readonly #localize = new LocalizeController(this, 'call-status', callStatusStrings);
  // Follows the call's state (read from the SDK at render time); any change of it retires the "incoming call
  // ended" notice.
  readonly #call = new CallController(this, {
    events: ['stateChanged'],
    onEvent: () => {
      this.#incomingEnded = false;
    },
    onInvalid: this.reportInvalidCall,
  });
  readonly #diagnostics = new DiagnosticsController(this, (change) => {
    if (change.diagnostic !== 'networkReconnect') return;
    // Poor or Bad: reconnecting. Good after "reconnecting" was shown (also to an element mounted during the
    // problem): recovered, for a while (the SDK has no state for it).
    const bad = (change.value as number) > 1;
    if (bad || (change.value === 1 && this.internals.states.has('reconnecting'))) {
      clearTimeout(this.#recovered);
      this.#recovered = bad
        ? undefined
        : setTimeout(() => {
            this.#recovered = undefined;
            this.requestUpdate();
          }, RECOVERED_NOTICE_MS);
    }
  });
  readonly #action = new AsyncActionController(this, errorsOf(this));
  // Follows the ringing incoming calls' end.
  readonly #ringing = new SubscriptionController<IncomingCall, 'callEnded'>(this, {
    events: ['callEnded'],
    onEvent: (_, __, call) => {
      this.#done.add(call);
      // Ended by the caller, or elsewhere: not by an answer given here (the SDK ends it before that settles).
      this.#incomingEnded = !this.#action.pending;
    },
  });
  /** Incoming calls that ended, or were accepted or declined here (event facts the SDK has no property for). */
  readonly #done = new WeakSet<IncomingCall>();
  /** While "Reconnected" shows: the timer that hides it (a transient UI fact, the SDK has no state for it). */
  #recovered?: ReturnType<typeof setTimeout>;
  /** An incoming call ended while it was ringing (not answered here), and nothing happened since. */
  #incomingEnded?: boolean;
  #startedAt?: number;
  #ticker?: ReturnType<typeof setInterval>;
  /** The wrong value last reported as an incoming call (not reported again while it stays). */
  #reportedIncoming: unknown = NOTHING;
  /** The ringtone URL playing, if any (a new URL reloads the audio, which must then play again). */
  #ringtonePlaying?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#ticker = void clearInterval(this.#ticker);
    // A transient notice does not outlive the element's removal (its timer could not hide it any more).
    this.#recovered = void clearTimeout(this.#recovered);
    this.#ring(false);
  }

  /** The incoming calls in effect that are still ringing (values that are not incoming calls are left out). */
  get #incoming(): readonly IncomingCall[] {
    const list: unknown = this.incomingCalls;
    const single = this.incomingCall;
    const given = list != null ? (Array.isArray(list) ? list : []) : single != null ? [single] : undefined;
    const all = given?.map((c) => accepted(c, INCOMING_CALL_INPUT)) ?? this.contextIncomingCalls ?? [];
    return all.filter((c): c is IncomingCall => !!c && !this.#done.has(c) && !c.callEndReason);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('incomingCall') || changed.has('incomingCalls')) this.#checkIncoming();
    const call = this.activeCall;
    if (call !== this.#call.target) this.#recovered = void clearTimeout(this.#recovered);
    this.#call.target = call;
    this.#diagnostics.set(call, this.activeSdk);
    const incoming = this.#incoming;
    if (incoming.length) this.#incomingEnded = false;
    this.#ringing.follow(incoming);
    this.#startedAt =
      call && ACTIVE_STATES.has(call.state)
        ? (startTimes.get(call) ?? startTimes.set(call, Date.now()).get(call))
        : undefined;
  }

  /**
   * Reports the first value given as an incoming call that is not one (they are left out), once: a framework that
   * passes a fresh array with the same wrong value on every render is not told again.
   */
  #checkIncoming(): void {
    const list: unknown = this.incomingCalls;
    let bad: [property: string, value: unknown, input: SdkInput<unknown>] | undefined;
    if (list != null && !Array.isArray(list))
      bad = [
        'incomingCalls',
        list,
        { ...INCOMING_CALL_INPUT, expected: `an array of ${INCOMING_CALL_INPUT.expected}` },
      ];
    else if (list) {
      const index = list.findIndex((c) => !accepted(c, INCOMING_CALL_INPUT));
      if (index >= 0) bad = ['incomingCalls', list[index], INCOMING_CALL_INPUT];
    } else if (this.incomingCall != null && !accepted(this.incomingCall, INCOMING_CALL_INPUT))
      bad = ['incomingCall', this.incomingCall, INCOMING_CALL_INPUT];
    if (bad && bad[1] !== this.#reportedIncoming) reportInvalid(this, ...bad);
    this.#reportedIncoming = bad ? bad[1] : NOTHING;
  }

  protected override updated(): void {
    if (this.#startedAt === undefined || !this.isConnected) this.#ticker = void clearInterval(this.#ticker);
    else this.#ticker ??= setInterval(() => this.requestUpdate(), 1000);
    this.#ring(this.#call.target?.state === 'Ringing' || this.#incoming.length > 0);
  }

  #ring(on: boolean) {
    const audio = this.renderRoot?.querySelector('audio');
    const url = (on && audio?.src) || undefined;
    if (audio && url !== this.#ringtonePlaying) {
      if (url) {
        audio.currentTime = 0;
        // Autoplay may be refused before a user gesture: the visual state is the primary signal.
        audio.play()?.catch(() => {});
      } else audio.pause();
    }
    this.#ringtonePlaying = url;
  }

  /** Accepts (with the first camera when `video`) or declines an incoming call. */
  #answer(call: IncomingCall, operation: 'accept' | 'acceptVideo' | 'reject') {
    void this.#action.run(operation, async () => {
      if (operation === 'reject') await call.reject();
      else if (operation === 'accept') await call.accept();
      else {
        const sdk = this.activeSdk;
        const [camera] = (await this.activeDeviceManager?.getCameras()) ?? [];
        // Developer-facing (the acs-error detail); the user sees `acceptVideoFailed`, which suggests a way out.
        if (!sdk || !camera) throw new Error('No camera is available for video.');
        await call.accept({ videoOptions: { localVideoStreams: [new sdk.LocalVideoStream(camera)] } });
      }
      this.#done.add(call);
    });
  }

  #renderIncoming(ringing: IncomingCall): TemplateResult {
    const t = this.#localize;
    const caller = ringing.callerInfo?.displayName?.trim();
    // The name isolated (its direction cannot reorder the sentence); the accessible name clamped (readable), the
    // whole name in the tooltip.
    const name = t.term('incoming', caller ? isolate(clampText(caller, 64)) : t.term('unknownCaller'));
    const full = caller ? t.term('incoming', isolate(caller)) : name;
    const button = (operation: 'accept' | 'acceptVideo' | 'reject', part: string) =>
      html`<button
        part="button ${part}"
        aria-disabled=${!!this.#action.pending}
        @click=${() => this.#answer(ringing, operation)}
      >
        ${t.term(operation)}
      </button>`;
    return html`<div part="incoming" role="group" aria-label=${name}>
      <span part="caller" role="alert" aria-label=${name} title=${full}>${full}</span>
      ${button('accept', 'accept')} ${button('acceptVideo', 'accept-video')} ${button('reject', 'reject')}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const call = this.#call.target;
    const s = call?.state ?? 'None';
    // Every state this version knows has its label (the table's type requires one per `CallState`).
    const known = `state${s}` in callStatusStrings;
    // Network notices concern a call that has not ended (without a call there is no diagnostic at all).
    const live = s !== 'Disconnected';
    const reconnecting = live && this.#diagnostics.isBad('network', 'networkReconnect');
    const bad = (name: 'noNetwork' | 'networkReceiveQuality' | 'networkSendQuality') =>
      live && this.#diagnostics.isBad('network', name);
    const noNetwork = bad('noNetwork');
    const poor = bad('networkReceiveQuality') || bad('networkSendQuality');
    // While connected, a bad network is the state a user needs to know (not "Connected").
    const network =
      s === 'Connected' &&
      (reconnecting ? 'networkReconnecting' : noNetwork ? 'networkNone' : poor ? 'networkPoor' : undefined);
    const reason = !live && call!.callEndReason;
    // Every kind of end has one message, `end<Kind>` (Failed and Unknown show the code).
    const end = reason && t.term(`end${endReasonKind(reason)}` as 'endFailed', reason.code, reason.subCode ?? '-');
    const incoming = this.#incoming;
    const error = this.#action.error;
    const seconds = this.#startedAt === undefined ? undefined : (Date.now() - this.#startedAt) / 1000;
    const notice = reconnecting
      ? t.term('reconnecting')
      : live && this.#recovered
        ? t.term('reconnected')
        : this.#incomingEnded && !incoming.length && t.term('incomingEnded');
    // Exactly these custom states: the call's (or `unknown`), and `reconnecting`, `incoming` when they apply.
    const states = this.internals.states;
    states.clear();
    states.add(known ? stateName(s) : 'unknown');
    if (reconnecting) states.add('reconnecting');
    if (poor) states.add('poor-network');
    if (noNetwork) states.add('no-network');
    if (incoming.length) states.add('incoming');
    return html`<div class="base" part="base" dir=${t.dir} role="group" aria-label=${t.term('region')}>
      <div class="row">
        <div part="status" role="status">
          <span part="indicator"></span>
          <b part="label">
            ${network ? t.term(network) : known ? t.term(`state${s}` as 'stateNone') : t.term('unknownState', s)}
          </b>
          ${notice ? html`<span class="small" part="notice">${notice}</span>` : nothing}
          ${end ? html`<span class="small" part="reason">${end}</span>` : nothing}
        </div>
        ${
          seconds === undefined
            ? nothing
            : html`<span part="duration" role="timer" aria-label=${t.term('duration')}>
                <time datetime=${`PT${Math.floor(seconds)}S`}>${formatDuration(seconds)}</time>
              </span>`
        }
      </div>
      ${incoming.map((ringing) => this.#renderIncoming(ringing))}
      ${
        error && incoming.length
          ? html`<div class="small" part="error" role="alert">${t.term(`${error.operation as 'accept'}Failed`)}</div>`
          : nothing
      }
      ${this.ringtone ? html`<audio loop preload="auto" src=${this.ringtone}></audio>` : nothing}
    </div>`;
  }
}
