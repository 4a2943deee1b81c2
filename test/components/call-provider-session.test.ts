// <acs-call-provider>'s own session (token-url, no JavaScript) past the points the real SDK reaches offline: the
// simulator's SDK-shaped module, given through sdk-src (test/fixtures/simulated-sdk.ts), stands in for
// @azure/communication-calling, so that token refreshes and expiry, device manager failures, setting changes and
// the release of the client can be observed on an SDK that checks credentials and dispose rules as the real one.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import { registerStrings } from '../../src/i18n/localize.js';
import { createVirtualClock, type SimulatedCallAgent, type VirtualClock } from '../../src/simulator/index.js';
import { useSimulatedSdk, type SimulatedSdkRecord } from '../fixtures/simulated-sdk.js';
import { testSimulator } from '../helpers/simulator.js';

/** The record of the test's simulated SDK module (what the provider made and released). */
let record: SimulatedSdkRecord;
const log = () => record;
/** The module the provider loads through `sdk-src`: `sim.module`, by URL, as the real SDK would be loaded. */
const SDK_SRC = new URL('../fixtures/simulated-sdk.ts', import.meta.url).href;

/** A JWT whose `exp` is `seconds` from now (a token expiring within 2 minutes is fetched again on each use). */
const jwt = (seconds: number) =>
  `h.${btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + seconds })).replace(/=+$/, '')}.s`;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A token endpoint whose answers the test changes: `next` answers the following requests; `urls` records them. */
function tokenServer() {
  const server = {
    urls: [] as string[],
    next: (): Response => json({ token: jwt(3600) }),
    fetch: async (url: string) => {
      server.urls.push(url);
      return server.next();
    },
  };
  return server;
}

function make(attrs: Record<string, string>, fetcher: AcsCallProvider['fetch'], clock?: VirtualClock): AcsCallProvider {
  const el = document.createElement('acs-call-provider');
  for (const [k, v] of Object.entries({ 'sdk-src': SDK_SRC, ...attrs })) el.setAttribute(k, v);
  el.fetch = fetcher;
  el.clock = clock;
  document.body.append(el);
  return el;
}

/** A JWT issued now on `clock` that lives `seconds` (refreshed halfway through, or 2 minutes before it expires). */
const tokenOn = (clock: VirtualClock, seconds: number) => {
  const iat = Math.floor(clock.now() / 1000);
  return `h.${btoa(JSON.stringify({ iat, exp: iat + seconds })).replace(/=+$/, '')}.s`;
};

/**
 * The token runs out: the SDK asks the provider's credential for a new one (`expireToken()`), and, with the token
 * service down, ends the call with 495/4507.
 */
async function expireToken(el: AcsCallProvider, clock: VirtualClock) {
  await clock.advance(30_000);
  const agent = (el as unknown as { providedAgent: SimulatedCallAgent }).providedAgent;
  expect(await agent.simulate.expireToken(), 'the token could not be renewed').to.equal(false);
}

const alerts = (el: AcsCallProvider) =>
  [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());

