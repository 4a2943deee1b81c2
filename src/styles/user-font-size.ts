/**
 * `--acs-user-font-size`: the user's own font size (the browser's font size setting, CSS `medium`), whatever font
 * size the page gives its root. The text tokens are multiples of it, so a page that sets `html { font-size: 10px }`
 * (or 62.5 %) does not shrink the elements' text, and a user who asked for larger text gets it. It is registered
 * once per page as an inherited length whose initial value is measured here. A page may set it on `:root` (a
 * theme file computes the text tokens there, so a value set lower down reaches the elements only without a theme
 * file), or set the text tokens (`--acs-font-size-m`, ...) on any ancestor. Without `CSS.registerProperty` (or a
 * DOM), the tokens fall back to `1rem`.
 */
export const USER_FONT_SIZE = '--acs-user-font-size';

/** Registers `--acs-user-font-size` (once per page; a second copy of the package finds it registered). */
export function registerUserFontSize(): void {
  if (typeof document === 'undefined' || typeof CSS === 'undefined' || !CSS.registerProperty) return;
  const root = document.documentElement;
  if (!root) return;
  // A probe that no page rule can size: `medium` (important) is the user's setting.
  const probe = document.createElement('acs-font-size-probe');
  probe.style.setProperty('font-size', 'medium', 'important');
  probe.style.setProperty('position', 'absolute', 'important');
  root.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  try {
    CSS.registerProperty({
      name: USER_FONT_SIZE,
      syntax: '<length>',
      inherits: true,
      initialValue: `${size > 0 ? size : 16}px`,
    });
  } catch {
    // Registered already (another copy of the package on the page).
  }
}
