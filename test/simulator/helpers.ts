import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

/** Simulators created by a test, disposed after it. */
const created: Simulator[] = [];

/** A simulator with a tiny latency (tests are not about latency unless they say so). */
export function sim(options: SimulatorOptions = {}): Simulator {
  const s = createSimulator({ latency: 1, ...options });
  created.push(s);
  return s;
}

/** Disposes every simulator created through {@link sim}. Call from `afterEach`. */
export function disposeAll(): void {
  for (const s of created.splice(0)) s.dispose();
}

/** Resolves after `ms`. */
export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The error a function throws synchronously (fails when it does not throw). */
export function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a synchronous throw');
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** Whether a promise is still pending after `ms`. */
export async function pendingAfter(p: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  const result = await Promise.race([
    p.then(
      () => 'settled',
      () => 'settled',
    ),
    delay(ms).then(() => marker),
  ]);
  return result === marker;
}
