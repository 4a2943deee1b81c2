/**
 * A virtual clock: time moves only when a test (or a story) says so. Give it to the simulator
 * (`createSimulator({ clock })`) and to `<acs-call-provider>` (`.clock`), then `await clock.advance(ms)`: every timer
 * that falls due runs, in order, with the promises it settles, and no real time passes. "Wait 20 s, then check that
 * nothing happened" becomes exact and instant, whatever else the machine is doing.
 */
import type { Clock, ClockTimer } from '../clock.js';

interface Timer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

/** Lets the promise callbacks queued so far (and those they queue) run: one task of the event loop. */
const settle = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

/** A {@link Clock} whose time moves only with {@link VirtualClock.advance}. */
export class VirtualClock implements Clock {
  #now: number;
  #order = 0;
  readonly #timers = new Map<number, Timer>();

  /** Starts at `start` (default: the real time now, so that dates look real). */
  constructor(start = Date.now()) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  /** Virtual time never jumps back: it is its own monotonic time. */
  monotonic(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): ClockTimer {
    const id = ++this.#order;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms || 0), order: id, callback });
    return id;
  }

  clearTimeout(timer: ClockTimer | undefined): void {
    this.#timers.delete(timer as number);
  }

  /** Timers set and not run yet. */
  get pending(): number {
    return this.#timers.size;
  }

  /**
   * Moves time forward by `ms`: every timer due by then runs, earliest first (timers set meanwhile included),
   * each followed by the promise callbacks it queued. Resolves once time has reached the end.
   */
  async advance(ms: number): Promise<void> {
    const end = this.#now + Math.max(0, ms);
    await settle();
    for (;;) {
      let next: [number, Timer] | undefined;
      for (const entry of this.#timers)
        if (
          entry[1].at <= end &&
          (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].order < next[1].order))
        )
          next = entry;
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = Math.max(this.#now, next[1].at);
      next[1].callback();
      await settle();
    }
    this.#now = end;
    await settle();
  }
}

/** A new {@link VirtualClock} (see there). */
export const createVirtualClock = (start?: number): VirtualClock => new VirtualClock(start);
