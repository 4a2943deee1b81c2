import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { AcsCallElement, setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { muteButtonStyles } from './mute-button.styles.js';
import { controlStyles, controlTooltip, tooltipEvents } from '../shared/control.js';
import { CallController } from '../../controllers/call-controller.js';
import { DiagnosticsController } from '../../controllers/diagnostics-controller.js';
import { CapabilitiesController } from '../../controllers/capabilities-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { PermissionStatusController, browserEnvironment } from '../../controllers/permission-status-controller.js';
import type { KeyboardShortcut } from '../../controllers/shortcut-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { muteButtonStrings } from '../../i18n/en/mute-button.js';
import type { CallState, MediaDiagnosticName } from '../../sdk/index.js';

/**
 * The call states in which the button acts. Muting is a local media operation that the SDK accepts once the call
 * has media (EarlyMedia, Connected), on either kind of hold (the mute state is kept across hold/resume) and in a
 * meeting lobby (users may prepare their microphone while waiting). Not in None, Connecting, Ringing (no media yet:
 * the checklist says "no mute while Ringing"), Disconnecting or Disconnected.
 */
export const MUTE_STATES: ReadonlySet<string> = new Set<CallState>([
  'EarlyMedia',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
]);

// iPhone, iPad (also when it says Macintosh, with touch), iPod.
const isIos = () => /iPhone|iPad|iPod|Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1;

/** The microphone, and the slash drawn over it while muted. */
const MIC =
  'M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1a7 7 0 0 0 6-6.9h-2Z';
const SLASH = 'M2 3.3 3.3 2 22 20.7 20.7 22Z';

/**
 * A microphone toggle that shows and changes `call.isMuted`, deciding from the SDK, never from its own flag.
 *
 * Keyboard shortcut (opt-in, a separate module so that pages without it do not download it):
 * `button.shortcut = new MuteShortcutController(button)` (exported by the package) makes Ctrl+Shift+M (Cmd+Shift+M
 * on macOS) anywhere in the document toggle the microphone, with `aria-keyshortcuts` and a spoken result;
 * `button.shortcut = undefined` removes it.
 *
 * @summary Mute / unmute the microphone in a call, with pending, not-allowed, permission and system-mute states.
 * @tagname acs-mute-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The `<button>`; its label says what a click does ("Mute" / "Unmute").
 * @csspart icon - The microphone icon (inline SVG, struck through while muted).
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or what happened (muted by the system, by others ...).
 * @csspart guide - The link to the permission guide (with `guide-href`).
 * @csspart error - A failed mute/unmute.
 *
 * @cssproperty --acs-mute-button-size - Minimum width and height of the button. Each `--acs-mute-button-*` token falls
 *   back to the shared control token (`--acs-control-size`, `--acs-control-background`, ...), which themes every
 *   call control at once.
 * @cssproperty --acs-mute-button-background - Background while unmuted.
 * @cssproperty --acs-mute-button-color - Icon and text color while unmuted.
 * @cssproperty --acs-mute-button-background-muted - Background while muted.
 * @cssproperty --acs-mute-button-color-muted - Icon and text color while muted.
 * @cssproperty --acs-mute-button-border-color - Border color.
 * @cssproperty --acs-mute-button-radius - Corner radius.
 * @cssproperty --acs-mute-button-hint-color - Hint text color.
 * @cssproperty --acs-mute-button-warning-color - Hint color for "muted by the system" and "speaking while muted".
 *
 * @cssstate muted - The SDK says the microphone is muted.
 * @cssstate pending - A mute or unmute is in flight.
 * @cssstate disabled - The call is in a state where muting makes no sense (or there is no call).
 * @cssstate not-allowed - The call does not allow unmuting (capability `unmuteMic` missing).
 * @cssstate permission-denied - The microphone permission is denied.
 * @cssstate muted-by-system - `microphoneMuteUnexpectedly` or `microphoneNotFunctioning` is reported.
 * @cssstate muted-by-others - Another participant muted the user (until the user unmutes).
 * @cssstate speaking-while-muted - The SDK detects speech while muted.
 * @cssstate error - The last mute or unmute failed.
 *
 * @fires acs-error - A mute or unmute failed (the button keeps showing the SDK's real state).
 */
export class AcsMuteButton extends AcsCallElement {
  static override styles = [baseStyles, controlStyles, muteButtonStyles];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  /** URL of the page (or `#id` of the `<acs-permission-guide>`) that explains how to allow the microphone. */
  @property({ attribute: 'guide-href' }) guideHref?: string;

  /**
   * A keyboard shortcut for the button (`button.shortcut = new MuteShortcutController(button)`): its keys become
   * the button's `aria-keyshortcuts`, and what it did is announced.
   */
  @property({ attribute: false }) shortcut?: KeyboardShortcut;

  /** A click to unmute was refused because the microphone permission is denied (a transient UI fact). */
  #refused = false;
  /** The `mutedByOthers` event arrived (the SDK keeps no property for it) and the user has not unmuted since. */
  #byOthers = false;
  /** The call the last toggle was for: its error is shown only while that call is the one shown, and usable. */
  #toggled?: unknown;

  readonly #localize = new LocalizeController(this, 'mute-button', muteButtonStrings);
  // Follows the three call events that change what the button shows; render reads `call.isMuted` and `call.state`.
  readonly #call = new CallController(this, {
    events: ['stateChanged', 'isMutedChanged', 'mutedByOthers'],
    onEvent: (event) => {
      if (event === 'mutedByOthers') this.#byOthers = true;
    },
    onInvalid: this.reportInvalidCall,
  });
  readonly #diagnostics = new DiagnosticsController(this);
  readonly #capabilities = new CapabilitiesController(this);
  readonly #action = new AsyncActionController(this, errorsOf(this));
  // Watches the microphone's permission (a site setting changed elsewhere shows at once); never asks. Allowed
  // again, it retires the "blocked" hint of a refused unmute.
  readonly #permission = new PermissionStatusController(this, {
    kinds: ['audio'],
    onState: (_, state, first) => {
      if (!first && state !== 'denied') this.#refused = false;
    },
  });

  /** Whether the SDK says the microphone is muted (`call.isMuted`; `false` without a call). */
  get muted(): boolean {
    return !!this.activeCall?.isMuted;
  }

  /** @internal Listeners this element holds outside the SDK (the permission status). */
  get domListenerCount(): number {
    return this.#permission.listenerCount;
  }

  get #denied(): boolean {
    return (
      this.#permission.state('audio') === 'denied' || this.#diagnostics.isBad('media', 'microphonePermissionDenied')
    );
  }

  /**
   * Mutes or unmutes, as the SDK's `call.isMuted` says (never from a UI flag). Does nothing while a toggle is in
   * flight, when the call state does not allow it, when unmuting is not allowed, or (unmute) when the microphone
   * permission is denied. Resolves `true` when the SDK accepted the command.
   */
  async toggle(): Promise<boolean> {
    const call = this.activeCall;
    if (!call || !MUTE_STATES.has(call.state) || this.#action.pending) return false;
    const unmute = call.isMuted;
    if (unmute && !this.#capabilities.allows('unmuteMic')) return false;
    // An unmute refused because the permission is denied shows the hint (and the guide link).
    this.#refused = unmute && this.#denied;
    this.#toggled = call;
    this.requestUpdate();
    return !this.#refused && this.#action.run(unmute ? 'unmute' : 'mute', () => (unmute ? call.unmute() : call.mute()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const call = this.activeCall;
    const sdk = this.activeSdk;
    if (call !== this.#call.target || !call?.isMuted) this.#byOthers = false;
    this.#call.target = call;
    this.#diagnostics.set(call, sdk);
    this.#capabilities.set(call, sdk);
    this.#permission.environment = sdk?.environment ?? browserEnvironment();
    if (changed.has('shortcut')) {
      const previous = changed.get('shortcut');
      if (previous) {
        previous.hostDisconnected?.();
        this.removeController(previous);
      }
      if (this.shortcut) this.addController(this.shortcut);
    }
  }

  protected override render(): TemplateResult {
    const t = this.#localize;
    const call = this.#call.target;
    const muted = !!call?.isMuted;
    const usable = !!call && MUTE_STATES.has(call.state);
    const pending = !!this.#action.pending;
    const notAllowed = usable && muted && !this.#capabilities.allows('unmuteMic');
    const denied = this.#denied;
    const refused = this.#refused && denied;
    const bad = (name: MediaDiagnosticName) => this.#diagnostics.isBad('media', name);
    const system = bad('microphoneMuteUnexpectedly');
    const broken = bad('microphoneNotFunctioning');
    const speaking = muted && bad('speakingWhileMicrophoneIsMuted');
    const error = usable && this.#toggled === call ? this.#action.error : undefined;
    const disabled = !usable || notAllowed;
    const shortcut = this.shortcut;

    const hint = !usable
      ? 'unavailable'
      : notAllowed
        ? 'notAllowed'
        : refused
          ? 'denied'
          : system
            ? isIos()
              ? 'systemIos'
              : 'system'
            : broken
              ? 'broken'
              : this.#byOthers
                ? 'byOthers'
                : speaking && 'speaking';

    setStates(this.internals, {
      muted,
      pending,
      disabled: !usable,
      'not-allowed': notAllowed,
      'permission-denied': denied,
      'muted-by-system': usable && (system || broken),
      'muted-by-others': usable && this.#byOthers,
      'speaking-while-muted': speaking,
      error: !!error,
    });

    return html`<div
      class="base"
      part="base"
      dir=${t.dir}
      @keydown=${tooltipEvents.keydown}
      @pointerleave=${tooltipEvents.reset}
      @focusout=${tooltipEvents.reset}
    >
      <button
        part="button"
        aria-disabled=${disabled}
        aria-busy=${pending}
        aria-describedby="hint"
        aria-keyshortcuts=${ifDefined(shortcut?.keys)}
        @click=${this.toggle}
      >
        <slot name="icon">
          <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${muted ? MIC + SLASH : MIC}></path></svg>
        </slot>
        <span class=${this.labelHidden ? 'visually-hidden' : ''} part="label">
          ${t.term(muted ? 'labelUnmute' : 'labelMute')}
        </span>
      </button>
      ${controlTooltip(t.term(muted ? 'labelUnmute' : 'labelMute'), this.labelHidden)}
      <p id="hint" class="hint" part="hint" role="status">${hint ? t.term(hint) : ''}</p>
      ${refused && this.guideHref ? html`<a part="guide" href=${this.guideHref}>${t.term('guide')}</a>` : nothing}
      ${error ? html`<p part="error" role="alert">${t.term(error.operation as 'mute')}</p>` : nothing}
      ${
        shortcut
          ? html`<span class="visually-hidden" role="status">
              ${keyed(
                shortcut.uses,
                html`<span>
                  ${shortcut.result === undefined ? '' : t.term(shortcut.result ? 'shortcutMuted' : 'shortcutUnmuted')}
                </span>`,
              )}
            </span>`
          : nothing
      }
    </div>`;
  }
}
