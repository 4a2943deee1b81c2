import { css } from 'lit';

/** Styles of `<acs-hang-up-button>` beyond every control's: "Leave" and "End the call" in the danger color. */
export const hangUpButtonStyles = css`
  [part='button'],
  .actions .danger {
    background: var(--acs-hang-up-button-background, var(--_danger));
    color: var(--acs-hang-up-button-color, var(--_on-danger));
    border-color: transparent;
  }
  .confirm {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    background: var(--_surface);
    color: var(--_on-surface);
  }
  .confirm p {
    color: inherit;
    font-size: var(--_font-size-m);
  }
`;
