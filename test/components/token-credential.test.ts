// FetchedTokenCredential: the token endpoint is asked gently (one request at a time, refresh ahead, a minimum
// interval, a backoff after failures) and a device clock that is off does not matter. Time is a virtual clock:
// minutes pass in no real time, and the counts are exact.
import { expect } from '@open-wc/testing';
import { FetchedTokenCredential, jwtExpiry } from '../../src/components/call-provider/token-credential.js';
import { createVirtualClock, type Clock, type VirtualClock } from '../../src/simulator/index.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const base64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
/** A JWT issued at `iat` (ms, the server's clock) that lives `seconds`. */
const jwt = (seconds: number, iat = Date.now()) =>
  `h.${base64({ iat: Math.floor(iat / 1000), exp: Math.floor(iat / 1000) + seconds })}.s`;

/** A token server on the virtual clock: `answer` gives each response; `requests` counts them. */
function server(clock: VirtualClock, answer: () => Response | Promise<Response>) {
  const s = {
    requests: 0,
    answer,
    fetch: async () => {
      s.requests++;
      return s.answer();
    },
  };
  void clock;
  return s;
}

/** Asks for a token every `every` ms for `total` ms, as a polling SDK does; returns how many calls failed. */
async function poll(clock: VirtualClock, credential: FetchedTokenCredential, every: number, total: number) {
  let failed = 0;
  for (let t = 0; t < total; t += every) {
    await credential.getToken().catch(() => failed++);
    await clock.advance(every);
  }
  return failed;
}

