import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AcsCallElement, setStates } from '../shared/acs-element.js';
import { controlStyles, ICONS, renderControl } from '../shared/control.js';
import { baseStyles } from '../../styles/shared.js';
import { CallController } from '../../controllers/call-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { holdButtonStrings } from '../../i18n/en/hold-button.js';
import type { Call } from '../../sdk/index.js';

/**
 * Puts the call on hold and resumes it (`call.hold()` / `call.resume()`), showing the SDK's state: `LocalHold` is
 * "on hold" (the button resumes), `RemoteHold` says the other side put the call on hold (nothing to do here).
 *
 * @summary Hold or resume the call, showing a hold by the other side.
 * @tagname acs-hold-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The `<button>`; its label says what a click does ("Hold" / "Resume").
 * @csspart icon - The pause (hold) or play (resume) icon.
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or that the call is on hold.
 * @csspart error - A failed hold or resume.
 *
 * @cssproperty --acs-control-size - Minimum width and height of the button (every control).
 * @cssproperty --acs-control-background - Background while not on hold.
 * @cssproperty --acs-control-color - Icon and text color while not on hold.
 * @cssproperty --acs-control-background-on - Background while on hold.
 * @cssproperty --acs-control-color-on - Icon and text color while on hold.
 * @cssproperty --acs-control-border-color - Border color.
 * @cssproperty --acs-control-radius - Corner radius.
 * @cssproperty --acs-control-hint-color - Hint text color.
 *
 * @cssstate on - The call is on hold here (`LocalHold`).
 * @cssstate remote-hold - The other side put the call on hold (`RemoteHold`).
 * @cssstate pending - Holding or resuming.
 * @cssstate disabled - The button does nothing now (see the hint).
 * @cssstate error - The last hold or resume failed.
 *
 * @fires acs-error - Holding or resuming failed (`operation`: `hold`, `resume`).
 */
export class AcsHoldButton extends AcsCallElement {
  static override styles = [baseStyles, controlStyles];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  readonly #t = new LocalizeController(this, 'hold-button', holdButtonStrings);
  readonly #call = new CallController(this, { events: ['stateChanged'], onInvalid: this.reportInvalidCall });
  readonly #action = new AsyncActionController(this, errorsOf(this));
  #commanded?: Call;

  /** Whether the call is on hold here (`call.state === 'LocalHold'`). */
  get held(): boolean {
    return this.activeCall?.state === 'LocalHold';
  }

  /** Holds or resumes, as the SDK's state says. Resolves `true` when the SDK accepted the command. */
  async toggle(): Promise<boolean> {
    const call = this.activeCall;
    if (!call || this.#action.pending || this.#why()) return false;
    this.#commanded = call;
    return call.state === 'LocalHold'
      ? this.#action.run('resume', () => call.resume())
      : this.#action.run('hold', () => call.hold());
  }

  #why(): keyof typeof holdButtonStrings | undefined {
    const state = this.activeCall?.state;
    if (state === 'Disconnected' || state === 'Disconnecting') return 'ended';
    if (state === 'RemoteHold') return 'remoteHold';
    if (state !== 'Connected' && state !== 'LocalHold') return 'unavailable';
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#call.target = this.activeCall;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const call = this.activeCall;
    const held = this.held;
    const why = this.#why();
    const live = call?.state === 'Connected' || call?.state === 'LocalHold';
    const error = this.#commanded === call && live ? this.#action.error : undefined;
    setStates(this.internals, {
      on: held,
      'remote-hold': call?.state === 'RemoteHold',
      pending: !!this.#action.pending,
      disabled: !!why,
      error: !!error,
    });
    return renderControl(
      {
        label: t.term(held ? 'resume' : 'hold'),
        icon: held ? ICONS.resume : ICONS.hold,
        disabled: !!why,
        pending: !!this.#action.pending,
        hint: why ? t.term(why) : held ? t.term('onHold') : '',
        error: error ? t.term(error.operation === 'resume' ? 'resumeFailed' : 'holdFailed') : undefined,
        labelHidden: this.labelHidden,
      },
      this.toggle,
      t.dir,
    );
  }
}
