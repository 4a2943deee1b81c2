import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AcsCallElement, setStates } from '../shared/acs-element.js';
import { controlStyles, ICONS, renderControl } from '../shared/control.js';
import { baseStyles } from '../../styles/shared.js';
import { CallController } from '../../controllers/call-controller.js';
import { CapabilitiesController } from '../../controllers/capabilities-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { screenShareButtonStrings } from '../../i18n/en/screen-share-button.js';
import type { Call } from '../../sdk/index.js';

/** Whether this browser can share a screen (`getDisplayMedia`: not on phones, nor in some in-app browsers). */
export const canShareScreen = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';

/**
 * Starts and stops sharing the screen in a call (`call.startScreenSharing()` / `stopScreenSharing()`), showing what
 * the SDK says (`call.isScreenSharingOn`): sharing stopped from the browser's own "Stop sharing" bar shows at once.
 * Starting opens the browser's window to choose a screen, a window or a tab; a user who closes it gets a short
 * explanation, not a failure they caused.
 *
 * @summary Share the screen in a call, or stop sharing, with not-supported and not-allowed states.
 * @tagname acs-screen-share-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The `<button>`; its label says what a click does ("Share screen" / "Stop sharing").
 * @csspart icon - The screen icon.
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or that the screen is being shared.
 * @csspart error - A failed start or stop.
 *
 * @cssproperty --acs-control-size - Minimum width and height of the button (every control).
 * @cssproperty --acs-control-background - Background while not sharing.
 * @cssproperty --acs-control-color - Icon and text color while not sharing.
 * @cssproperty --acs-control-background-on - Background while sharing.
 * @cssproperty --acs-control-color-on - Icon and text color while sharing.
 * @cssproperty --acs-control-border-color - Border color.
 * @cssproperty --acs-control-radius - Corner radius.
 * @cssproperty --acs-control-hint-color - Hint text color.
 *
 * @cssstate on - The screen is being shared.
 * @cssstate pending - Starting or stopping.
 * @cssstate disabled - The button does nothing now (see the hint).
 * @cssstate not-supported - This browser cannot share a screen.
 * @cssstate not-allowed - The call does not allow screen sharing (capability `shareScreen`).
 * @cssstate error - The last start or stop failed.
 *
 * @fires acs-error - Starting or stopping failed (`operation`: `startScreenSharing`, `stopScreenSharing`).
 */
export class AcsScreenShareButton extends AcsCallElement {
  static override styles = [baseStyles, controlStyles];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  readonly #t = new LocalizeController(this, 'screen-share-button', screenShareButtonStrings);
  readonly #call = new CallController(this, {
    events: ['stateChanged', 'isScreenSharingOnChanged'],
    onInvalid: this.reportInvalidCall,
  });
  readonly #capabilities = new CapabilitiesController(this);
  readonly #action = new AsyncActionController(this, errorsOf(this));
  /** The call the last command was for: its error is shown only while that call is shown. */
  #commanded?: Call;

  /** Whether the SDK says the screen is being shared (`call.isScreenSharingOn`). */
  get sharing(): boolean {
    return !!this.activeCall?.isScreenSharingOn;
  }

  /**
   * Starts or stops sharing, as the SDK says it is now. Does nothing while a command is in flight, outside a
   * connected call, without screen sharing in this browser, or when the call does not allow it. Resolves `true`
   * when the SDK accepted the command.
   */
  async toggle(): Promise<boolean> {
    const call = this.activeCall;
    if (!call || this.#action.pending || this.#why()) return false;
    this.#commanded = call;
    return call.isScreenSharingOn
      ? this.#action.run('stopScreenSharing', () => call.stopScreenSharing())
      : this.#action.run('startScreenSharing', () => call.startScreenSharing());
  }

  #why(): keyof typeof screenShareButtonStrings | undefined {
    const call = this.activeCall;
    if (call?.state === 'Disconnected' || call?.state === 'Disconnecting') return 'ended';
    if (call?.state !== 'Connected') return 'unavailable';
    if (call.isScreenSharingOn) return undefined;
    if (!canShareScreen()) return 'notSupported';
    if (!this.#capabilities.allows('shareScreen')) return 'notAllowed';
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#call.target = this.activeCall;
    this.#capabilities.set(this.activeCall, this.activeSdk);
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const call = this.activeCall;
    const on = this.sharing;
    const why = this.#why();
    const error = this.#commanded === call && call?.state === 'Connected' ? this.#action.error : undefined;
    setStates(this.internals, {
      on,
      pending: !!this.#action.pending,
      disabled: !!why,
      'not-supported': why === 'notSupported',
      'not-allowed': why === 'notAllowed',
      error: !!error,
    });
    return renderControl(
      {
        label: t.term(on ? 'stop' : 'start'),
        icon: ICONS.screen,
        disabled: !!why,
        pending: !!this.#action.pending,
        hint: why ? t.term(why) : on ? t.term('sharing') : '',
        error: error ? t.term(error.operation as 'stopScreenSharing') : undefined,
        labelHidden: this.labelHidden,
      },
      this.toggle,
      t.dir,
    );
  }
}
