import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { AcsElement, setStates } from '../shared/acs-element.js';
import { controlStyles, ICONS, renderControl } from '../shared/control.js';
import { baseStyles } from '../../styles/shared.js';
import { joiningContext, sdkContext, type CallJoining } from '../../context/index.js';
import { PermissionStatusController, browserEnvironment } from '../../controllers/permission-status-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { joinButtonStrings } from '../../i18n/en/join-button.js';
import type { AcsSdk, Call } from '../../sdk/index.js';

/**
 * Joins the call its `<acs-call-provider>` is configured for (`group-id`, `room-id`, `meeting-link`, or
 * `simulated`), for pages that do not join by themselves (`autojoin`). It says why it cannot join yet (the SDK is
 * loading, the microphone is blocked), shows the join in progress, and offers "Rejoin" after the user left or the
 * call dropped. One join at a time: a double click joins once. Failures are shown and reported by the provider.
 *
 * @summary Join the provider's call, or rejoin it, with preparing, joining and blocked-microphone states.
 * @tagname acs-join-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The `<button>`; its label says what a click does ("Join call", "Rejoin", "Try again").
 * @csspart icon - The phone icon.
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or that the join is in progress.
 * @csspart guide - The link to the permission guide (with `guide-href`).
 *
 * @cssproperty --acs-control-size - Minimum width and height of the button (every control).
 * @cssproperty --acs-control-border-color - Border color.
 * @cssproperty --acs-control-radius - Corner radius.
 * @cssproperty --acs-control-hint-color - Hint text color.
 * @cssproperty --acs-join-button-background - Background (default: the accent color).
 * @cssproperty --acs-join-button-color - Icon and text color.
 *
 * @cssstate pending - Joining.
 * @cssstate disabled - The button does nothing now (see the hint).
 * @cssstate preparing - The SDK is loading, or the token is being fetched.
 * @cssstate in-call - The call is joined.
 * @cssstate rejoin - The call ended: the button rejoins.
 * @cssstate permission-denied - The microphone is blocked.
 */
export class AcsJoinButton extends AcsElement {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      [part='button'] {
        background: var(--acs-join-button-background, var(--_accent));
        color: var(--acs-join-button-color, var(--_on-accent));
        border-color: transparent;
      }
    `,
  ];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  /** URL of the page (or `#id` of the `<acs-permission-guide>`) that explains how to allow the microphone. */
  @property({ attribute: 'guide-href' }) guideHref?: string;

  /** @internal */
  @consume({ context: joiningContext, subscribe: true })
  @state()
  protected joining?: CallJoining;

  /** @internal */
  @consume({ context: sdkContext, subscribe: true })
  @state()
  protected contextSdk?: AcsSdk;

  readonly #t = new LocalizeController(this, 'join-button', joinButtonStrings);
  readonly #permission = new PermissionStatusController(this, { kinds: ['audio'] });

  /**
   * Joins the provider's call. Does nothing (resolves `undefined`) when the button is unavailable (see its hint);
   * while a join is in progress it resolves that join's call.
   */
  async join(): Promise<Call | undefined> {
    const joining = this.joining;
    if (!joining || (this.#why() && joining.state !== 'joining')) return undefined;
    return joining.join();
  }

  #why(): keyof typeof joinButtonStrings | undefined {
    const j = this.joining;
    if (!j) return 'notAvailable';
    if (j.state === 'joined') return 'inCall';
    if (j.state === 'joining' || j.state === 'waiting') return 'joining';
    if (!j.configured) return 'nothingToJoin';
    if (j.preparing) return 'preparing';
    if (this.#permission.state('audio') === 'denied') return 'denied';
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#permission.environment = this.contextSdk?.environment ?? browserEnvironment();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const why = this.#why();
    const state = this.joining?.state;
    const pending = why === 'joining';
    const again = state === 'ended' || state === 'failed';
    setStates(this.internals, {
      pending,
      disabled: !!why,
      preparing: why === 'preparing',
      'in-call': state === 'joined',
      rejoin: state === 'ended',
      'permission-denied': why === 'denied',
    });
    return renderControl(
      {
        label: t.term(state === 'failed' || this.joining?.failed ? 'retry' : again ? 'rejoin' : 'join'),
        icon: ICONS.join,
        disabled: !!why,
        pending,
        hint: why ? t.term(why) : '',
        labelHidden: this.labelHidden,
      },
      () => void this.join(),
      t.dir,
      why === 'denied' && this.guideHref
        ? html`<a part="guide" href=${this.guideHref}>${t.term('guide')}</a>`
        : nothing,
    );
  }
}
