import { css } from 'lit';

/**
 * Styles of `<acs-mute-button>` beyond every control's (`controlStyles`, components/shared/control.ts): its own
 * tokens, which fall back to the shared control tokens (so `--acs-control-*` themes it with the other controls),
 * then to the global ones; the danger color while muted; the warning color for "muted by the system".
 */
export const muteButtonStyles = css`
  button {
    min-inline-size: max(24px, var(--acs-mute-button-size, var(--acs-control-size, 2.75rem)));
    min-block-size: max(24px, var(--acs-mute-button-size, var(--acs-control-size, 2.75rem)));
    border-color: var(--acs-mute-button-border-color, var(--acs-control-border-color, var(--_border)));
    border-radius: var(--acs-mute-button-radius, var(--acs-control-radius, var(--_radius-full)));
    background: var(--acs-mute-button-background, var(--acs-control-background, var(--_surface-variant)));
    color: var(--acs-mute-button-color, var(--acs-control-color, var(--_on-surface)));
  }
  :host(:state(muted)) button {
    background: var(--acs-mute-button-background-muted, var(--_danger));
    color: var(--acs-mute-button-color-muted, var(--_on-danger));
  }
  :host(:state(not-allowed)) button {
    border-style: dashed;
  }
  p {
    color: var(--acs-mute-button-hint-color, var(--acs-control-hint-color, var(--_on-surface-variant)));
  }
  :host(:state(muted-by-system)) .hint,
  :host(:state(speaking-while-muted)) .hint {
    color: var(--acs-mute-button-warning-color, var(--_warning));
  }
  [role='alert'] {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    :host(:state(muted)) button {
      border: 3px double;
    }
  }
`;
