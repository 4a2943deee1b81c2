import { css, type CSSResultArray } from 'lit';
import { hostStyles, visuallyHiddenStyles } from './host.js';

export { hostStyles, visuallyHiddenStyles };

/**
 * The global tokens, read once into private `--_*` variables with a fallback equal to the light theme; elements
 * never declare public tokens.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--acs-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--acs-font-size-m, 0.9375rem);
    --_font-size-s: var(--acs-font-size-s, 0.8125rem);
    --_surface: var(--acs-color-surface, #ffffff);
    --_on-surface: var(--acs-color-on-surface, #1b1b1f);
    --_surface-variant: var(--acs-color-surface-variant, #f0f0f3);
    --_on-surface-variant: var(--acs-color-on-surface-variant, #44464f);
    --_border: var(--acs-color-border, #8a8d99);
    --_accent: var(--acs-color-accent, #0f5cbd);
    --_on-accent: var(--acs-color-on-accent, #ffffff);
    --_danger: var(--acs-color-danger, #b3261e);
    --_on-danger: var(--acs-color-on-danger, #ffffff);
    --_warning: var(--acs-color-warning, #8a5300);
    --_success: var(--acs-color-success, #146c2e);
    --_focus: var(--acs-color-focus, #0f5cbd);
    --_focus-width: var(--acs-focus-ring-width, 2px);
    --_space-1: var(--acs-space-1, 0.25rem);
    --_space-2: var(--acs-space-2, 0.5rem);
    --_space-3: var(--acs-space-3, 0.75rem);
    --_space-4: var(--acs-space-4, 1rem);
    --_radius-s: var(--acs-radius-s, 4px);
    --_radius-m: var(--acs-radius-m, 8px);
    --_radius-full: var(--acs-radius-full, 999px);
    --_duration: var(--acs-duration, 150ms);
    font-family: var(--_font);
    font-size: var(--_font-size);
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

/** Styles shared by every element: `hostStyles`, `visuallyHiddenStyles`, every `tokenStyles` variable and `motionStyles`. */
export const baseStyles: CSSResultArray = [hostStyles, visuallyHiddenStyles, tokenStyles, motionStyles];
