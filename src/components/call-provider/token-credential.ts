import type { CommunicationTokenCredential } from '../../sdk/index.js';

/** The `fetch` the provider uses (a property, so tests and pages can substitute their own). */
export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** The access token a credential hands to the SDK. */
export interface AccessTokenLike {
  token: string;
  expiresOnTimestamp: number;
}

/** A token endpoint answered, but not with a usable token. */
export class TokenFetchError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'TokenFetchError';
    this.status = status;
  }
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
  readonly #margin: number;
  #current?: AccessTokenLike;
  #inflight?: Promise<AccessTokenLike>;
  #disposed = false;

  constructor(url: string, fetcher: Fetcher, refreshMarginMs = 2 * 60_000) {
    this.#url = url;
    this.#fetch = fetcher;
    this.#margin = refreshMarginMs;
  }

  /** How many times the token was fetched (for tests). */
  fetchCount = 0;

  async getToken(): Promise<AccessTokenLike> {
    if (this.#disposed) throw new TokenFetchError('The token credential was disposed.');
    const current = this.#current;
    if (current && Date.now() < current.expiresOnTimestamp - this.#margin) return current;
    this.#inflight ??= this.#fetchToken().finally(() => (this.#inflight = undefined));
    return this.#inflight;
  }

  dispose(): void {
    this.#disposed = true;
    this.#current = undefined;
  }

  async #fetchToken(): Promise<AccessTokenLike> {
    this.fetchCount++;
    const response = await this.#fetch(this.#url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new TokenFetchError(`The token URL answered ${response.status}.`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TokenFetchError('The token URL did not answer JSON.');
    }
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || !token) throw new TokenFetchError('The token URL answered without a token.');
    const expiresOnTimestamp = jwtExpiry(token) ?? Date.now() + 10 * 60_000;
    this.#current = { token, expiresOnTimestamp };
    return this.#current;
  }
}
