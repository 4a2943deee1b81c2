import { css, type CSSResultArray } from 'lit';
import { tokenStyles } from './tokens.js';
import { registerUserFontSize } from './user-font-size.js';

export { tokenStyles };

// The text tokens follow the user's font size, not the page's root font size (see user-font-size.ts).
registerUserFontSize();

/** What every element needs whatever its look: the font, `[hidden]` and the keyboard focus ring. */
export const hostStyles = css`
  :host {
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** `.visually-hidden`: text for assistive technology only (live regions, labels that are not shown). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Animations and transitions (nearly) off for users who prefer reduced motion. */
export const motionStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Styles shared by every element: the tokens, the host rules, `.visually-hidden` and reduced motion. */
export const baseStyles: CSSResultArray = [tokenStyles, hostStyles, visuallyHiddenStyles, motionStyles];
