import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS custom properties to set, by name (`--_cols`); `undefined` removes one. */
export type CssVars = Readonly<Record<`--${string}`, string | number | undefined>>;

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty()`), never through a `style`
 * attribute, so that it works on pages whose Content-Security-Policy forbids inline styles (`style-src 'self'`
 * without `'unsafe-inline'`). Lit's `styleMap` writes the attribute on its first render, which such a policy
 * blocks. Bind it to `style`: `<div style=${cssVars({ '--_cols': 3 })}>`.
 */
class CssVarsDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style')
      throw new Error('cssVars() must be bound to the style attribute');
  }

  render(_vars: CssVars): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [vars]: [CssVars]): typeof noChange {
    const style = part.element.style;
    for (const name of this.#set) {
      if (vars[name as `--${string}`] !== undefined) continue;
      style.removeProperty(name);
      this.#set.delete(name);
    }
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) continue;
      style.setProperty(name, String(value));
      this.#set.add(name);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
