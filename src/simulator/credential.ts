/**
 * Tokens for the simulator: the SDK checks a credential before it makes an agent (none, a `getToken()` that
 * rejects, a token that is not a JWT: each its own 401), and so does the simulator. `sim.credential` is a
 * credential with a well-formed (unsigned) token, what a test or a story passes to `createCallAgent`.
 */
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { Clock } from '../clock.js';

/** What `getToken()` resolves with (`AccessToken`). */
type AccessToken = Awaited<ReturnType<CommunicationTokenCredential['getToken']>>;

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A token shaped like an ACS access token: a JWT with the claims the SDK reads (`skypeid`, `scp`, `exp`). It is
 * not signed: nothing checks a signature offline, and the simulator never goes online.
 */
export function simulatedToken(userId: string, expiresOnTimestamp: number): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      skypeid: userId.replace(/^8:/, ''),
      scp: 1792,
      resourceId: '00000000-0000-0000-0000-000000000000',
      exp: Math.floor(expiresOnTimestamp / 1000),
    }),
  );
  return `${header}.${payload}.`;
}

/** Whether a token is a JWT (three parts, the middle one base64url JSON), as the SDK checks it before using it. */
export function isJwt(token: unknown): token is string {
  if (typeof token !== 'string') return false;
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  try {
    const base64 = parts[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    return typeof claims === 'object' && claims !== null;
  } catch {
    return false;
  }
}

/**
 * A `CommunicationTokenCredential` like the SDK's `AzureCommunicationTokenCredential`: `getToken()` gives the same
 * simulated token until it is about to expire (by the simulator's clock), then a new one valid for an hour.
 * `dispose()` makes later `getToken()` calls reject, as the SDK's credentials do.
 */
export class SimulatedTokenCredential implements CommunicationTokenCredential {
  readonly #userId: string;
  readonly #clock: Clock;
  #current: AccessToken | undefined;
  #disposed = false;
  /** How many times `getToken()` was asked (the SDK asks once per agent and again when a token expires). */
  requests = 0;

  /** @internal Use `sim.credential`. */
  constructor(userId: string, clock: Clock) {
    this.#userId = userId;
    this.#clock = clock;
  }

  async getToken(): Promise<AccessToken> {
    this.requests++;
    if (this.#disposed) throw new Error('The credential is disposed.');
    return this.current();
  }

  /** @internal The token now, renewed when it is about to expire (what `sim.connectedCall()`'s agent is made with). */
  current(): AccessToken {
    const now = this.#clock.now();
    if (!this.#current || this.#current.expiresOnTimestamp - now < REFRESH_BEFORE_EXPIRY) {
      const expiresOnTimestamp = now + 3_600_000;
      this.#current = { token: simulatedToken(this.#userId, expiresOnTimestamp), expiresOnTimestamp };
    }
    return { ...this.#current };
  }

  dispose(): void {
    this.#disposed = true;
  }
}

/** A token this close to its expiry is renewed (the SDK's credential renews 10 minutes before). */
const REFRESH_BEFORE_EXPIRY = 600_000;
