/**
 * Time, as the parts that wait read it: the current time and one-shot timers. The system's by default; tests and
 * the simulator use a virtual clock (`createVirtualClock()` in `acs-calling-elements/simulator`), so that "wait,
 * then check that nothing happened" costs no real time and no race.
 */
export interface Clock {
  /** Milliseconds since the epoch (`Date.now()`). */
  now(): number;
  /**
   * A time that only moves forward (`performance.now()`), to tell a wall clock set back from time passing. When a
   * clock has none, `now()` is taken as monotonic.
   */
  monotonic?(): number;
  /** Calls `callback` once, after `ms`. */
  setTimeout(callback: () => void, ms: number): ClockTimer;
  /** Cancels a timer (a timer that ran, or `undefined`, is ignored). */
  clearTimeout(timer: ClockTimer | undefined): void;
}

/** A timer handle of a {@link Clock}. */
export type ClockTimer = { readonly __clockTimer: never } | number | ReturnType<typeof setTimeout>;

/** The system's clock: `Date.now()`, `performance.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};
