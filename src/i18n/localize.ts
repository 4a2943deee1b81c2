import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A string table: plain strings, or functions for strings with parameters (plural rules, names, numbers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StringTable = { readonly [key: string]: string | ((...args: any[]) => string) };

/** Text direction. */
export type Direction = 'ltr' | 'rtl';

/** Translations by `namespace|lang`. */
const registry: Record<string, Partial<StringTable>> = {};
const hosts = new Set<ReactiveControllerHost>();
const refresh = () => hosts.forEach((host) => host.requestUpdate());
/** Watches `lang` and `dir` on the document and on every host that was connected (one observer for all). */
let observer: MutationObserver | undefined;
const observe = (node: Node) =>
  (observer ??= new MutationObserver(refresh)).observe(node, { attributeFilter: ['lang', 'dir'] });

/** The nearest `lang` or `dir` attribute (the element, its ancestors), else the document's, lower-cased. */
const nearest = (host: Element, name: 'lang' | 'dir') =>
  (host.closest(`[${name}]`)?.getAttribute(name) || document.documentElement[name]).toLowerCase();

/** Languages written right to left (primary subtags). */
const RTL = /^(ar|dv|fa|he|ks|ku|ps|sd|ug|ur|yi)\b/;

/**
 * Registers (or extends) the translation of one element's string table for one language.
 *
 * ```ts
 * import { registerStrings } from 'acs-calling-elements';
 * registerStrings('fr', 'mute-button', { label: 'Couper le micro' });
 * ```
 * Keys left out fall back to the region-less language, then to English. Every element re-renders.
 */
export function registerStrings<T extends StringTable>(lang: string, namespace: string, table: Partial<T>): void {
  const key = `${namespace}|${lang.toLowerCase()}`;
  registry[key] = { ...registry[key], ...table };
  refresh();
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

  constructor(host: ReactiveControllerHost & HTMLElement, namespace: string, en: T) {
    this.#host = host;
    this.#namespace = namespace;
    this.#en = en;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observe(document.documentElement);
    observe(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** The effective language: the nearest `lang` attribute (the element, its ancestors, the document), else `en`. */
  get lang(): string {
    return nearest(this.#host, 'lang') || 'en';
  }

  /** The effective direction: the nearest `dir` attribute, else the direction of the language. */
  get dir(): Direction {
    const dir = nearest(this.#host, 'dir');
    return dir === 'rtl' || (dir !== 'ltr' && RTL.test(this.lang)) ? 'rtl' : 'ltr';
  }

  /** Looks a key up: exact language, then the language without region, then English. */
  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    const lang = this.lang;
    const ns = this.#namespace;
    const entry = registry[`${ns}|${lang}`]?.[key] ?? registry[`${ns}|${lang.split('-')[0]}`]?.[key] ?? this.#en[key];
    return typeof entry === 'function' ? entry(...args) : (entry as string);
  }
}

/**
 * Formats a list ("Ana, Ben and Carl") for a language (e.g. a `LocalizeController`'s `lang`). A function rather
 * than a controller method, so that elements that show no lists do not download it.
 */
export const formatList = (
  lang: string,
  items: string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string => new Intl.ListFormat(lang, { style: 'long', type }).format(items);
