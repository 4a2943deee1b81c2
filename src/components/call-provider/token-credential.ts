import type { CommunicationTokenCredential } from '../../sdk/index.js';
import { systemClock, type Clock } from '../../clock.js';

/** The `fetch` the provider uses (a property, so tests and pages can substitute their own). */
export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** The access token a credential hands to the SDK. */
export interface AccessTokenLike {
  token: string;
  expiresOnTimestamp: number;
}

/**
 * Why a token could not be had: an HTTP error, not JSON, no token in it, no answer in time, disposed, or asked
 * again too soon after a failure (`backoff`: the credential waits before asking the server again).
 */
export type TokenFetchFailure = 'status' | 'notJson' | 'noToken' | 'timeout' | 'disposed' | 'backoff';

/**
 * A token endpoint did not give a usable token. `reason` (and `status`) say why, so that the UI can say it in the
 * page's language; the message is for developers.
 */
export class TokenFetchError extends Error {
  readonly reason: TokenFetchFailure;
  readonly status?: number;
  constructor(reason: TokenFetchFailure, message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenFetchError';
    this.reason = reason;
    this.status = status;
  }
}

/** Options of a {@link FetchedTokenCredential}. */
export interface FetchedTokenOptions {
  /**
   * Refresh a token this long before it expires (default 2 minutes), or halfway through its life when it lives
   * shorter than twice that.
   */
  refreshMarginMs?: number;
  /** Give up on a token request after this many ms (default 20 s). */
  timeoutMs?: number;
  /** Never ask the server again sooner than this after a successful fetch (default 5 s). */
  minIntervalMs?: number;
  /** After a failure, wait this long before asking again, doubled after each further failure (default 2 s)... */
  backoffMs?: number;
  /** ...up to this (default 5 minutes). */
  maxBackoffMs?: number;
  /** The clock time is read from (default: the system's). */
  clock?: Clock;
  /**
   * Called once per outage: the first failed fetch after a token was had (a refresh the SDK asked for, which would
   * otherwise fail only inside the SDK, later and silently), and each failed {@link FetchedTokenCredential.refresh}
   * (the user asked for it), also when it shared a request already in flight.
   */
  onRefreshError?: (error: unknown) => void;
  /** Called after each token fetched (the end of an outage clears what `onRefreshError` showed). */
  onFetched?: () => void;
}

/** A JWT's claims this reads: `exp` and `iat` (seconds since the epoch, by the server's clock). */
function jwtClaims(token: string): { exp?: number; iat?: number } {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as Record<string, unknown>;
    const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
    return { exp: seconds(claims.exp), iat: seconds(claims.iat) };
  } catch {
    return {};
  }
}

/** Reads a JWT's `exp` claim (seconds) as milliseconds since the epoch, or `undefined` when it has none. */
export function jwtExpiry(token: string): number | undefined {
  const { exp } = jwtClaims(token);
  return exp === undefined ? undefined : exp * 1000;
}

/** A token as this credential keeps it: when to refresh and when it expires, by the local clock. */
interface HeldToken extends AccessTokenLike {
  /** Local time after which the token is refreshed (in the background while it still works). */
  readonly refreshAt: number;
}

/**
 * A `CommunicationTokenCredential` that fetches `{token}` JSON from a URL, gently:
 *
 * - **One request at a time**: concurrent `getToken()` calls share it.
 * - **Refresh ahead**: a token near its expiry is returned while a new one is fetched in the background; only an
 *   expired token makes the caller wait.
 * - **No storm**: never sooner than `minIntervalMs` after the last success; after a failure, nothing until a
 *   backoff (2 s, doubled per failure, capped at 5 minutes) has passed. A caller that needs a token meanwhile gets
 *   the last error at once.
 * - **Any clock**: the server's time is read from the response's `Date` (or, when the local clock plainly disagrees
 *   with the token, its `iat`), so a device clock an hour off neither refreshes a fresh token nor keeps an expired
 *   one; a clock set back during the session moves the times kept back with it.
 * - **One report per outage**: `onRefreshError` hears the first failure after a success, `onFetched` every success.
 */
export class FetchedTokenCredential implements CommunicationTokenCredential {
  readonly #url: string;
  readonly #fetch: Fetcher;
  readonly #options: FetchedTokenOptions;
  readonly #clock: Clock;
  #current?: HeldToken;
  #inflight?: Promise<AccessTokenLike>;
  /** No request before this local time (after a success: the minimum interval; after failures: the backoff). */
  #quietUntil = 0;
  #failures = 0;
  #lastError?: unknown;
  #disposed = false;
  /** A "Try again" waits on the request in flight: its failure is reported even within an outage. */
  #userWaiting = false;
  /** The time last read, and the monotonic time then: a clock set back is noticed (the times kept move with it). */
  #last?: { now: number; monotonic: number };

  constructor(url: string, fetcher: Fetcher, options: FetchedTokenOptions = {}) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** How many times the token was fetched (for tests and diagnostics). */
  fetchCount = 0;

  /** Failed fetches since the last success. */
  get failures(): number {
    return this.#failures;
  }

