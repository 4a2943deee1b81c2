import { css } from 'lit';

/** Styles of `<acs-control-bar>`: a row of controls that wraps, split buttons, and its two popover panels. */
export const controlBarStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: center;
    gap: var(--acs-control-bar-gap, var(--_space-2));
    padding: var(--acs-control-bar-padding, var(--_space-2));
    background: var(--acs-control-bar-background, transparent);
  }
  .split {
    display: inline-flex;
    align-items: flex-start;
  }
  /* The device button sits against its control, as one split button. */
  .split .device {
    margin-inline-start: calc(-1 * var(--_space-1));
    min-inline-size: max(24px, 1.75rem);
    padding: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    box-sizing: border-box;
    min-inline-size: max(24px, var(--acs-control-size, 2.75rem));
    min-block-size: max(24px, var(--acs-control-size, 2.75rem));
    padding: 0 var(--_space-3);
    border: 1px solid var(--acs-control-border-color, var(--_border));
    border-radius: var(--acs-control-radius, var(--_radius-full));
    background: var(--acs-control-background, var(--_surface-variant));
    color: var(--acs-control-color, var(--_on-surface));
    font: inherit;
    cursor: pointer;
  }
  .device:not(.labelled) {
    padding: 0;
  }
  :host(:state(compact)) .labelled {
    padding: 0;
  }
  [aria-expanded='true'] {
    background: var(--acs-control-background-on, var(--_accent));
    color: var(--acs-control-color-on, var(--_on-accent));
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
    flex: none;
  }
  .panel {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(24rem, calc(100vw - 16px));
    overflow: auto;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    background: var(--acs-control-bar-panel-background, var(--_surface));
    color: var(--_on-surface);
    box-shadow: var(--_shadow-panel);
  }
  .panel:popover-open {
    display: grid;
    gap: var(--_space-3);
  }
  .more:popover-open {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  acs-device-picker {
    min-inline-size: min(16rem, calc(100vw - 48px));
  }
  .done {
    justify-self: end;
    min-block-size: max(24px, 2.25rem);
    border-radius: var(--_radius-s);
    background: var(--_surface);
  }
  /* "Leave" and, when the call grants it, "End for everyone" (and its confirmation) side by side in the row. */
  acs-hang-up-button::part(base) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
  }
  acs-hang-up-button::part(end-for-everyone) {
    min-block-size: max(24px, var(--acs-control-size, 2.75rem));
    padding-inline: var(--_space-3);
    border-radius: var(--acs-control-radius, var(--_radius-full));
  }
  @media (forced-colors: active) {
    [aria-expanded='true'] {
      border: 3px double;
    }
  }
`;