describe('<acs-call-provider> session (the simulated SDK module through sdk-src)', () => {
  beforeEach(() => {
    record = useSimulatedSdk(testSimulator());
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('acs-call-provider')) el.remove();
  });

  it('shows a failed token refresh (the SDK asking mid-session), fires acs-error, and recovers with "Try again"', async () => {
    const clock = createVirtualClock();
    const server = tokenServer();
    server.next = () => json({ token: tokenOn(clock, 60) });
    const el = make({ 'token-url': '/api/token' }, server.fetch, clock);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    // Half-way through the token's life the SDK asks: the credential refreshes in the background, and fails.
    server.next = () => json({ error: 'down' }, 503);
    await clock.advance(31_000);
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    await el.credential!.getToken();
    expect((await event).detail.operation).to.equal('refreshToken');
    await el.updateComplete;
    expect(alerts(el)).to.deep.equal([
      'Could not get access to the call service. Check your connection and try again. Technical details The token URL answered 503. Try again',
    ]);
    server.next = () => json({ token: tokenOn(clock, 60) });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => alerts(el).length === 0, 'recovered');
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(log().agents).to.have.length(1);
    // Failed again, then the SDK's own next refresh (after the backoff) succeeds: the notice goes by itself.
    server.next = () => json({ error: 'down' }, 503);
    await clock.advance(31_000);
    await el.credential!.getToken();
    await waitUntil(() => alerts(el).length === 1, 'failed again');
    server.next = () => json({ token: tokenOn(clock, 60) });
    await clock.advance(2_000);
    await el.credential!.getToken();
    await waitUntil(() => alerts(el).length === 0, 'cleared by the next refresh');
    expect(el.matches(':state(ready)')).to.equal(true);
  });

  /**
   * A provider in a call on a token server that then fails: the refresh fails (shown), the token runs out and the
   * SDK ends the call (495/4507), and the server answers again. Resolves the provider and its first call.
   */
  async function callEndedInOutage(attrs: Record<string, string>) {
    const clock = createVirtualClock();
    const server = tokenServer();
    server.next = () => json({ token: tokenOn(clock, 60) });
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f', ...attrs },
      server.fetch,
      clock,
    );
    const first = await el.join();
    server.next = () => json({ error: 'down' }, 503);
    await clock.advance(31_000);
    await el.credential!.getToken();
    await waitUntil(() => alerts(el).length === 1, 'refresh failed');
    await expireToken(el, clock);
    const reason = first?.callEndReason;
    expect([first?.state, reason?.code, reason?.subCode], 'ended by the SDK').to.deep.equal([
      'Disconnected',
      495,
      4507,
    ]);
    await el.updateComplete;
    server.next = () => json({ token: tokenOn(clock, 60) });
    return { el, first, clock };
  }

  it('after the token ran out and ended the call, "Try again" brings the service back and offers to rejoin', async () => {
    const { el, first } = await callEndedInOutage({});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part="rejoin"]'), 'rejoin offered');
    const offer = el.shadowRoot!.querySelector('div[part="rejoin"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(offer).to.equal(
      'The call ended while the connection to the call service was lost. It is back now. Rejoin the call',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="rejoin"]')!.click();
    await waitUntil(() => el.call?.state === 'Connected' && el.call !== first, 'rejoined');
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[part="rejoin"]'), 'no rejoin offer').to.equal(false);
  });

  it('with autojoin, rejoins by itself once the token service is back', async () => {
    const { el, first, clock } = await callEndedInOutage({ autojoin: '' });
    // The SDK's own next refresh, after the backoff (4 s after the second failed refresh), gets a token.
    await clock.advance(4_000);
    await el.credential!.getToken().catch(() => {});
    await waitUntil(() => el.call?.state === 'Connected' && el.call !== first, 'rejoined by itself');
    expect(!!el.shadowRoot!.querySelector('[part="rejoin"]'), 'no rejoin offer').to.equal(false);
  });

  it('shows a device manager that cannot be had, fires acs-error, and gets it with "Try again"', async () => {
    log().failDevices = 1;
    const server = tokenServer();
    const event = new Promise<AcsErrorEvent>((resolve) =>
      document.addEventListener('acs-error', (e) => resolve(e as AcsErrorEvent), { once: true }),
    );
    const el = make({ 'token-url': '/api/token' }, server.fetch);
    const { detail } = await event;
    expect(detail).to.include({ operation: 'getDeviceManager', code: 500, subCode: 41001 });
    await el.updateComplete;
    expect(alerts(el)[0]).to.contain('Could not list your cameras, microphones and speakers.');
    expect(alerts(el)[0]).to.contain('(500/41001)');
    // The session itself is fine: the agent exists.
    expect(el.matches(':state(ready)')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => alerts(el).length === 0, 'device manager had on retry');
  });

  it('sets the session up again when token-url or display-name change, releasing the old agent and client', async () => {
    const server = tokenServer();
    const el = make({ 'token-url': '/api/token', 'display-name': 'Ana' }, server.fetch);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    expect(log().agents.map((a) => a.displayName)).to.deep.equal(['Ana']);
    el.setAttribute('display-name', 'Ana B.');
    await waitUntil(() => log().agents.length === 2 && el.matches(':state(ready)'), 'second session');
    expect(log().agents.map((a) => a.displayName)).to.deep.equal(['Ana', 'Ana B.']);
    expect(log().agents.map((a) => a.disposed)).to.deep.equal([true, false]);
    expect(log().clients.map((c) => c.disposed)).to.deep.equal([true, false]);
    el.setAttribute('token-url', '/api/other-token');
    await waitUntil(() => log().agents.length === 3 && el.matches(':state(ready)'), 'third session');
    expect(server.urls.at(-1)).to.equal('/api/other-token');
    expect(log().clients.map((c) => c.disposed)).to.deep.equal([true, true, false]);
  });

  it('disposes its agent, then its client, when removed', async () => {
    const el = make({ 'token-url': '/api/token' }, tokenServer().fetch);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    el.remove();
    await waitUntil(() => log().clients[0].disposed, 'client disposed');
    expect(log().clients[0].released).to.deep.equal(['agent', 'client']);
  });

  it('says what went wrong with the token in the page language', async () => {
    registerStrings('fr', 'call-provider', {
      tokenFailed: 'Jeton indisponible.',
      technicalDetails: 'Détails techniques',
      tokenStatus: (status: number) => `Le serveur de jetons a répondu ${status}.`,
    });
    const el = make({ 'token-url': '/t', lang: 'fr' }, async () => json({}, 403));
    await oneEvent(el, 'acs-error');
    await el.updateComplete;
    expect(alerts(el)[0]).to.contain('Jeton indisponible. Détails techniques Le serveur de jetons a répondu 403.');
    expect(alerts(el)[0]).to.not.contain('The token URL');
  });

  it('releases a session replaced while it fetched its token, before starting the next', async () => {
    let answer!: (r: Response) => void;
    const first = new Promise<Response>((resolve) => (answer = resolve));
    let calls = 0;
    const el = make({ 'token-url': '/api/token', 'display-name': 'Ana' }, async () =>
      ++calls === 1 ? first : json({ token: jwt(3600) }),
    );
    await waitUntil(() => calls === 1, 'fetching');
    el.setAttribute('display-name', 'Bea');
    await waitUntil(() => el.matches(':state(ready)'), 'second session ready');
    answer(json({ token: jwt(3600) }));
    await waitUntil(() => log().clients[0].disposed, 'first client released');
    expect(log().agents.map((a) => a.displayName)).to.deep.equal(['Bea']);
    expect(log().events.slice(0, 3)).to.deep.equal(['client 1', 'client 1 disposed', 'client 2']);
  });

  it('lets the agent being created finish, and disposes it and its client, before the next session starts', async () => {
    let open!: () => void;
    log().agentGate = new Promise<void>((resolve) => (open = resolve));
    const el = make({ 'token-url': '/api/token', 'display-name': 'Ana' }, tokenServer().fetch);
    await waitUntil(() => log().creating, 'creating the agent');
    el.setAttribute('display-name', 'Bea');
    await el.updateComplete;
    open();
    await waitUntil(() => el.matches(':state(ready)') && log().agents.length === 2, 'second session ready');
    expect(log().events).to.deep.equal([
      'client 1',
      'agent 1',
      'agent 1 disposed',
      'client 1 disposed',
      'client 2',
      'agent 2',
    ]);
  });

  it('"Try again" after a refused agent releases the failed session first', async () => {
    log().failAgents = 1;
    const el = make({ 'token-url': '/api/token' }, tokenServer().fetch);
    expect((await oneEvent(el, 'acs-error')).detail).to.include({
      operation: 'createCallAgent',
      code: 401,
      subCode: 44111,
    });
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => el.matches(':state(ready)'), 'ready on retry');
    expect(log().clients.map((c) => c.disposed)).to.deep.equal([true, false]);
  });

  it('shows a CallClient that cannot be made (an unsupported browser) instead of loading forever', async () => {
    log().throwClient = true;
    const el = make({ 'token-url': '/api/token' }, tokenServer().fetch);
    const { detail } = (await oneEvent(el, 'acs-error')) as AcsErrorEvent;
    expect(detail.operation).to.equal('createCallAgent');
    expect(detail.message).to.contain('not supported');
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(alerts(el)[0]).to.contain('Could not connect to the call service.');
  });

  it('autojoin joins once: not again in a new session after the user hung up', async () => {
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f', autojoin: '' },
      tokenServer().fetch,
    );
    await waitUntil(() => el.call?.state === 'Connected', 'autojoined');
    await el.hangUp();
    el.setAttribute('display-name', 'Bea');
    await waitUntil(() => log().agents.length === 2 && el.matches(':state(ready)'), 'second session');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.call).to.equal(undefined);
  });

  it('a call in progress is joined again in the new session when the settings change', async () => {
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' },
      tokenServer().fetch,
    );
    const first = await el.join();
    await waitUntil(() => first?.state === 'Connected', 'connected');
    el.setAttribute('display-name', 'Bea');
    await waitUntil(() => log().agents.length === 2 && el.call?.state === 'Connected' && el.call !== first, 'rejoined');
  });

  it('autojoin waits for a locator set after the agent is ready', async () => {
    const el = make({ 'token-url': '/api/token', autojoin: '' }, tokenServer().fetch);
    await oneEvent(el, 'acs-error');
    await el.updateComplete;
    expect(alerts(el)[0]).to.contain('There is no call to join');
    el.setAttribute('group-id', '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f');
    await waitUntil(() => el.call?.state === 'Connected', 'joined once the group is known');
    await el.updateComplete;
    expect(alerts(el)).to.deep.equal([]);
  });

  it('join() after a failed setup sets up again; join() settles when the element is removed', async () => {
    const server = tokenServer();
    server.next = () => json({}, 500);
    const el = make({ 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' }, server.fetch);
    await oneEvent(el, 'acs-error');
    server.next = () => json({ token: jwt(3600) });
    const call = await el.join();
    await waitUntil(() => call?.state === 'Connected', 'connected');
    el.remove();
    const stuck = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' },
      () => new Promise(() => {}),
    );
    const waiting = stuck.join();
    stuck.remove();
    expect(await waiting).to.equal(undefined);
  });

  it('sets up again when token-url changes after a removal in an error state', async () => {
    const el = make({ 'token-url': '/bad' }, async (url) =>
      url === '/bad' ? json({}, 500) : json({ token: jwt(3600) }),
    );
    await oneEvent(el, 'acs-error');
    el.remove();
    await new Promise((r) => setTimeout(r));
    document.body.append(el);
    await oneEvent(el, 'acs-error');
    el.setAttribute('token-url', '/good');
    await waitUntil(() => el.matches(':state(ready)'), 'ready with the new URL');
  });

  it('offers no rejoin for a call the user hung up, before or during the outage', async () => {
    const clock = createVirtualClock();
    const server = tokenServer();
    server.next = () => json({ token: tokenOn(clock, 60) });
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f', autojoin: '' },
      server.fetch,
      clock,
    );
    await waitUntil(() => el.call?.state === 'Connected', 'autojoined');
    const first = el.call!;
    server.next = () => json({ error: 'down' }, 503);
    await clock.advance(31_000);
    await el.credential!.getToken();
    await waitUntil(() => alerts(el).length === 1, 'refresh failed');
    await el.hangUp();
    expect(first.callEndReason, 'hung up by the user').to.deep.include({ code: 0, subCode: 0 });
    server.next = () => json({ token: tokenOn(clock, 60) });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => alerts(el).length === 0, 'recovered');
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[part="rejoin"]'), 'no offer').to.equal(false);
    expect(el.call === first || el.call === undefined, 'not joined again').to.equal(true);
    expect(log().agents).to.have.length(1);
  });

  it('token-url removed in a call: the call ends with the session, and nothing stays "joining"', async () => {
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' },
      tokenServer().fetch,
    );
    await el.join();
    el.removeAttribute('token-url');
    await waitUntil(() => log().agents[0]!.disposed, 'the session released');
    await el.updateComplete;
    expect(el.matches(':state(joining)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal('');
    // Set again later (another user signs in): a new session, and no call joined by itself.
    el.setAttribute('token-url', '/api/token');
    await waitUntil(() => el.matches(':state(ready)') && log().agents.length === 2, 'second session');
    await el.updateComplete;
    expect(el.call?.state === 'Connected', 'not joined without being asked').to.equal(false);
  });

  it("an agent given from script in the middle of the own session's call is provided, and not joined by itself", async () => {
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' },
      tokenServer().fetch,
    );
    await el.join();
    const agent = {
      calls: [] as unknown[],
      on() {},
      off() {},
      join: () => {
        throw new Error('joined without being asked');
      },
    };
    el.callAgent = agent as never;
    await waitUntil(() => log().agents[0]!.disposed, 'the own session released');
    await el.updateComplete;
    expect((el as unknown as { providedAgent: unknown }).providedAgent === agent).to.equal(true);
    expect(el.matches(':state(joining)')).to.equal(false);
  });

  it('a value that is not an agent, given as callAgent, leaves the own session in place', async () => {
    const el = make(
      { 'token-url': '/api/token', 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' },
      tokenServer().fetch,
    );
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    const errors: string[] = [];
    el.addEventListener('acs-error', (e) => errors.push(e.detail.code as string));
    el.callAgent = Promise.resolve() as never;
    await el.updateComplete;
    expect(errors).to.deep.equal(['invalid-property']);
    expect(log().agents[0]!.disposed, 'the session stays').to.equal(false);
    expect(el.matches(':state(ready)')).to.equal(true);
  });

  it('join() with nothing to make an agent from shows no endless "Joining"', async () => {
    const el = document.createElement('acs-call-provider');
    document.body.append(el);
    const joined = el.join();
    await el.updateComplete;
    expect(el.matches(':state(joining)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal('');
    el.remove();
    expect(await joined).to.equal(undefined);
  });

  it('releases a CallClient made while the element was being removed', async () => {
    let el!: AcsCallProvider;
    log().onClient = () => {
      log().onClient = undefined;
      el.remove();
    };
    el = make({ 'token-url': '/api/token' }, tokenServer().fetch);
    await waitUntil(() => log().clients.length === 1 && log().clients[0]!.disposed, 'the client released');
  });
});
