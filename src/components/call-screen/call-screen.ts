import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { AcsCallElement, setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { spinnerStyles } from '../../styles/spinner.js';
import { callScreenStyles } from './call-screen.styles.js';
import { incomingCallsContext, joiningContext, type CallJoining } from '../../context/index.js';
import { CallController } from '../../controllers/call-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callScreenStrings } from '../../i18n/en/call-screen.js';
import type { IncomingCall } from '../../sdk/index.js';

/** The three faces of the call screen. */
export type CallScreenPhase = 'lobby' | 'call' | 'ended';

/**
 * A whole visit in one tag: the lobby before the call, then the call (status on top, the video grid with the
 * notices over it, the control bar at the bottom), then "call ended" with the reason and "Rejoin". Inside
 * `<acs-call-provider>` it is a complete calling page.
 *
 * It fills its container's height when the container has one (a full-height app, a dialog); in normal flow it
 * takes the grid's 16:9. While the provider loads the SDK or fetches the token, the lobby says it is preparing,
 * and "Joining the call…" shows until the call exists (the provider's own progress line is then not shown).
 * When the face changes, the keyboard focus follows if it was in the screen (or nowhere, on the page's body): to
 * the control bar when the call starts, to "Rejoin" when it ends.
 *
 * Each part can be replaced through its slot; incoming calls are offered (by `<acs-call-status>`) over the lobby.
 *
 * @summary A complete call screen: lobby, call (status, grid, notices, controls) and "call ended" with rejoin.
 * @tagname acs-call-screen
 *
 * @slot lobby - Replaces the lobby.
 * @slot status - Replaces the call status (on top, during and after the call).
 * @slot grid - Replaces the video grid.
 * @slot notices - Replaces the notices (over the grid).
 * @slot controls - Replaces the control bar.
 * @slot ended - Extra content after the call (e.g. a survey link), beside "Rejoin".
 *
 * @csspart base - The screen.
 * @csspart header - The status row (call and ended).
 * @csspart stage - The grid and the notices over it.
 * @csspart notices - The notices' layer over the grid.
 * @csspart controls - The control bar's row.
 * @csspart ended - The "call ended" panel.
 *
 * @cssproperty --acs-call-screen-background - Background of the screen during the call.
 * @cssproperty --acs-call-screen-gap - Space between the rows.
 * @cssproperty --acs-call-screen-padding - Padding of the screen.
 *
 * @cssstate lobby - Before the call.
 * @cssstate call - Joining, or in the call.
 * @cssstate ended - The call has ended.
 * @cssstate preparing - The SDK is loading, or the token is being fetched.
 *
 * @fires acs-progress-shown - When connected and when it meets its provider (bubbles, composed): tells the enclosing
 *   `<acs-call-provider>` that the screen shows the preparing and joining progress itself.
 */
export class AcsCallScreen extends AcsCallElement {
  static override styles = [baseStyles, spinnerStyles, callScreenStyles];

  /** @internal */
  @consume({ context: joiningContext, subscribe: true })
  @state()
  protected joining?: CallJoining;

  /** @internal */
  @consume({ context: incomingCallsContext, subscribe: true })
  @state()
  protected incomingCalls?: readonly IncomingCall[];

  readonly #t = new LocalizeController(this, 'call-screen', callScreenStrings);
  readonly #call = new CallController(this, { events: ['stateChanged'], onInvalid: this.reportInvalidCall });
  #shown?: CallScreenPhase;
  #hadFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#progressShown();
  }

  /**
   * The provider need not say "Preparing…" or "Joining…" above the screen: the screen says it. Told when connected,
   * and again when the provider's context arrives (a provider defined after the screen was not listening yet).
   */
  #progressShown(): void {
    this.dispatchEvent(new Event('acs-progress-shown', { bubbles: true, composed: true }));
  }

  /** Which face the screen shows. */
  get phase(): CallScreenPhase {
    const call = this.activeCall;
    const join = this.joining?.state;
    if ((call && call.state !== 'Disconnected') || join === 'joining' || join === 'waiting') return 'call';
    // A join that failed goes back to the lobby (the provider says why, with "Try again").
    if (join === 'failed') return 'lobby';
    return call || join === 'ended' ? 'ended' : 'lobby';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('joining') && this.joining && !changed.get('joining')) this.#progressShown();
    this.#call.target = this.activeCall;
    const focused = document.activeElement;
    // The focus is in the screen, or was lost with what the last face removed.
    this.#hadFocus = this.matches(':focus-within') || !focused || focused === document.body;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const phase = this.phase;
    const before = this.#shown;
    this.#shown = phase;
    if (!before || before === phase || !this.#hadFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(
      phase === 'call' ? '.controls' : phase === 'ended' ? 'acs-join-button' : 'slot[name="lobby"]',
    );
    const next = (target instanceof HTMLSlotElement ? target.assignedElements({ flatten: true })[0] : target) as
      (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
    // Once it has rendered (its controls too: their first renders are queued before its own completes).
    void next?.updateComplete?.then(() => this.isConnected && this.#shown === phase && next.focus());
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const phase = this.phase;
    const joiningNow = phase === 'call' && !this.activeCall;
    // The face, and a live region that stays across faces (a region added with its text is often not read).
    return html`${this.#face(phase, joiningNow)}
      <p class="visually-hidden" role="status">${joiningNow ? t.term('joining') : ''}</p>`;
  }

  #face(phase: CallScreenPhase, joiningNow: boolean): TemplateResult {
    const t = this.#t;
    const incoming = (this.incomingCalls ?? []).length > 0;
    setStates(this.internals, {
      lobby: phase === 'lobby',
      call: phase === 'call',
      ended: phase === 'ended',
      preparing: !!this.joining?.preparing,
    });
    // Joining before the call exists (the provider still prepares): shown here, as the status has no call yet
    // (and announced by the screen's live region).
    const status = html`<div class="header" part="header">
      ${
        joiningNow
          ? html`<p class="joining" aria-hidden="true">
              <span class="spinner" aria-hidden="true"></span>${t.term('joining')}
            </p>`
          : html`<slot name="status"><acs-call-status></acs-call-status></slot>`
      }
    </div>`;
    if (phase === 'lobby')
      return html`<div part="base" class="base lobby" dir=${t.dir} aria-label=${t.term('screen')} role="region">
        ${incoming ? status : nothing}
        <slot name="lobby"><acs-call-lobby></acs-call-lobby></slot>
      </div>`;
    if (phase === 'ended')
      return html`<div part="base" class="base" dir=${t.dir} aria-label=${t.term('screen')} role="region">
        ${status}
        <div class="ended" part="ended">
          <p>${t.term('endedHint')}</p>
          <acs-join-button></acs-join-button>
          <slot name="ended"></slot>
        </div>
      </div>`;
    return html`<div part="base" class="base call" dir=${t.dir} aria-label=${t.term('screen')} role="region">
      ${status}
      <div class="stage" part="stage">
        <slot name="grid"><acs-video-grid></acs-video-grid></slot>
        <div class="notices" part="notices">
          <slot name="notices"><acs-call-notices></acs-call-notices></slot>
        </div>
      </div>
      <div part="controls">
        <slot name="controls" class="controls"><acs-control-bar></acs-control-bar></slot>
      </div>
    </div>`;
  }
}
