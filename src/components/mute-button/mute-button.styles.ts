import { css } from 'lit';

export const muteButtonStyles = css`
  :host {
    --_mb-size: var(--acs-mute-button-size, 2.75rem);
    --_mb-bg: var(--acs-mute-button-background, var(--_surface-variant));
    --_mb-fg: var(--acs-mute-button-color, var(--_on-surface));
    --_mb-bg-muted: var(--acs-mute-button-background-muted, var(--_danger));
    --_mb-fg-muted: var(--acs-mute-button-color-muted, var(--_on-danger));
    --_mb-border: var(--acs-mute-button-border-color, var(--_border));
    --_mb-radius: var(--acs-mute-button-radius, var(--_radius-full));
    --_mb-hint: var(--acs-mute-button-hint-color, var(--_on-surface-variant));
    --_mb-warning: var(--acs-mute-button-warning-color, var(--_warning));
    display: inline-block;
  }
  .base {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-1);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-inline-size: var(--_mb-size);
    min-block-size: var(--_mb-size);
    padding-inline: var(--_space-3);
    border: 1px solid var(--_mb-border);
    border-radius: var(--_mb-radius);
    background: var(--_mb-bg);
    color: var(--_mb-fg);
    font: inherit;
    cursor: pointer;
    transition: background var(--_duration);
  }
  :host([label-hidden]) button {
    padding-inline: 0;
  }
  button[aria-pressed='true'] {
    background: var(--_mb-bg-muted);
    color: var(--_mb-fg-muted);
    border-color: transparent;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :host(:state(not-allowed)) button {
    border-style: dashed;
    border-color: var(--_mb-border);
  }
  :host(:state(pending)) button {
    cursor: progress;
  }
  :host(:state(pending)) .icon {
    opacity: 0.6;
  }
  .icon {
    display: inline-flex;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .hint,
  .error {
    margin: 0;
    max-inline-size: 16rem;
    font-size: var(--_font-size-s);
    color: var(--_mb-hint);
    text-align: center;
  }
  :host(:state(muted-by-system)) .hint,
  :host(:state(speaking-while-muted)) .hint {
    color: var(--_mb-warning);
  }
  .error {
    color: var(--_danger);
  }
  .hint:empty {
    display: none;
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
    button[aria-pressed='true'] {
      border: 3px double ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