describe('FetchedTokenCredential', () => {
  let clock: VirtualClock;
  beforeEach(() => {
    clock = createVirtualClock();
  });

  it('reads the JWT exp', () => {
    expect(jwtExpiry(`h.${base64({ exp: 2000000000 })}.s`)).to.equal(2000000000 * 1000);
    expect(jwtExpiry('not a jwt')).to.equal(undefined);
  });

  it('shares a request, reuses a fresh token, and refreshes ahead of expiry in the background', async () => {
    const s = server(clock, () => json({ token: jwt(3600, clock.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock });
    const [a, b] = await Promise.all([credential.getToken(), credential.getToken()]);
    expect(s.requests).to.equal(1);
    expect(a).to.equal(b);
    await clock.advance(57 * 60_000);
    expect(await credential.getToken()).to.equal(a);
    expect(s.requests, 'fresh: no request').to.equal(1);
    // Within 2 minutes of the expiry: the current token at once, a new one fetched meanwhile (once).
    await clock.advance(60_000);
    expect(await credential.getToken()).to.equal(a);
    expect(await credential.getToken()).to.equal(a);
    await clock.advance(0);
    expect(s.requests).to.equal(2);
    expect((await credential.getToken()).token).to.not.equal(a.token);
    credential.dispose();
    const error = await credential.getToken().catch((e: unknown) => e);
    expect(error).to.include({ name: 'TokenFetchError', reason: 'disposed' });
  });

  it('asks for 1-second tokens no more than every 5 s, however often the SDK asks (12 a minute, not 235)', async () => {
    const s = server(clock, () => json({ token: jwt(1, clock.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock });
    await poll(clock, credential, 250, 60_000);
    expect(s.requests).to.be.within(11, 13);
  });

  it('backs off after failures (2 s doubled, capped at 5 min) and reports one error per outage', async () => {
    const errors: unknown[] = [];
    let fetched = 0;
    const s = server(clock, () => json({ token: jwt(60, clock.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, {
      clock,
      onRefreshError: (e) => errors.push(e),
      onFetched: () => fetched++,
    });
    await credential.getToken();
    s.answer = () => json({ error: 'down' }, 503);
    s.requests = 0;
    await poll(clock, credential, 1000, 60_000);
    // Refreshed from 30 s on (half of a 60 s life), then again 2, 4 and 8 s after each failure: at 30, 32, 36, 44 s.
    expect(s.requests).to.equal(4);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ name: 'TokenFetchError', reason: 'status', status: 503 });
    await poll(clock, credential, 1000, 20 * 60_000);
    // At 60, 92, 156, 284, 540 s (16, 32, 64, 128, 256 s after a failure), then every 300 s: 840, 1140 s.
    expect(s.requests).to.equal(4 + 7);
    expect(errors, 'still one report for the whole outage').to.have.length(1);
    s.answer = () => json({ token: jwt(60, clock.now()) });
    await poll(clock, credential, 1000, 6 * 60_000);
    expect(fetched).to.be.greaterThan(1);
    s.answer = () => json({ error: 'down' }, 503);
    await poll(clock, credential, 1000, 60_000);
    expect(errors, 'a new outage is reported again').to.have.length(2);
  });

  it('refresh() asks at once despite the backoff ("Try again"), and reports a failure each time', async () => {
    const errors: unknown[] = [];
    const s = server(clock, () => json({ token: jwt(60, clock.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock, onRefreshError: (e) => errors.push(e) });
    await credential.getToken();
    s.answer = () => json({}, 500);
    await clock.advance(61_000);
    await credential.getToken().catch(() => {});
    expect(s.requests).to.equal(2);
    // In the backoff: no request, the last error at once.
    expect(await credential.getToken().catch((e: unknown) => e)).to.include({ status: 500 });
    expect(s.requests).to.equal(2);
    await credential.refresh().catch(() => {});
    expect(s.requests).to.equal(3);
    expect(errors).to.have.length(2);
    s.answer = () => json({ token: jwt(60, clock.now()) });
    expect((await credential.refresh()).token).to.be.a('string');
    expect(credential.failures).to.equal(0);
  });

  it('is not fooled by a device clock an hour ahead (the lifetime is read from the token)', async () => {
    const serverNow = () => clock.now() - 3600_000;
    const s = server(clock, () => json({ token: jwt(3600, serverNow()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock });
    await poll(clock, credential, 100, 30_000);
    expect(s.requests).to.equal(1);
    const { expiresOnTimestamp } = await credential.getToken();
    expect(expiresOnTimestamp - clock.now()).to.be.within(3500_000, 3600_000);
  });

  it('reports a failed refresh (not a failed first fetch) to onRefreshError', async () => {
    const errors: unknown[] = [];
    const s = server(clock, () => json({}, 500));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock, onRefreshError: (e) => errors.push(e) });
    await credential.getToken().catch(() => {});
    expect(errors, 'the first fetch is reported by its caller').to.have.length(0);
  });

  it('gives up on a token URL that does not answer, also through a fetch that ignores the abort signal', async () => {
    let signal: AbortSignal | undefined;
    const credential = new FetchedTokenCredential(
      '/t',
      (_url, init) => {
        signal = init!.signal!;
        return new Promise(() => {});
      },
      { clock },
    );
    const asked = credential.getToken().catch((e: unknown) => e);
    await clock.advance(19_999);
    expect(signal!.aborted).to.equal(false);
    await clock.advance(1);
    expect(await asked).to.include({ name: 'TokenFetchError', reason: 'timeout' });
    expect(signal!.aborted, 'the request is aborted too').to.equal(true);
  });

  it('keeps the real, shorter life of a token a server re-serves from its cache (issued 50 minutes ago)', async () => {
    const s = server(clock, () => json({ token: jwt(3600, clock.now() - 50 * 60_000) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock });
    const { expiresOnTimestamp } = await credential.getToken();
    expect(expiresOnTimestamp - clock.now()).to.be.within(9 * 60_000, 10 * 60_000);
    await clock.advance(8.5 * 60_000);
    await credential.getToken();
    expect(s.requests, 'refreshed before it expires').to.equal(2);
  });

  it('reads the server’s time from the Date header (and Age) when the response has one', async () => {
    const serverNow = clock.now() - 3600_000; // the device clock is an hour ahead of the server
    const headers = { 'content-type': 'application/json', date: new Date(serverNow - 30_000).toUTCString(), age: '30' };
    const token = `h.${base64({ exp: Math.floor(serverNow / 1000) + 600 })}.s`;
    const s = server(clock, () => new Response(JSON.stringify({ token }), { headers }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock });
    const { expiresOnTimestamp } = await credential.getToken();
    expect(expiresOnTimestamp - clock.now()).to.be.within(599_000, 601_000);
  });

  it('still refreshes on time when the device clock is set back an hour during the session', async () => {
    // The device's wall clock, which the user sets back; time itself (the monotonic clock) keeps going.
    const local = { offset: 0 };
    const shifted: Clock = {
      now: () => clock.now() + local.offset,
      monotonic: () => clock.monotonic(),
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (timer) => clock.clearTimeout(timer),
    };
    const s = server(clock, () => json({ token: jwt(600, shifted.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock: shifted });
    await credential.getToken();
    local.offset = -3600_000;
    await clock.advance(7 * 60_000);
    await credential.getToken();
    await clock.advance(0);
    expect(s.requests, 'not due yet').to.equal(1);
    await clock.advance(90_000);
    await credential.getToken();
    await clock.advance(0);
    expect(s.requests, 'refreshed 2 minutes before its expiry, not an hour later').to.equal(2);
  });

  it('reports a failed "Try again" that shared a refresh already in flight, also within an outage', async () => {
    const errors: unknown[] = [];
    let answer!: (r: Response) => void;
    const s = server(clock, () => json({ token: jwt(60, clock.now()) }));
    const credential = new FetchedTokenCredential('/t', s.fetch, { clock, onRefreshError: (e) => errors.push(e) });
    await credential.getToken();
    s.answer = () => json({}, 500);
    await clock.advance(31_000);
    await credential.getToken();
    await clock.advance(0);
    expect(errors, 'the outage is reported once').to.have.length(1);
    s.answer = () => new Promise<Response>((resolve) => (answer = resolve));
    await clock.advance(2_000);
    await credential.getToken(); // the SDK's own refresh, in flight
    const tried = credential.refresh().catch(() => 'failed'); // the user's "Try again" shares it
    answer(json({}, 500));
    expect(await tried).to.equal('failed');
    expect(errors, 'the user hears that it failed').to.have.length(2);
  });
});
