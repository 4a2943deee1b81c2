import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Any SDK object: it has `on(event, listener)` and `off(event, listener)`. */
export interface SdkEmitter {
  // The SDK declares one overload per event; this is the shape every one of them fits.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: any, listener: (...args: any[]) => void): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: any, listener: (...args: any[]) => void): void;
}

type Entry = [SdkEmitter, string, (...args: unknown[]) => void];

/** A set of subscriptions that can be released at once. Listeners keep a stable identity, so `off` works. */
export class Subscriptions {
  #entries: Entry[] = [];

  /** Subscribes `listener` to each of `events` on `target`. */
  add(target: SdkEmitter, events: readonly string[], listener: (...args: unknown[]) => void): void {
    for (const event of events) {
      target.on(event, listener);
      this.#entries.push([target, event, listener]);
    }
  }

  /** Releases every listener on `target` (or all of them when no target is given). */
  release(target?: SdkEmitter): void {
    const keep: Entry[] = [];
    for (const entry of this.#entries) {
      if (target && entry[0] !== target) keep.push(entry);
      else entry[0].off(entry[1], entry[2]);
    }
    this.#entries = keep;
  }

  /** How many listeners are held (for tests). */
  get size(): number {
    return this.#entries.length;
  }
}

/**
 * Holds a reference to one SDK object, subscribes to a list of its events while the host is connected, and
 * asks the host to render again on each. It stores nothing else: the host reads the SDK object at render time.
 * Swapping the object releases the old one's listeners first.
 */
export class SdkEventsController<T extends SdkEmitter> implements ReactiveController {
  protected readonly host: ReactiveControllerHost & HTMLElement;
  readonly #events: readonly string[];
  readonly #onEvent?: (event: string, args: unknown[]) => void;
  readonly #subs = new Subscriptions();
  #target?: T;
  #connected = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    events: readonly string[],
    onEvent?: (event: string, args: unknown[]) => void,
  ) {
    this.host = host;
    this.#events = events;
    this.#onEvent = onEvent;
    host.addController(this);
  }

  /** The SDK object this controller follows. */
  get target(): T | undefined {
    return this.#target;
  }

  set target(next: T | undefined) {
    if (next === this.#target) return;
    this.#unsubscribe();
    this.#target = next;
    if (this.#connected) this.#subscribe();
    this.targetChanged();
    this.host.requestUpdate();
  }

  /** Called after the target changed (subclasses follow child objects here). */
  protected targetChanged(): void {}

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  /** How many listeners this controller holds on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#subs.size;
  }

  #subscribe() {
    if (!this.#target || this.#subs.size) return;
    for (const event of this.#events) {
      const listener = (...args: unknown[]) => {
        this.#onEvent?.(event, args);
        this.host.requestUpdate();
      };
      this.#subs.add(this.#target, [event], listener);
    }
  }

  #unsubscribe() {
    this.#subs.release();
  }
}
