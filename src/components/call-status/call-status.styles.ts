import { css } from 'lit';

/** Styles of `<acs-call-status>`: component tokens read with a fallback to the global ones. */
export const callStatusStyles = css`
  :host {
    --_gap: var(--acs-call-status-gap, var(--_space-2));
    --_dot: var(--acs-call-status-indicator-color, var(--_border));
    display: block;
    color: var(--acs-call-status-color, var(--_on-surface));
  }
  .base,
  .row,
  [part='status'],
  [part='incoming'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .base {
    flex-direction: column;
    align-items: stretch;
    padding: var(--acs-call-status-padding, var(--_space-2) var(--_space-3));
    background: var(--acs-call-status-background, var(--_surface-variant));
    border-radius: var(--acs-call-status-radius, var(--_radius-m));
  }
  [part='indicator'] {
    /* A bordered dot: forced colors repaint the border, so the dot stays visible there. */
    border: 0.3125em solid var(--_dot);
    border-radius: 50%;
  }
  [part='label'] {
    font-weight: var(--_font-weight-bold);
  }
  :host(:state(connected)) {
    --_dot: var(--acs-call-status-indicator-color-connected, var(--_success));
  }
  :host(:state(local-hold)),
  :host(:state(remote-hold)),
  :host(:state(in-lobby)),
  :host(:state(reconnecting)) {
    --_dot: var(--acs-call-status-indicator-color-warning, var(--_warning));
  }
  :host(:state(disconnected)) {
    --_dot: var(--acs-call-status-indicator-color-ended, var(--_danger));
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .small {
    font-size: var(--_font-size-s);
  }
  [role='alert'] {
    color: var(--_danger);
  }
  [part='incoming'] {
    padding-block: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  /* A caller's name of any length takes at most three lines (the whole name is its tooltip), so "Accept" stays
     in reach. */
  [part='caller'] {
    flex: 1 1 12rem;
    min-inline-size: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  button {
    font: inherit;
    min-block-size: max(24px, 2.25rem);
    padding-inline: var(--_space-3);
    /* Transparent: forced colors paint it with a system color, so the button keeps an edge there. */
    border: 1px solid transparent;
    border-radius: var(--_radius-full);
    background: var(--acs-call-status-accept-background, var(--_success));
    color: var(--acs-call-status-accept-color, var(--_on-success));
    cursor: pointer;
  }
  [part~='reject'] {
    background: var(--acs-call-status-reject-background, var(--_danger));
    color: var(--acs-call-status-reject-color, var(--_on-danger));
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
`;
