import { css, html, nothing, type TemplateResult } from 'lit';
import type { Direction } from '../../i18n/localize.js';

/**
 * What a call control button shows. The pattern, decided once for every control (WAI-ARIA APG, button pattern):
 * a control whose action changes with the state says that action in its label ("Turn camera on", "Turn camera
 * off"), visible and spoken, and carries no `aria-pressed` (the APG's rule: a label that changes with the state
 * must not be combined with `aria-pressed`). A sighted user reads what a click does; the icon shows the state;
 * a screen reader user hears the same words; the state itself is a custom state for CSS (`:state(on)`).
 */
export interface ControlView {
  /** What a click does now ("Turn camera on"). */
  readonly label: string;
  /** The icon's SVG path data (24 x 24). */
  readonly icon: string;
  /** The button does nothing now (`aria-disabled`, focusable, with `hint` saying why). */
  readonly disabled: boolean;
  /** A command is in flight (`aria-busy`). */
  readonly pending: boolean;
  /** Why the button is unavailable, or what happened (a polite live region, also the button's description). */
  readonly hint?: string;
  /** The last command failed: shown as an alert. */
  readonly error?: string;
  /** Hides the visible label (the button keeps it as its accessible name). */
  readonly labelHidden: boolean;
}

/**
 * The tooltip of an icon-only control (`label-hidden`): its label, shown while the button is hovered or has the
 * keyboard focus, itself hoverable, and dismissed with Escape (WCAG 1.4.13). The button's accessible name is its
 * label already: the tooltip is hidden from assistive technology.
 */
export function controlTooltip(label: string, labelHidden: boolean): TemplateResult | typeof nothing {
  return labelHidden ? html`<span class="tip" part="tooltip" aria-hidden="true">${label}</span>` : nothing;
}

/** Escape hides the tooltip until the pointer leaves or the focus moves (listen on the control's `base`). */
export const tooltipEvents = {
  keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') (event.currentTarget as HTMLElement).toggleAttribute('data-tip-dismissed', true);
  },
  reset(event: Event): void {
    (event.currentTarget as HTMLElement).removeAttribute('data-tip-dismissed');
  },
};

/**
 * A button (icon-only, or its label hidden) with its tooltip, in the positioned `.tipped` wrapper that
 * `tooltipStyles` styles: for buttons outside a control's `base` (the control bar's own buttons).
 */
export function tipped(button: TemplateResult, label: string): TemplateResult {
  return html`<span
    class="tipped"
    @keydown=${tooltipEvents.keydown}
    @pointerleave=${tooltipEvents.reset}
    @focusout=${tooltipEvents.reset}
    >${button}${controlTooltip(label, true)}</span
  >`;
}

/**
 * A control's button, hint and error, in the parts every control documents: `base`, `button`, `icon`, `label`,
 * `hint`, `error`, `tooltip`. The icon can be replaced through the control's `icon` slot. Extra content (an offer
 * to restart, a confirmation) goes in `after`.
 */
export function renderControl(
  view: ControlView,
  onClick: () => void,
  dir: Direction,
  after: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div
    class="base"
    part="base"
    dir=${dir}
    @keydown=${tooltipEvents.keydown}
    @pointerleave=${tooltipEvents.reset}
    @focusout=${tooltipEvents.reset}
  >
    <button
      part="button"
      aria-disabled=${view.disabled}
      aria-busy=${view.pending}
      aria-describedby="hint"
      @click=${onClick}
    >
      <slot name="icon"
        ><svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${view.icon}></path></svg
      ></slot>
      <span class=${view.labelHidden ? 'visually-hidden' : ''} part="label">${view.label}</span>
    </button>
    ${controlTooltip(view.label, view.labelHidden)}
    <p id="hint" class="hint" part="hint" role="status">${view.hint ?? ''}</p>
    ${after} ${view.error ? html`<p part="error" class="error" role="alert">${view.error}</p>` : nothing}
  </div>`;
}

/**
 * The tooltip of icon-only buttons (`.tip`, right after its button in a positioned `.base` or `.tipped` container
 * that listens to `tooltipEvents`): above the button; hovering it keeps it (WCAG 1.4.13).
 */
export const tooltipStyles = css`
  .tipped {
    position: relative;
    display: inline-flex;
  }
  .tip {
    position: absolute;
    inset-block-end: 100%;
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: 1;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-s);
    background: var(--_on-surface);
    color: var(--_surface);
    font-size: var(--_font-size-s);
    white-space: nowrap;
    /* Not shown: no box at all (a hidden box at the page's edge would widen its scrolling area). */
    display: none;
  }
  [dir='rtl'] .tip {
    translate: 50% 0;
  }
  .base:not([data-tip-dismissed]) > button:hover + .tip,
  .base:not([data-tip-dismissed]) > button:focus-visible + .tip,
  .base:not([data-tip-dismissed]) > .tip:hover,
  .tipped:not([data-tip-dismissed]) > button:hover + .tip,
  .tipped:not([data-tip-dismissed]) > button:focus-visible + .tip,
  .tipped:not([data-tip-dismissed]) > .tip:hover {
    display: block;
  }
