import { css } from 'lit';

export const callStatusStyles = css`
  :host {
    --_cs-bg: var(--acs-call-status-background, var(--_surface-variant));
    --_cs-fg: var(--acs-call-status-color, var(--_on-surface));
    --_cs-radius: var(--acs-call-status-radius, var(--_radius-m));
    --_cs-gap: var(--acs-call-status-gap, var(--_space-2));
    --_cs-padding: var(--acs-call-status-padding, var(--_space-2) var(--_space-3));
    --_cs-dot: var(--acs-call-status-indicator-color, var(--_border));
    --_cs-dot-connected: var(--acs-call-status-indicator-color-connected, var(--_success));
    --_cs-dot-warning: var(--acs-call-status-indicator-color-warning, var(--_warning));
    --_cs-dot-ended: var(--acs-call-status-indicator-color-ended, var(--_danger));
    --_cs-button-bg: var(--acs-call-status-button-background, var(--_surface));
    --_cs-button-fg: var(--acs-call-status-button-color, var(--_on-surface));
    --_cs-accept-bg: var(--acs-call-status-accept-background, var(--_success));
    --_cs-accept-fg: var(--acs-call-status-accept-color, var(--_on-accent));
    --_cs-reject-bg: var(--acs-call-status-reject-background, var(--_danger));
    --_cs-reject-fg: var(--acs-call-status-reject-color, var(--_on-danger));
    display: block;
    color: var(--_cs-fg);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-gap);
    padding: var(--_cs-padding);
    background: var(--_cs-bg);
    border-radius: var(--_cs-radius);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cs-gap);
  }
  .indicator {
    display: inline-flex;
    color: var(--_cs-dot);
  }
  :host(:state(connected)) .indicator {
    color: var(--_cs-dot-connected);
  }
  :host(:state(reconnecting)) .indicator,
  :host(:state(local-hold)) .indicator,
  :host(:state(remote-hold)) .indicator,
  :host(:state(in-lobby)) .indicator {
    color: var(--_cs-dot-warning);
  }
  :host(:state(disconnected)) .indicator {
    color: var(--_cs-dot-ended);
  }
  svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  .label {
    font-weight: 600;
  }
  .duration {
    font-variant-numeric: tabular-nums;
  }
  .notice,
  .reason,
  .error {
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .error {
    color: var(--_danger);
  }
  .incoming {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cs-gap);
    padding-block: var(--_space-2);
    border-block-start: 1px solid var(--_border);
  }
  .caller {
    flex: 1 1 12rem;
    margin: 0;
    font-size: inherit;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    min-block-size: 2.25rem;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-full);
    background: var(--_cs-button-bg);
    color: var(--_cs-button-fg);
    cursor: pointer;
  }
  button.accept {
    background: var(--_cs-accept-bg);
    color: var(--_cs-accept-fg);
    border-color: transparent;
  }
  button.reject {
    background: var(--_cs-reject-bg);
    color: var(--_cs-reject-fg);
    border-color: transparent;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  @media (forced-colors: active) {
    .indicator {
      color: CanvasText;
    }
    button,
    button.accept,
    button.reject {
      border: 1px solid ButtonText;
    }
  }
`;
