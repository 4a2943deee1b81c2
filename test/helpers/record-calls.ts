import type { Call } from '../../src/sdk/index.js';

/** One recorded SDK call: the method and its arguments. */
export interface RecordedCall<M extends string> {
  readonly method: M;
  readonly args: readonly unknown[];
}

/**
 * Wraps `methods` of a call so that every call to them is recorded (in order, with its arguments) and the most in
 * flight at once is counted: what "a double click toggles once" and "never two commands at a time" are checked with.
 */
export function recordCalls<M extends keyof Call & string>(call: Call, methods: readonly M[]) {
  const log: RecordedCall<M>[] = [];
  let inFlight = 0;
  let max = 0;
  for (const method of methods) {
    const original = (call[method] as (...a: unknown[]) => Promise<unknown>).bind(call);
    (call as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      log.push({ method, args });
      max = Math.max(max, ++inFlight);
      try {
        return await original(...args);
      } finally {
        inFlight--;
      }
    };
  }
  return {
    log,
    /** The methods called, in order. */
    get methods(): M[] {
      return log.map((c) => c.method);
    },
    get maxInFlight(): number {
      return max;
    },
  };
}
