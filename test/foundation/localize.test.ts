import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, registerStrings, type StringTable } from '../../src/i18n/localize.js';

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
