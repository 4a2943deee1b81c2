import type { CommunicationTokenCredential } from '../../sdk/index.js';

/** The `fetch` the provider uses (a property, so tests and pages can substitute their own). */
export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** The access token a credential hands to the SDK. */
export interface AccessTokenLike {
  token: string;
  expiresOnTimestamp: number;
}

/** Why a token could not be had: an HTTP error, not JSON, no token in it, no answer in time, or disposed. */
export type TokenFetchFailure = 'status' | 'notJson' | 'noToken' | 'timeout' | 'disposed';

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
  /** Fetch again when the token expires within this many ms (default 2 minutes). */
  refreshMarginMs?: number;
  /** Give up on a token request after this many ms (default 20 s). */
  timeoutMs?: number;
  /**
   * Called when fetching a token fails after an earlier fetch succeeded: a refresh the SDK asked for, which would
   * otherwise fail only inside the SDK, later and silently.
   */
  onRefreshError?: (error: unknown) => void;
  /** Called after each token fetched (a refresh that succeeds clears what `onRefreshError` showed). */
  onFetched?: () => void;
}

/** Reads a JWT's `exp` claim (seconds) as milliseconds since the epoch, or `undefined` when it has none. */
export function jwtExpiry(token: string): number | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `CommunicationTokenCredential` that fetches `{token}` JSON from a URL, and fetches again when the token is
 * within `refreshMarginMs` of its expiry (the JWT's `exp`; a token without one is fetched again after 10 minutes).
 * Concurrent `getToken()` calls share one request.
 */
export class FetchedTokenCredential implements CommunicationTokenCredential {
  readonly #url: string;
  readonly #fetch: Fetcher;
  readonly #options: FetchedTokenOptions;
  #current?: AccessTokenLike;
  #inflight?: Promise<AccessTokenLike>;
  #fetched = false;
  #disposed = false;

  constructor(url: string, fetcher: Fetcher, options: FetchedTokenOptions = {}) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#options = options;
  }

  /** How many times the token was fetched (for tests). */
  fetchCount = 0;

  async getToken(): Promise<AccessTokenLike> {
    if (this.#disposed) throw new TokenFetchError('disposed', 'The token credential was disposed.');
    const current = this.#current;
    if (current && Date.now() < current.expiresOnTimestamp - (this.#options.refreshMarginMs ?? 2 * 60_000))
      return current;
    this.#inflight ??= this.#fetchToken().then(
      (token) => {
        this.#fetched = true;
        if (!this.#disposed) this.#options.onFetched?.();
        return token;
      },
      (error: unknown) => {
        if (this.#fetched && !this.#disposed) this.#options.onRefreshError?.(error);
        throw error;
      },
    );
    return this.#inflight.finally(() => (this.#inflight = undefined));
  }

  dispose(): void {
    this.#disposed = true;
    this.#current = undefined;
  }

  /** One request, within the timeout (its own timer: a substituted `fetch` may ignore the abort signal). */
  async #fetchToken(): Promise<AccessTokenLike> {
    this.fetchCount++;
    const ms = this.#options.timeoutMs ?? 20_000;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new TokenFetchError('timeout', `The token URL did not answer within ${ms} ms.`);
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      return await Promise.race([this.#request(controller.signal), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #request(signal: AbortSignal): Promise<AccessTokenLike> {
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
    const expiresOnTimestamp = jwtExpiry(token) ?? Date.now() + 10 * 60_000;
    this.#current = { token, expiresOnTimestamp };
    return this.#current;
  }
}
