/**
 * The SDK's event-emitter model, reproduced: `on(name, listener)` / `off(name, listener)`, no return value,
 * unknown names throw synchronously with the SDK's error (code 422 and an object-specific subCode).
 */
import { SimulatedCallingError } from './errors.js';

/** Any listener; the SDK's own listener types are checked at the public `on()` of each object. */
export type AnyListener = (...args: any[]) => void;

/** How an object reports an unknown event name (the SDK's `EVENT_SUBSCRIBE` / `EVENT_UNSUBSCRIBE` errors). */
export interface EventErrorInfo {
  /** The object name used in the message, e.g. `'Call'` -> "Not able to subscribe to Call event, ...". */
  readonly subject: string;
  readonly code: number;
  /** subCode thrown by `on()` with an unknown name. */
  readonly subscribeSubCode?: number;
  /** subCode thrown by `off()` with an unknown name. */
  readonly unsubscribeSubCode?: number;
  /** `off()` with an unknown name throws the subscribe error, wording and subCode (the SDK's LocalVideoStream). */
  readonly offThrowsSubscribeError?: boolean;
}

/** Anything that can report how many listeners it holds. */
export interface ListenerCounter {
  listenerCount(): number;
  /** Drops every listener. */
  clear(): void;
}

/** Collects every emitter a simulator creates, so the simulator can report the total listener count. */
export class ListenerRegistry {
  readonly #emitters = new Set<ListenerCounter>();

  add(emitter: ListenerCounter): void {
    this.#emitters.add(emitter);
  }

  /** Total live listeners over every registered emitter. */
  total(): number {
    let n = 0;
    for (const e of this.#emitters) n += e.listenerCount();
    return n;
  }

  /** Emitters that still hold listeners, with their counts (for a helpful leak-test message). */
  leaks(): { emitter: ListenerCounter; count: number }[] {
    const out: { emitter: ListenerCounter; count: number }[] = [];
    for (const emitter of this.#emitters) {
      const count = emitter.listenerCount();
      if (count > 0) out.push({ emitter, count });
    }
    return out;
  }

  /** Drops every listener of every emitter (the simulator is disposed). */
  clearListeners(): void {
    for (const e of this.#emitters) e.clear();
  }
}

/**
 * Tells the developer that a listener threw. The SDK does not rethrow it (the action that fired the event still
 * succeeds) and does not call the later listeners of that event; the simulator does the same, and says so here.
 */
export function reportListenerError(event: string, error: unknown): void {
  console.warn(
    `A listener of the "${event}" event threw: the SDK does not call the later listeners of this event.`,
    error,
  );
}

/**
 * A small event emitter with the SDK's semantics:
 * - a fixed set of known event names; `on`/`off` with any other name throws a `CallingCommunicationError`;
 * - the same listener may be added twice (like Node's EventEmitter, which the SDK uses) and `off` removes one;
 * - a listener that is not a function is a `TypeError`, as Node's EventEmitter says;
 * - listeners run synchronously in subscription order; one that throws stops the later ones (its error is not
 *   rethrown to the code that fired the event), as in the SDK.
 */
export class Emitter<E extends string> implements ListenerCounter {
  readonly #names: ReadonlySet<string>;
  readonly #errors: EventErrorInfo;
  readonly #listeners = new Map<string, AnyListener[]>();
  /** A label for leak reports, e.g. `Call#3`. */
  readonly label: string;

  constructor(names: Iterable<string>, errors: EventErrorInfo, registry?: ListenerRegistry, label?: string) {
    this.#names = new Set(names);
    this.#errors = errors;
    this.label = label ?? errors.subject;
    registry?.add(this);
  }

  /** Whether `name` is an event this object accepts. */
  has(name: string): boolean {
    return this.#names.has(name);
  }

  /** Throws the SDK's error for an unknown event name (`on` and `off` differ in wording and subCode). */
  #checkName(event: string, action: 'subscribe to' | 'unsubscribe from', subCode: number | undefined): void {
    if (this.#names.has(event)) return;
    throw new SimulatedCallingError({
      message: `Not able to ${action} ${this.#errors.subject} event, unknown event name.`,
      code: this.#errors.code,
      subCode,
    });
  }

  on(event: string, listener: AnyListener): void {
    this.#checkName(event, 'subscribe to', this.#errors.subscribeSubCode);
    if (typeof listener !== 'function')
      throw new TypeError(`The "listener" argument must be of type function. Received ${typeof listener}`);
    const list = this.#listeners.get(event);
    if (list) list.push(listener);
    else this.#listeners.set(event, [listener]);
  }

  off(event: string, listener: AnyListener): void {
    if (this.#errors.offThrowsSubscribeError) this.#checkName(event, 'subscribe to', this.#errors.subscribeSubCode);
    else this.#checkName(event, 'unsubscribe from', this.#errors.unsubscribeSubCode);
    const list = this.#listeners.get(event);
    if (!list) return;
    const i = list.lastIndexOf(listener);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.#listeners.delete(event);
  }

  /** Calls every listener of `event` with `args` (none for property-change events). */
  emit(event: E, ...args: unknown[]): void {
    const list = this.#listeners.get(event);
    if (!list) return;
    for (const listener of [...list]) {
      try {
        listener(...args);
      } catch (error) {
        reportListenerError(event, error);
        return;
      }
    }
  }

  /** Number of live listeners, for one event or all. */
  listenerCount(event?: E): number {
    if (event !== undefined) return this.#listeners.get(event)?.length ?? 0;
    let n = 0;
    for (const list of this.#listeners.values()) n += list.length;
    return n;
  }

  /** Drops every listener (used when the simulator is disposed). */
  clear(): void {
    this.#listeners.clear();
  }
}
