import { unsafeCSS } from 'lit';

// The public tokens are read once into private variables, with the light theme's values as fallbacks (only the
// global tokens this element uses: see `tokenStyles` in src/styles/shared.ts for the whole set).
export const callStatusStyles = unsafeCSS(
  ':host{--_gap:var(--acs-call-status-gap,var(--acs-space-2,.5rem));--_dot:var(--acs-call-status-indicator-color,var(--acs-color-border,#8a8d99));--_danger:var(--acs-color-danger,#b3261e);--_success:var(--acs-color-success,#146c2e);display:block;color:var(--acs-call-status-color,var(--acs-color-on-surface,#1b1b1f))}' +
    'div{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_gap)}' +
    '.base{flex-direction:column;align-items:stretch;padding:var(--acs-call-status-padding,.5rem .75rem);background:var(--acs-call-status-background,var(--acs-color-surface-variant,#f0f0f3));border-radius:var(--acs-call-status-radius,var(--acs-radius-m,8px))}' +
    '[part=indicator]{border:.3125em solid var(--_dot);border-radius:50%}' +
    ':host(:state(connected)){--_dot:var(--acs-call-status-indicator-color-connected,var(--_success))}' +
    ':host(:state(local-hold)),:host(:state(remote-hold)),:host(:state(in-lobby)),:host(:state(reconnecting)){--_dot:var(--acs-call-status-indicator-color-warning,var(--acs-color-warning,#8a5300))}' +
    ':host(:state(disconnected)){--_dot:var(--acs-call-status-indicator-color-ended,var(--_danger))}' +
    'time{font-variant-numeric:tabular-nums}' +
    '.s{font-size:var(--acs-font-size-s,.8125rem)}' +
    '[role=alert]{color:var(--_danger)}' +
    '[part=incoming]{padding-block:var(--_gap);border-top:1px solid var(--acs-color-border,#8a8d99)}' +
    '[part=caller]{flex:1 1 12rem;overflow-wrap:anywhere}' +
    'button{font:inherit;min-block-size:2.25rem;padding-inline:var(--acs-space-3,.75rem);border:1px solid transparent;border-radius:var(--acs-radius-full,999px);background:var(--acs-call-status-accept-background,var(--_success));color:var(--acs-call-status-accept-color,var(--acs-color-on-accent,#fff));cursor:pointer}' +
    '[part~=reject]{background:var(--acs-call-status-reject-background,var(--_danger));color:var(--acs-call-status-reject-color,var(--acs-color-on-danger,#fff))}' +
    // Forced colors paint the transparent button border with a system color: no forced-colors rule needed.
    '[aria-disabled=true]{opacity:.6;cursor:default}',
);
