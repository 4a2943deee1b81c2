import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A string table: plain strings, or functions for strings with parameters (plural rules, names, numbers). */
export type StringTable = { readonly [key: string]: string | ((...args: any[]) => string) };

/** Text direction. */
export type Direction = 'ltr' | 'rtl';

/** Translations by `namespace|lang`. */
const registry: Record<string, Partial<StringTable>> = {};
const hosts = new Set<ReactiveControllerHost>();
const refresh = () => hosts.forEach((host) => host.requestUpdate());

/**
 * Watches `lang` and `dir` anywhere in the document, and in the shadow roots the elements live in (one observer for
 * all): a wrapper's language changed by a page or a framework re-renders every element inside it.
 */
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();
const observe = (root: Node) => {
  if (observed.has(root)) return;
  observed.add(root);
  (observer ??= new MutationObserver(refresh)).observe(root, { attributeFilter: ['lang', 'dir'], subtree: true });
};

/** The element's parent across shadow roots: the host of the shadow root it is in. */
const parentOf = (el: Element): Element | null => {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/**
 * A language tag as `Intl` accepts it, or `undefined`: `en_US` is read as `en-US`; `i-klingon` and other tags that
 * `Intl` refuses are skipped (a formatter given one would throw `RangeError` on every list it formats).
 */
export function validLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The nearest valid `lang` (the element, its ancestors across shadow roots, the document), else `en`. */
function nearestLanguage(host: Element): string {
  for (let el: Element | null = host; el; el = parentOf(el)) {
    const lang = el.hasAttribute('lang') ? validLanguage(el.getAttribute('lang')) : undefined;
    if (lang) return lang;
  }
  return 'en';
}

/** The nearest `dir` attribute (the element, its ancestors across shadow roots), if any. */
function nearestDirection(host: Element): string | undefined {
  for (let el: Element | null = host; el; el = parentOf(el)) {
    const dir = el.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
  }
  return undefined;
}

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
    // The document, and every shadow root above the element (a wrapper may be inside another component).
    for (let root = this.#host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    observe(document.documentElement);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /**
   * The effective language: the nearest valid `lang` attribute (the element, its ancestors, the document), else
   * `en`; always a tag `Intl` accepts.
   */
  get lang(): string {
    return nearestLanguage(this.#host);
  }

  /** The effective direction: the nearest `dir` attribute, else the direction of the language. */
  get dir(): Direction {
    const dir = nearestDirection(this.#host);
    return dir === 'rtl' || (dir !== 'ltr' && RTL.test(this.lang.toLowerCase())) ? 'rtl' : 'ltr';
  }

  /** Looks a key up: exact language, then the language without region, then English. */
  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    const lang = this.lang.toLowerCase();
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
): string => new Intl.ListFormat(validLanguage(lang) ?? 'en', { style: 'long', type }).format(items);
