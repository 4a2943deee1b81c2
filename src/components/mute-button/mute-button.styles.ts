import { css } from 'lit';

/** Styles of `<acs-mute-button>`: component tokens read with a fallback to the global ones. */
export const muteButtonStyles = css`
  :host {
    display: inline-block;
  }
  .base {
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    /* Never under 24 x 24 CSS px (WCAG 2.5.8), whatever the page's root font size or the token. */
    min-inline-size: max(24px, var(--acs-mute-button-size, 2.75rem));
    min-block-size: max(24px, var(--acs-mute-button-size, 2.75rem));
    padding: 0 var(--_space-3);
    border: 1px solid var(--acs-mute-button-border-color, var(--_border));
    border-radius: var(--acs-mute-button-radius, var(--_radius-full));
    background: var(--acs-mute-button-background, var(--_surface-variant));
    color: var(--acs-mute-button-color, var(--_on-surface));
    font: inherit;
    cursor: pointer;
    transition:
      background-color var(--_duration),
      color var(--_duration);
  }
  :host([label-hidden]) button {
    padding: 0;
  }
  :host(:state(muted)) button {
    background: var(--acs-mute-button-background-muted, var(--_danger));
    color: var(--acs-mute-button-color-muted, var(--_on-danger));
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
    inline-size: 1.25em;
    fill: currentColor;
  }
  p {
    margin: 0;
    max-inline-size: 16rem;
    font-size: var(--_font-size-s);
    color: var(--acs-mute-button-hint-color, var(--_on-surface-variant));
    text-align: center;
  }
  :host(:state(muted-by-system)) .hint,
  :host(:state(speaking-while-muted)) .hint {
    color: var(--acs-mute-button-warning-color, var(--_warning));
  }
  [role='alert'] {
    color: var(--_danger);
  }
  /* An empty hint takes no room but stays in the accessibility tree: a live region must exist before its text
     changes for the change to be announced. */
  p:empty {
    position: absolute;
  }
  @media (forced-colors: active) {
    :host(:state(muted)) button {
      border: 3px double;
    }
    [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
