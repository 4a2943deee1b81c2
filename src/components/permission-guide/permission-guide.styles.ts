import { css } from 'lit';

export const permissionGuideStyles = css`
  :host {
    --_pg-bg: var(--acs-permission-guide-background, var(--_surface));
    --_pg-border: var(--acs-permission-guide-border-color, var(--_border));
    --_pg-problem: var(--acs-permission-guide-problem-color, var(--_danger));
    --_pg-button-bg: var(--acs-permission-guide-button-background, var(--_accent));
    --_pg-button-fg: var(--acs-permission-guide-button-color, var(--_on-accent));
    display: block;
    color: var(--acs-permission-guide-color, var(--_on-surface));
  }
  .base {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    background: var(--_pg-bg);
    border: 1px solid var(--_pg-border);
    border-radius: var(--acs-permission-guide-radius, var(--_radius-m));
  }
  p,
  ol {
    margin: 0;
  }
  .headline {
    font-size: var(--_font-size-l);
  }
  .message,
  .actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  .message {
    flex-wrap: nowrap;
  }
  .icon {
    flex: none;
    inline-size: 1.25rem;
    fill: currentColor;
  }
  :host(:state(problem)) .icon,
  .error {
    color: var(--_pg-problem);
  }
  :host(:state(granted)) .icon {
    color: var(--acs-permission-guide-ok-color, var(--_success));
  }
  button {
    font: inherit;
    min-block-size: max(24px, 2.5rem);
    padding-inline: var(--_space-4);
    border-radius: var(--_radius-full);
    border: 1px solid var(--_pg-border);
    background: none;
    color: inherit;
    cursor: pointer;
    transition: background-color var(--_duration);
  }
  .primary {
    background: var(--_pg-button-bg);
    color: var(--_pg-button-fg);
    border-color: transparent;
  }
  a {
    color: var(--_accent);
  }
  /* The settings links stand alone (not in a sentence): each is a 24 px target (WCAG 2.5.8), apart. */
  a[part='link'] {
    display: inline-block;
    min-block-size: 24px;
    line-height: 24px;
    margin-inline-end: var(--_space-3);
  }
  @media (forced-colors: active) {
    .primary {
      border-color: ButtonText;
    }
  }
`;