  async getToken(): Promise<AccessTokenLike> {
    if (this.#disposed) throw new TokenFetchError('disposed', 'The token credential was disposed.');
    const now = this.#now();
    const current = this.#current;
    const usable = current && now < current.expiresOnTimestamp ? current : undefined;
    if (usable && now < usable.refreshAt) return usable;
    // Due for a refresh (or without a token): one request, unless one is running or it is too soon.
    if (!this.#inflight && now >= this.#quietUntil) this.#inflight = this.#request();
    if (usable) {
      this.#inflight?.catch(() => {});
      return usable;
    }
    if (this.#inflight) return this.#inflight;
    throw (
      this.#lastError ?? new TokenFetchError('backoff', 'The token URL failed recently; waiting before asking again.')
    );
  }

  /**
   * Fetches a token now, whatever the backoff says (the user pressed "Try again"), sharing a request in flight.
   * A failure is reported to `onRefreshError`.
   */
  refresh(): Promise<AccessTokenLike> {
    if (this.#disposed) return Promise.reject(new TokenFetchError('disposed', 'The token credential was disposed.'));
    this.#userWaiting = true;
    return (this.#inflight ??= this.#request());
  }

  dispose(): void {
    this.#disposed = true;
    this.#current = undefined;
  }

  /** One request: counts the outcome (interval, backoff) and reports it. */
  async #request(): Promise<AccessTokenLike> {
    const hadToken = !!this.#current;
    try {
      const token = await this.#fetchWithTimeout();
      if (this.#disposed) return token;
      this.#failures = 0;
      this.#lastError = undefined;
      this.#quietUntil = this.#now() + (this.#options.minIntervalMs ?? 5_000);
      this.#options.onFetched?.();
      return token;
    } catch (error) {
      if (this.#disposed) throw error;
      this.#failures++;
      this.#lastError = error;
      const backoff = (this.#options.backoffMs ?? 2_000) * 2 ** (this.#failures - 1);
      this.#quietUntil = this.#now() + Math.min(backoff, this.#options.maxBackoffMs ?? 5 * 60_000);
      // The first fetch is reported by its caller (the provider's setup); a refresh once per outage, and every
      // "Try again" that failed (the user is waiting for an answer).
      if (hadToken && (this.#failures === 1 || this.#userWaiting)) this.#options.onRefreshError?.(error);
      throw error;
    } finally {
      this.#inflight = undefined;
      this.#userWaiting = false;
    }
  }

  /**
   * The clock's time. A clock set back (by hand, or by a time sync) moves the times kept back with it, so that a
   * backoff or a token's expiry measured before the change still lasts what it should.
   */
  #now(): number {
    const now = this.#clock.now();
    const monotonic = this.#clock.monotonic?.() ?? now;
    const last = this.#last;
    // How much further the wall clock went than the time that passed (negative: it was set back).
    const jump = last ? now - last.now - (monotonic - last.monotonic) : 0;
    this.#last = { now, monotonic };
    if (jump < -1000) {
      this.#quietUntil += jump;
      const current = this.#current;
      if (current)
        this.#current = {
          ...current,
          expiresOnTimestamp: current.expiresOnTimestamp + jump,
          refreshAt: current.refreshAt + jump,
        };
    }
    return now;
  }

  /** One request, within the timeout (its own timer: a substituted `fetch` may ignore the abort signal). */
  async #fetchWithTimeout(): Promise<AccessTokenLike> {
    this.fetchCount++;
    const ms = this.#options.timeoutMs ?? 20_000;
    const controller = new AbortController();
    let timer: ReturnType<Clock['setTimeout']> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.#clock.setTimeout(() => {
        const error = new TokenFetchError('timeout', `The token URL did not answer within ${ms} ms.`);
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      return await Promise.race([this.#fetchToken(controller.signal), timeout]);
    } finally {
      this.#clock.clearTimeout(timer);
    }
  }

  async #fetchToken(signal: AbortSignal): Promise<AccessTokenLike> {
    const response = await this.#fetch(this.#url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal,
    });
    if (!response.ok)
      throw new TokenFetchError('status', `The token URL answered ${response.status}.`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      // Aborted while reading: the timeout (which the race reports), not a malformed answer.
      if (signal.aborted) throw signal.reason;
      throw new TokenFetchError('notJson', 'The token URL did not answer JSON.', undefined, { cause: error });
    }
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || !token)
      throw new TokenFetchError('noToken', 'The token URL answered without a token.');
    this.#current = this.#hold(token, response.headers);
    return this.#current;
  }

  /**
   * When to refresh and when the token expires, on the local clock. The token's `exp` is the server's time, so
   * the local clock's offset from the server's is estimated: from the response's `Date` header (the server's
   * clock now, plus its `Age` when a cache answered); without it, from the token's `iat` when the local clock plainly disagrees with it (a token issued
   * in the local future, or already expired on arrival: the token is taken as just issued); otherwise the local
   * clock is trusted (a token a server re-serves from its cache keeps its real, shorter life). A token without
   * `exp` is kept for 10 minutes.
   */
  #hold(token: string, headers: Headers): HeldToken {
    const now = this.#now();
    const { exp, iat } = jwtClaims(token);
    const date = headers.get('date');
    // A response from an HTTP cache keeps its first `Date`; `Age` says how long ago that was.
    const served = date ? Date.parse(date) + (Number(headers.get('age')) || 0) * 1000 : NaN;
    let offset = 0;
    if (Number.isFinite(served)) offset = now - served;
    else if (iat !== undefined && exp !== undefined && (iat * 1000 > now + 60_000 || exp * 1000 <= now))
      offset = now - iat * 1000;
    const expiresOnTimestamp = exp === undefined ? now + 10 * 60_000 : exp * 1000 + offset;
    const lifetime = expiresOnTimestamp - now;
    const margin = Math.min(this.#options.refreshMarginMs ?? 2 * 60_000, lifetime / 2);
    return { token, expiresOnTimestamp, refreshAt: expiresOnTimestamp - Math.max(0, margin) };
  }
}
