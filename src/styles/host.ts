import { unsafeCSS } from 'lit';

// Static, author-written CSS given to `unsafeCSS` rather than the `css` tag: the tag carries lit's validation
// (with its long error message), about 0.16 KB min+gzip in every element bundle that uses it; these styles
// interpolate nothing, so there is nothing to validate.

/**
 * What every element needs whatever its look: the font, `[hidden]`, `.visually-hidden` and focus rings (an
 * element with motion adds `motionStyles`, or uses `baseStyles`). It reads the public tokens (`--acs-*`) directly, with a fallback equal to the light theme, so an element
 * that defines only the private variables it uses (see `tokenStyles`) pays for nothing else.
 */
export const hostStyles = unsafeCSS(
  ':host{font-family:var(--acs-font-family,system-ui,sans-serif);font-size:var(--acs-font-size-m,0.9375rem)}' +
    ':host([hidden]){display:none !important}' +
    '.visually-hidden{position:absolute !important;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}' +
    ':focus-visible{outline:var(--acs-focus-ring-width,2px) solid var(--acs-color-focus,#0f5cbd);outline-offset:2px}',
);
