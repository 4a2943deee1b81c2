import { css } from 'lit';

// The public tokens are read once into private variables, with the light theme's values as fallbacks (only the
// global tokens this element uses: see `tokenStyles` in src/styles/shared.ts for the whole set).
export const muteButtonStyles = css`
  :host {
    --_size: var(--acs-mute-button-size, 2.75rem);
    --_bg: var(--acs-mute-button-background, var(--acs-color-surface-variant, #f0f0f3));
    --_fg: var(--acs-mute-button-color, var(--acs-color-on-surface, #1b1b1f));
    --_bg-muted: var(--acs-mute-button-background-muted, var(--acs-color-danger, #b3261e));
    --_fg-muted: var(--acs-mute-button-color-muted, var(--acs-color-on-danger, #fff));
    --_border: var(--acs-mute-button-border-color, var(--acs-color-border, #8a8d99));
    --_radius: var(--acs-mute-button-radius, var(--acs-radius-full, 999px));
    --_hint: var(--acs-mute-button-hint-color, var(--acs-color-on-surface-variant, #44464f));
    --_warning: var(--acs-mute-button-warning-color, var(--acs-color-warning, #8a5300));
    display: inline-block;
  }
  div,
  button {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: var(--acs-space-1, 0.25rem);
  }
  button {
    flex-direction: row;
    justify-content: center;
    gap: var(--acs-space-2, 0.5rem);
    min-inline-size: var(--_size);
    min-block-size: var(--_size);
    padding-inline: var(--acs-space-3, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }
  :host([label-hidden]) button {
    padding-inline: 0;
  }
  [aria-pressed='true'] {
    background: var(--_bg-muted);
    color: var(--_fg-muted);
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :host(:state(not-allowed)) button {
    border-style: dashed;
  }
  :host(:state(pending)) svg {
    opacity: 0.6;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  p {
    margin: 0;
    max-inline-size: 16rem;
    font-size: var(--acs-font-size-s, 0.8125rem);
    color: var(--_hint);
    text-align: center;
  }
  :host(:state(muted-by-system)) p,
  :host(:state(speaking-while-muted)) p {
    color: var(--_warning);
  }
  [role='alert'] {
    color: var(--acs-color-danger, #b3261e);
  }
  p:empty {
    display: none;
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      border: 3px double;
    }
    [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
