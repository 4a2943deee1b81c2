import { css } from 'lit';

/** Styles of `<acs-call-notices>`: a column of notices, each with a colored edge, its text and its actions. */
export const callNoticesStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: var(--_space-2);
  }
  .list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list:empty {
    display: none;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--acs-call-notices-warning-color, var(--_warning));
    border-radius: var(--acs-call-notices-radius, var(--_radius-m));
    background: var(--acs-call-notices-background, var(--_surface));
    color: var(--acs-call-notices-color, var(--_on-surface));
  }
  .error {
    border-inline-start-color: var(--acs-call-notices-error-color, var(--_danger));
  }
  .recovered {
    border-inline-start-color: var(--acs-call-notices-success-color, var(--_success));
  }
  p {
    margin: 0;
    flex: 1 1 14rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  button,
  a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    /* Never under 24 x 24 CSS px (WCAG 2.5.8), whatever the page's root font size. */
    min-block-size: max(24px, 1.5rem);
    min-inline-size: max(24px, 1.5rem);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface-variant);
    color: var(--_on-surface);
    font: inherit;
    font-size: var(--_font-size-s);
    text-decoration: none;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .more {
    justify-self: start;
  }
  .failed {
    color: var(--_danger);
  }
  .recoveries {
    display: grid;
    gap: var(--_space-2);
  }
`;
