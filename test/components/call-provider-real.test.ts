// <acs-call-provider> with the real SDK, offline: the failure paths a page can hit (token fetch, agent creation,
// SDK loading) must be shown by the provider itself and fired as acs-error.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import { FetchedTokenCredential, jwtExpiry } from '../../src/components/call-provider/token-credential.js';

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
    const el = make({ 'token-url': '/api/token', 'group-id': 'g' }, async () => {
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
    expect(errorText(el)).to.contain('The calling library could not be loaded');
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

describe('FetchedTokenCredential', () => {
  const jwt = (exp: number) => `h.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.s`;

  it('reads the JWT exp', () => {
    expect(jwtExpiry(jwt(2000000000))).to.equal(2000000000 * 1000);
    expect(jwtExpiry('not a jwt')).to.equal(undefined);
  });

  it('reuses a fresh token, re-fetches one near expiry, and shares a request in flight', async () => {
    let n = 0;
    let exp = Math.floor(Date.now() / 1000) + 3600;
    const credential = new FetchedTokenCredential('/t', async () => {
      n++;
      return json({ token: jwt(exp) });
    });
    const [a, b] = await Promise.all([credential.getToken(), credential.getToken()]);
    expect(n).to.equal(1);
    expect(a).to.equal(b);
    await credential.getToken();
    expect(n).to.equal(1);
    // A token that expires within the refresh margin is fetched again.
    const near = new FetchedTokenCredential(
      '/t',
      async () => {
        n++;
        return json({ token: jwt(exp) });
      },
      { refreshMarginMs: 60_000 },
    );
    exp = Math.floor(Date.now() / 1000) + 30;
    await near.getToken();
    await near.getToken();
    expect(n).to.equal(3);
    near.dispose();
    let threw = false;
    await near.getToken().catch(() => (threw = true));
    expect(threw).to.equal(true);
  });

  it('reports a failed refresh (not a failed first fetch) to onRefreshError', async () => {
    let ok = false;
    const refreshErrors: unknown[] = [];
    const credential = new FetchedTokenCredential(
      '/t',
      async () => (ok ? json({ token: jwt(Math.floor(Date.now() / 1000) + 30) }) : json({}, 500)),
      { onRefreshError: (e) => refreshErrors.push(e) },
    );
    await credential.getToken().catch(() => {});
    expect(refreshErrors, 'the first fetch is reported by its caller').to.have.length(0);
    ok = true;
    await credential.getToken();
    ok = false;
    const error = await credential.getToken().catch((e: unknown) => e);
    expect(refreshErrors).to.deep.equal([error]);
    expect(error).to.include({ name: 'TokenFetchError', reason: 'status', status: 500 });
  });

  it('gives up on a token URL that does not answer, also through a fetch that ignores the abort signal', async () => {
    let signal: AbortSignal | undefined;
    const credential = new FetchedTokenCredential(
      '/t',
      (_url, init) => {
        signal = init!.signal!;
        return new Promise(() => {});
      },
      { timeoutMs: 20 },
    );
    const error = await credential.getToken().catch((e: unknown) => e);
    expect(error).to.include({ name: 'TokenFetchError', reason: 'timeout' });
    expect(signal!.aborted, 'the request is aborted too').to.equal(true);
  });
});
