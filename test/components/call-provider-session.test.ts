// <acs-call-provider>'s own session (token-url, no JavaScript) past the points the real SDK reaches offline: a fake
// SDK module given through sdk-src stands in for @azure/communication-calling, so that token refreshes, device
// manager failures, setting changes and the release of the client can be observed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import { registerStrings } from '../../src/i18n/localize.js';

/** What the fake SDK module records (read through `globalThis`, as the module is loaded once per URL). */
interface FakeSdkLog {
  clients: { disposed: boolean; released: string[] }[];
  agents: { displayName?: string; disposed: boolean }[];
  failDevices: number;
}
const log = () => (globalThis as unknown as { __fakeSdk: FakeSdkLog }).__fakeSdk;

const FAKE_SDK = `
const log = () => globalThis.__fakeSdk;
export const Features = {};
export class LocalVideoStream { constructor(source) { this.source = source; } }
export class VideoStreamRenderer {}
export class CallClient {
  // Each client records into the log of the test that made it (a release may land after that test).
  constructor() { this.record = { disposed: false, released: [] }; log().clients.push(this.record); }
  async createCallAgent(credential, options = {}) {
    await credential.getToken();
    const record = { displayName: options.displayName, disposed: false };
    const client = this.record;
    log().agents.push(record);
    return {
      kind: 'CallAgent', calls: [], connectionState: 'Connected', displayName: options.displayName,
      on() {}, off() {},
      join() { throw new Error('fake SDK: join is not simulated here'); },
      async dispose() { record.disposed = true; client.released.push('agent'); },
    };
  }
  async getDeviceManager() {
    if (log().failDevices > 0) {
      log().failDevices--;
      throw Object.assign(new Error('fake SDK: no device manager'), { code: 500, subCode: 7 });
    }
    return {
      on() {}, off() {}, isSpeakerSelectionAvailable: false,
      async getCameras() { return []; }, async getMicrophones() { return []; }, async getSpeakers() { return []; },
      async askDevicePermission() { return { audio: false, video: false }; },
    };
  }
  async dispose() { this.record.disposed = true; this.record.released.push('client'); }
}`;
const SDK_SRC = `data:text/javascript,${encodeURIComponent(FAKE_SDK)}`;

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

function make(attrs: Record<string, string>, fetcher: AcsCallProvider['fetch']): AcsCallProvider {
  const el = document.createElement('acs-call-provider');
  for (const [k, v] of Object.entries({ 'sdk-src': SDK_SRC, ...attrs })) el.setAttribute(k, v);
  el.fetch = fetcher;
  document.body.append(el);
  return el;
}

const alerts = (el: AcsCallProvider) =>
  [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());

describe('<acs-call-provider> session (fake SDK module through sdk-src)', () => {
  beforeEach(() => {
    (globalThis as unknown as { __fakeSdk: FakeSdkLog }).__fakeSdk = {
      clients: [],
      agents: [],
      failDevices: 0,
    };
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('acs-call-provider')) el.remove();
  });

  it('shows a failed token refresh (the SDK asking mid-session), fires acs-error, and recovers with "Try again"', async () => {
    const server = tokenServer();
    server.next = () => json({ token: jwt(30) });
    const el = make({ 'token-url': '/api/token' }, server.fetch);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    server.next = () => json({ error: 'down' }, 503);
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    await el.credential!.getToken().catch(() => {});
    expect((await event).detail.operation).to.equal('refreshToken');
    await el.updateComplete;
    expect(alerts(el)).to.deep.equal([
      'Could not get access to the call service. Check your connection and try again.Details: The token URL answered 503. Try again',
    ]);
    server.next = () => json({ token: jwt(30) });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => alerts(el).length === 0, 'recovered');
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(log().agents).to.have.length(1);
  });

  it('shows a device manager that cannot be had, fires acs-error, and gets it with "Try again"', async () => {
    log().failDevices = 1;
    const server = tokenServer();
    const event = new Promise<AcsErrorEvent>((resolve) =>
      document.addEventListener('acs-error', (e) => resolve(e as AcsErrorEvent), { once: true }),
    );
    const el = make({ 'token-url': '/api/token' }, server.fetch);
    const { detail } = await event;
    expect(detail).to.include({ operation: 'getDeviceManager', code: 500, subCode: 7 });
    await el.updateComplete;
    expect(alerts(el)[0]).to.contain('Could not list your cameras, microphones and speakers.');
    expect(alerts(el)[0]).to.contain('(500/7)');
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
      details: (message: string) => `Détails : ${message}`,
      tokenStatus: (status: number) => `Le serveur de jetons a répondu ${status}.`,
    });
    const el = make({ 'token-url': '/t', lang: 'fr' }, async () => json({}, 403));
    await oneEvent(el, 'acs-error');
    await el.updateComplete;
    expect(alerts(el)[0]).to.contain('Jeton indisponible.Détails : Le serveur de jetons a répondu 403.');
    expect(alerts(el)[0]).to.not.contain('The token URL');
  });
});
