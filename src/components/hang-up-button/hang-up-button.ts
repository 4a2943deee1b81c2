import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AcsCallElement, setStates } from '../shared/acs-element.js';
import { controlStyles, ICONS, renderControl } from '../shared/control.js';
import { baseStyles } from '../../styles/shared.js';
import { hangUpButtonStyles } from './hang-up-button.styles.js';
import { CallController } from '../../controllers/call-controller.js';
import { CapabilitiesController } from '../../controllers/capabilities-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { hangUpButtonStrings } from '../../i18n/en/hang-up-button.js';
import type { Call } from '../../sdk/index.js';

/**
 * Leaves the call (`call.hangUp()`), and, when the call grants it (capability `hangUpForEveryOne`: a Rooms or
 * Teams organiser), offers "End for everyone" behind a confirmation (`call.hangUp({forEveryone: true})`). A call
 * that has ended, or is ending, is left alone: the SDK rejects `hangUp` on it (490/4525).
 *
 * @summary Leave the call, or end it for everyone (with a confirmation) when allowed.
 * @tagname acs-hang-up-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The "Leave" `<button>`.
 * @csspart icon - The hang-up icon.
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or that the call is being left.
 * @csspart end-for-everyone - The "End for everyone" button (only when the call grants it).
 * @csspart confirm - The confirmation: its question and buttons.
 * @csspart confirm-button - "End the call" in the confirmation.
 * @csspart cancel-button - "Cancel" in the confirmation.
 * @csspart error - A failed hang-up.
 *
 * @cssproperty --acs-control-size - Minimum width and height of the button (every control).
 * @cssproperty --acs-control-border-color - Border color.
 * @cssproperty --acs-control-radius - Corner radius.
 * @cssproperty --acs-control-hint-color - Hint text color.
 * @cssproperty --acs-hang-up-button-background - Background of "Leave" (default: the danger color).
 * @cssproperty --acs-hang-up-button-color - Icon and text color of "Leave".
 *
 * @cssstate pending - Leaving or ending.
 * @cssstate disabled - There is no call to leave (see the hint).
 * @cssstate can-end-for-everyone - The call grants ending it for everyone.
 * @cssstate confirming - The confirmation to end the call for everyone is shown.
 * @cssstate error - The last hang-up failed.
 *
 * @fires acs-error - Hanging up failed (`operation`: `hangUp`, `endForEveryone`).
 */
export class AcsHangUpButton extends AcsCallElement {
  static override styles = [baseStyles, controlStyles, hangUpButtonStyles];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  /** @internal The confirmation to end the call for everyone is shown. */
  @state() protected confirming = false;

  readonly #t = new LocalizeController(this, 'hang-up-button', hangUpButtonStrings);
  readonly #call = new CallController(this, { events: ['stateChanged'], onInvalid: this.reportInvalidCall });
  readonly #capabilities = new CapabilitiesController(this);
  readonly #action = new AsyncActionController(this, errorsOf(this));
  #commanded?: Call;

  /** Whether the call can be left now (it exists and has not ended, nor is ending). */
  get #live(): boolean {
    const state = this.activeCall?.state;
    return !!state && state !== 'Disconnected' && state !== 'Disconnecting';
  }

  /**
   * Leaves the call (`forEveryone`: ends it for everyone, when the call grants it). Does nothing while a hang-up is
   * in flight or when the call has ended. Resolves `true` when the SDK accepted it.
   */
  async hangUp(forEveryone = false): Promise<boolean> {
    const call = this.activeCall;
    if (!call || !this.#live || this.#action.pending) return false;
    if (forEveryone && !this.#capabilities.grants('hangUpForEveryOne')) return false;
    this.confirming = false;
    this.#commanded = call;
    return this.#action.run(forEveryone ? 'endForEveryone' : 'hangUp', () =>
      call.hangUp(forEveryone ? { forEveryone: true } : undefined),
    );
  }

  /**
   * Opens or closes the confirmation. Open, focus goes to "Cancel" (the least destructive choice, as for every
   * alert dialog); closed, back to "End for everyone".
   */
  #confirm(open: boolean): void {
    this.confirming = open;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(open ? '[part=cancel-button]' : '[part=end-for-everyone]')?.focus(),
    );
  }

  /** "End the call" in the confirmation: focus goes to "Leave", which then says what happened. */
  async #endForEveryone(): Promise<void> {
    const done = this.hangUp(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus();
    await done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#call.target = this.activeCall;
    this.#capabilities.set(this.activeCall, this.activeSdk);
    if (!this.#live) this.confirming = false;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const call = this.activeCall;
    const live = this.#live;
    const pending = !!this.#action.pending;
    const canEnd = live && this.#capabilities.grants('hangUpForEveryOne');
    const error = this.#commanded === call && live ? this.#action.error : undefined;
    setStates(this.internals, {
      pending,
      disabled: !live,
      'can-end-for-everyone': canEnd,
      confirming: this.confirming,
      error: !!error,
    });
    const hint = !call ? t.term('noCall') : !live ? t.term('ended') : pending ? t.term('leaving') : '';
    const confirm = this.confirming
      ? html`<div
          class="confirm"
          part="confirm"
          role="alertdialog"
          aria-labelledby="question"
          @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#confirm(false)}
        >
          <p id="question">${t.term('confirmQuestion')}</p>
          <div class="actions">
            <button part="confirm-button" class="danger" @click=${this.#endForEveryone}>${t.term('confirm')}</button>
            <button part="cancel-button" @click=${() => this.#confirm(false)}>${t.term('cancel')}</button>
          </div>
        </div>`
      : nothing;
    const after = canEnd
      ? html`<div class="actions">
            <button
              part="end-for-everyone"
              aria-expanded=${this.confirming}
              aria-disabled=${pending}
              @click=${() => !pending && this.#confirm(!this.confirming)}
            >
              ${t.term('endForEveryone')}
            </button>
          </div>
          ${confirm}`
      : nothing;
    return renderControl(
      {
        label: t.term('leave'),
        icon: ICONS.hangUp,
        disabled: !live,
        pending,
        hint,
        error: error ? t.term(error.operation === 'endForEveryone' ? 'endFailed' : 'hangUpFailed') : undefined,
        labelHidden: this.labelHidden,
      },
      () => void this.hangUp(),
      t.dir,
      after,
    );
  }
}
