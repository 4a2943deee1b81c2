import { unsafeCSS } from 'lit';

// Static, author-written CSS given to `unsafeCSS` rather than the `css` tag: the tag carries lit's validation
// (with its long error message), about 0.16 KB min+gzip in every element bundle that uses it; these styles
// interpolate nothing, so there is nothing to validate.

/**
 * What every element needs whatever its look: the font, `[hidden]` and focus rings (an element that hides text
 * for assistive technology only adds `visuallyHiddenStyles`, one with motion `motionStyles`, or it uses
 * `baseStyles`). It reads the public tokens (`--acs-*`) directly, with a fallback equal to the light theme, so an element
 * that defines only the private variables it uses (see `tokenStyles`) pays for nothing else.
 */
export const hostStyles = unsafeCSS(
  ':host{font-family:var(--acs-font-family,system-ui,sans-serif);font-size:var(--acs-font-size-m,0.9375rem)}' +
    ':host([hidden]){display:none !important}' +
    ':focus-visible{outline:var(--acs-focus-ring-width,2px) solid var(--acs-color-focus,#0f5cbd);outline-offset:2px}',
);

/** `.visually-hidden`: text for assistive technology only (live regions, labels that are not shown). */
// Pure: a bundle that does not use it drops it.
export const visuallyHiddenStyles = /* @__PURE__ */ unsafeCSS(
  '.visually-hidden{position:absolute !important;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
);
