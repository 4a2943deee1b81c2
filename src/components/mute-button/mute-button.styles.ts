import { unsafeCSS } from 'lit';

// Each public token is read where it is used (once), with the light theme's value as the fallback: no private
// variable layer to pay for.
export const muteButtonStyles = unsafeCSS(
  ':host{display:inline-block}' +
    'div{display:grid;justify-items:center;gap:var(--acs-space-1,0.25rem)}' +
    'button{display:inline-flex;align-items:center;justify-content:center;gap:var(--acs-space-2,0.5rem);min-width:var(--acs-mute-button-size,2.75rem);min-height:var(--acs-mute-button-size,2.75rem);padding:0 var(--acs-space-3,0.75rem);border:1px solid var(--acs-mute-button-border-color,var(--acs-color-border,#8a8d99));border-radius:var(--acs-mute-button-radius,var(--acs-radius-full,999px));background:var(--acs-mute-button-background,var(--acs-color-surface-variant,#f0f0f3));color:var(--acs-mute-button-color,var(--acs-color-on-surface,#1b1b1f));font:inherit;cursor:pointer}' +
    ':host([label-hidden]) button{padding:0}' +
    '[aria-pressed=true]{background:var(--acs-mute-button-background-muted,var(--acs-color-danger,#b3261e));color:var(--acs-mute-button-color-muted,var(--acs-color-on-danger,#fff))}' +
    '[aria-disabled=true]{opacity:0.55;cursor:not-allowed}' +
    ':host(:state(not-allowed)) button{border-style:dashed}' +
    ':host(:state(pending)) svg{opacity:0.6}' +
    'svg{width:1.25em;fill:currentColor}' +
    'p{margin:0;max-width:16rem;font-size:var(--acs-font-size-s,0.8125rem);color:var(--acs-mute-button-hint-color,var(--acs-color-on-surface-variant,#44464f));text-align:center}' +
    ':host(:state(muted-by-system)) p,:host(:state(speaking-while-muted)) p{color:var(--acs-mute-button-warning-color,var(--acs-color-warning,#8a5300))}' +
    '[role=alert]{color:var(--acs-color-danger,#b3261e)}' +
    // An empty hint takes no room but stays in the accessibility tree: a live region must exist before its text
    // changes for the change to be announced.
    'p:empty{position:absolute}' +
    '@media (forced-colors:active){[aria-pressed=true]{border:3px double}[aria-disabled=true]{color:GrayText}}',
);
