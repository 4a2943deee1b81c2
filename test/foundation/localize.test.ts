import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  formatList,
  LocalizeController,
  registerStrings,
  validLanguage,
  type StringTable,
} from '../../src/i18n/localize.js';

const strings = {
  hello: 'Hello',
  joined: (names: string) => `${names} joined`,
} satisfies StringTable;

class LocalizeHost extends LitElement {
  localize = new LocalizeController(this, 'test-localize', strings);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p dir=${this.localize.dir}>${this.localize.term('hello')}|${this.localize.term('joined', 'Ana')}</p>`;
  }
}
customElements.define('test-localize-host', LocalizeHost);

const text = (el: LocalizeHost) => el.shadowRoot!.querySelector('p')!.textContent;
const dir = (el: LocalizeHost) => el.shadowRoot!.querySelector('p')!.getAttribute('dir');

describe('LocalizeController', () => {
  before(() => {
    registerStrings<typeof strings>('fr', 'test-localize', {
      hello: 'Bonjour',
      joined: (n: string) => `${n} a rejoint`,
    });
    registerStrings<typeof strings>('ar', 'test-localize', { hello: 'مرحبا' });
  });
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.lang = 'en';
  });

  it('renders English by default', async () => {
    const el = await fixture<LocalizeHost>(html`<test-localize-host></test-localize-host>`);
    expect(text(el)).to.equal('Hello|Ana joined');
    expect(dir(el)).to.equal('ltr');
  });

  it('re-renders when the element lang changes, and falls back key by key to English', async () => {
    const el = await fixture<LocalizeHost>(html`<test-localize-host></test-localize-host>`);
    el.setAttribute('lang', 'fr-CA');
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(text(el)).to.equal('Bonjour|Ana a rejoint');
    el.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(text(el)).to.equal('مرحبا|Ana joined');
    expect(dir(el), 'Arabic is right to left').to.equal('rtl');
  });

  it('follows the document lang and dir', async () => {
    const el = await fixture<LocalizeHost>(html`<test-localize-host></test-localize-host>`);
    const before = el.renders;
    document.documentElement.lang = 'fr';
    document.documentElement.dir = 'rtl';
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(el.renders).to.be.greaterThan(before);
    expect(text(el)).to.equal('Bonjour|Ana a rejoint');
    expect(dir(el)).to.equal('rtl');
  });

  it('re-renders when a translation is registered later', async () => {
    const el = await fixture<LocalizeHost>(html`<test-localize-host lang="de"></test-localize-host>`);
    expect(text(el)).to.equal('Hello|Ana joined');
    registerStrings<typeof strings>('de', 'test-localize', { hello: 'Hallo' });
    await elementUpdated(el);
    expect(text(el)).to.equal('Hallo|Ana joined');
  });

  it('stops observing when disconnected', async () => {
    const el = await fixture<LocalizeHost>(html`<test-localize-host></test-localize-host>`);
    el.remove();
    const before = el.renders;
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 10));
    expect(el.renders).to.equal(before);
  });
});

/**
 * Appends `markup` in a wrapper, and resolves the wrapper once the hosts in it rendered (not open-wc's `fixture`,
 * which waits for an animation frame for a plain element: a test page in a background tab has none).
 */
async function mount(markup: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mounted.push(wrapper);
  await Promise.all([...wrapper.querySelectorAll<LocalizeHost>('test-localize-host')].map((h) => h.updateComplete));
  return wrapper;
}
const mounted: HTMLElement[] = [];

describe('LocalizeController: languages set around the element, and invalid ones', () => {
  before(() => registerStrings<typeof strings>('fr', 'test-localize', { hello: 'Bonjour' }));
  afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

  it('follows the lang of a wrapping element set and changed after it rendered', async () => {
    const wrapper = (await mount('<section><test-localize-host></test-localize-host></section>')).firstElementChild!;
    const el = wrapper.querySelector<LocalizeHost>('test-localize-host')!;
    expect(text(el)).to.equal('Hello|Ana joined');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(text(el)).to.equal('Bonjour|Ana a rejoint');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(text(el)).to.equal('Hello|Ana joined');
  });

  it('follows the lang of a wrapper in another component’s shadow root', async () => {
    const outer = await mount('');
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="en"><test-localize-host></test-localize-host></div>';
    const el = root.querySelector<LocalizeHost>('test-localize-host')!;
    await elementUpdated(el);
    expect(text(el)).to.equal('Hello|Ana joined');
    root.querySelector('div')!.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await elementUpdated(el);
    expect(text(el)).to.equal('Bonjour|Ana a rejoint');
  });

  it('reads en_US as en-US and skips tags Intl refuses, for the nearest valid one', async () => {
    const wrapper = await mount('<div lang="fr"><test-localize-host lang="x_not valid!"></test-localize-host></div>');
    const el = wrapper.querySelector<LocalizeHost>('test-localize-host')!;
    expect(el.localize.lang).to.equal('fr');
    expect(text(el)).to.equal('Bonjour|Ana a rejoint');
    el.setAttribute('lang', 'en_US');
    expect(el.localize.lang).to.equal('en-US');
    expect(validLanguage('en_US')).to.equal('en-US');
    expect(validLanguage('x_not valid!')).to.equal(undefined);
    // A list formatted for any of them does not throw (Intl.ListFormat('x_not valid!') would).
    expect(formatList('x_not valid!', ['Ana', 'Ben'])).to.equal('Ana and Ben');
  });
});