`;

/**
 * Styles of every call control. Each reads the shared control tokens (`--acs-control-*`), so one rule themes them
 * all, with a fallback to the global tokens.
 */
export const controlStyles = css`
  ${tooltipStyles}
  :host {
    display: inline-block;
  }
  .base {
    position: relative;
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
  }
  ::slotted([slot='icon']) {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    box-sizing: border-box;
    /* Never under 24 x 24 CSS px (WCAG 2.5.8), whatever the page's root font size or the token. */
    min-inline-size: max(24px, var(--acs-control-size, 2.75rem));
    min-block-size: max(24px, var(--acs-control-size, 2.75rem));
    padding: 0 var(--_space-3);
    border: 1px solid var(--acs-control-border-color, var(--_border));
    border-radius: var(--acs-control-radius, var(--_radius-full));
    background: var(--acs-control-background, var(--_surface-variant));
    color: var(--acs-control-color, var(--_on-surface));
    font: inherit;
    cursor: pointer;
    transition:
      background-color var(--_duration),
      color var(--_duration);
  }
  :host([label-hidden]) button {
    padding: 0;
  }
  :host(:state(on)) button {
    background: var(--acs-control-background-on, var(--_accent));
    color: var(--acs-control-color-on, var(--_on-accent));
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :host(:state(pending)) svg {
    opacity: 0.6;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
    flex: none;
  }
  p {
    margin: 0;
    max-inline-size: 16rem;
    font-size: var(--_font-size-s);
    color: var(--acs-control-hint-color, var(--_on-surface-variant));
    text-align: center;
    overflow-wrap: anywhere;
  }
  .error {
    color: var(--_danger);
  }
  /* An empty hint takes no room but stays in the accessibility tree: a live region must exist before its text
     changes for the change to be announced. */
  p:empty {
    position: absolute;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-2);
  }
  .actions button {
    min-block-size: max(24px, 1.5rem);
    min-inline-size: max(24px, 1.5rem);
    padding: var(--_space-1) var(--_space-3);
    border-radius: var(--_radius-s);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    :host(:state(on)) button {
      border: 3px double;
    }
    [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

/** Icons of the controls (24 x 24 path data). */
export const ICONS = {
  camera: 'M4 6h11a2 2 0 0 1 2 2v2.5l4-3v9l-4-3V16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2Z',
  cameraOff:
    'M4 6h11a2 2 0 0 1 2 2v2.5l4-3v9l-4-3V16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2Zm-1.7-3.3L3.7 1.3l19 19-1.4 1.4Z',
  screen:
    'M3 4h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-7v2h3v2H7v-2h3v-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm1 2v9h16V6Zm8 1 4 4h-3v3h-2v-3H8Z',
  hold: 'M7 5h3v14H7Zm7 0h3v14h-3Z',
  resume: 'M8 5v14l11-7Z',
  hangUp:
    'M12 9c-2.6 0-5 .5-7.3 1.5A2 2 0 0 0 3.5 12v2.6c0 .9.8 1.5 1.6 1.4l3-.5c.7-.1 1.2-.7 1.2-1.4v-2c1.7-.4 3.7-.4 5.4 0v2c0 .7.5 1.3 1.2 1.4l3 .5c.8.1 1.6-.5 1.6-1.4V12a2 2 0 0 0-1.2-1.5C17 9.5 14.6 9 12 9Z',
  join: 'M20 15.5c-1.2 0-2.4-.2-3.6-.6a1 1 0 0 0-1 .2l-2.2 2.2a15 15 0 0 1-6.6-6.6l2.2-2.2a1 1 0 0 0 .3-1A11 11 0 0 1 8.5 4a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1 17 17 0 0 0 17 17 1 1 0 0 0 1-1v-3.5a1 1 0 0 0-1-1Z',
} as const;
