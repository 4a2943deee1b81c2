import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A string table: plain strings, or functions for strings with parameters (plural rules, names, numbers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StringTable = { readonly [key: string]: string | ((...args: any[]) => string) };

/** Text direction. */
export type Direction = 'ltr' | 'rtl';

const registry = new Map<string, Map<string, Partial<StringTable>>>();
const hosts = new Set<LocalizeController<StringTable>>();
let documentObserver: MutationObserver | undefined;

/** Languages written right to left (primary subtags). */
const RTL_LANGS = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * Registers (or extends) the translation of one element's string table for one language.
 *
 * ```ts
 * import { registerStrings } from 'acs-calling-elements';
 * registerStrings('fr', 'mute-button', { mute: 'Couper le micro' });
 * ```
 * Keys left out fall back to the region-less language, then to English. Every element re-renders.
 */
export function registerStrings<T extends StringTable>(lang: string, namespace: string, table: Partial<T>): void {
  const key = lang.toLowerCase();
  let byLang = registry.get(namespace);
  if (!byLang) registry.set(namespace, (byLang = new Map()));
  byLang.set(key, { ...(byLang.get(key) ?? {}), ...table });
  for (const host of hosts) host.refresh();
}

function observeDocument() {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const host of hosts) host.refresh();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * A reactive controller that looks strings up for the element's language and re-renders the element when its
 * `lang` or `dir` (or the document's) changes, or when a translation is registered.
 *
 * Each element owns one namespace with an English table that is complete and typed; other languages are
 * partial and registered at run time, so a page that uses one element downloads only that element's strings.
 */
export class LocalizeController<T extends StringTable> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #namespace: string;
  readonly #en: T;
  #hostObserver?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, namespace: string, en: T) {
    this.#host = host;
    this.#namespace = namespace;
    this.#en = en;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this as unknown as LocalizeController<StringTable>);
    observeDocument();
    this.#hostObserver = new MutationObserver(() => this.refresh());
    this.#hostObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    hosts.delete(this as unknown as LocalizeController<StringTable>);
    this.#hostObserver?.disconnect();
    this.#hostObserver = undefined;
  }

  /** @internal Asks the host to render again (language, direction or translations changed). */
  refresh(): void {
    this.#host.requestUpdate();
  }

  /** The effective language: the nearest `lang` attribute (the element, its ancestors, the document), else `en`. */
  get lang(): string {
    const el = this.#host.closest('[lang]');
    return (el?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  }

  /** The effective direction: the nearest `dir` attribute, else the direction of the language. */
  get dir(): Direction {
    const el = this.#host.closest('[dir]');
    const dir = (el?.getAttribute('dir') || document.documentElement.dir || '').toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return RTL_LANGS.has(this.lang.split('-')[0]) ? 'rtl' : 'ltr';
  }

  /** Looks a key up: exact language, then the language without region, then English. */
  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    const lang = this.lang;
    const byLang = registry.get(this.#namespace);
    const entry =
      byLang?.get(lang)?.[key] ?? byLang?.get(lang.split('-')[0])?.[key] ?? (this.#en[key] as StringTable[string]);
    return typeof entry === 'function' ? entry(...args) : String(entry);
  }

  /** Formats a number for the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  /** Formats a list ("Ana, Ben and Carl") for the element's language. */
  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return new Intl.ListFormat(this.lang, { style: 'long', type }).format(items);
  }
}
