// <acs-call-provider> with the real SDK, offline: the failure paths a page can hit (token fetch, agent creation,
// SDK loading) must be shown by the provider itself and fired as acs-error.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import { REAL_SDK_LOAD_TIMEOUT } from '../helpers/real-sdk.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A provider that is not connected yet, so its fetch can be replaced before it starts. */
function make(attrs: Record<string, string>, fetcher: AcsCallProvider['fetch']): AcsCallProvider {
  const el = document.createElement('acs-call-provider');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.fetch = fetcher;
  return el;
}

const errorText = (el: AcsCallProvider) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('<acs-call-provider> real SDK, offline', () => {
  // The provider imports the SDK when it sets a session up: import it once here, with a timeout of its own.
  before(async function () {
    this.timeout(REAL_SDK_LOAD_TIMEOUT);
    await import('@azure/communication-calling');
  });

  afterEach(() => {
    for (const el of document.querySelectorAll('acs-call-provider')) el.remove();
  });

  it('is accessible and renders its children through a slot', async () => {
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider><p>child</p></acs-call-provider>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('contents');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('child');
  });

  it('shows a token fetch failure with "Try again", fires acs-error, and retries', async () => {
    let calls = 0;
    const el = make({ 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' }, async () => {
      calls++;
      return json({ error: 'nope' }, 500);
    });
    const errorEvent = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    document.body.append(el);
    const event = await errorEvent;
    expect(event.detail.operation).to.equal('fetchToken');
    await el.updateComplete;
    expect(errorText(el)).to.contain('Could not get access to the call service');
    expect(errorText(el)).to.contain('500');
    expect(el.matches(':state(error)')).to.equal(true);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.contain('Try again');
    const again = oneEvent(el, 'acs-error');
    retry.click();
    await again;
    expect(calls).to.equal(2);
  });

  it('rejects a response without a token', async () => {
    const el = make({ 'token-url': '/api/token' }, async () => json({ nothing: true }));
    const errorEvent = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    document.body.append(el);
    expect((await errorEvent).detail.operation).to.equal('fetchToken');
  });

  it('shows the SDK rejecting a malformed token (401/44111) and fires acs-error', async () => {
    const el = make({ 'token-url': '/api/token', 'display-name': 'Ana' }, async () => json({ token: 'malformed' }));
    const errorEvent = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    document.body.append(el);
    const { detail } = await errorEvent;
    expect(detail.operation).to.equal('createCallAgent');
    expect(detail.code).to.equal(401);
    expect(detail.subCode).to.equal(44111);
    await el.updateComplete;
    expect(errorText(el)).to.contain('Could not connect to the call service');
    expect(errorText(el)).to.contain('401/44111');
    // No agent came of it: nothing is provided, and the provider is not ready.
    expect(el.matches(':state(ready)')).to.equal(false);
    expect(el.call).to.equal(undefined);
  });

  it('reports an sdk-src that is not the calling SDK', async () => {
    const src = 'data:text/javascript,export const notTheSdk = 1;';
    const el = make({ 'token-url': '/api/token', 'sdk-src': src }, async () => json({ token: 'x' }));
    const errorEvent = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    document.body.append(el);
    const { detail } = await errorEvent;
    expect(detail.operation).to.equal('loadSdk');
    expect(detail.message).to.contain('no CallClient export');
    await el.updateComplete;
    expect(errorText(el)).to.contain('The calling service could not be loaded');
    expect(errorText(el)).to.contain('Could not load the calling library from data:text/javascript');
    // The technical detail is folded under "Technical details", out of the user's way.
    expect(el.shadowRoot!.querySelector('details[part="details"]')!.hasAttribute('open')).to.equal(false);
  });

  it('localizes its error', async () => {
    const { registerStrings } = await import('../../src/i18n/localize.js');
    registerStrings('fr', 'call-provider', { tokenFailed: 'Jeton indisponible.', retry: 'Réessayer' });
    const el = make({ 'token-url': '/t', lang: 'fr' }, async () => json({}, 403));
    const errorEvent = oneEvent(el, 'acs-error');
    document.body.append(el);
    await errorEvent;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Jeton indisponible.');
    expect(errorText(el)).to.contain('Réessayer');
  });
});
