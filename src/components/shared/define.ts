/** Registers a custom element once (a second registration of the same tag, e.g. from two bundles, is skipped). */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
