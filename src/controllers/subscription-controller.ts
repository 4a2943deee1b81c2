import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Anything whose events a UI follows: an SDK object's `on(event, listener)` and `off(event, listener)`.
 *
 * The SDK declares one overload per event name; `never` parameters accept every one of them without `any`.
 */
export interface SdkEmitter {
  on(event: never, listener: never): void;
  off(event: never, listener: never): void;
}

/** Whether `value` has the SDK's `on` and `off` methods (a Promise, a string or `{}` does not). */
export function isSdkEmitter(value: unknown): value is SdkEmitter {
  const candidate = value as Partial<Record<'on' | 'off', unknown>> | null | undefined;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.on === 'function' &&
    typeof candidate.off === 'function'
  );
}

/** What a {@link SubscriptionController} follows, and what it does on each event. */
export interface SubscriptionOptions<T, E extends string> {
  /** The events followed on every target. */
  readonly events: readonly E[];
  /**
   * Hears each event (the SDK's own arguments, and the target it came from) before the host renders again: for
   * the few facts the SDK keeps no property for (`mutedByOthers`, an incoming call that ended).
   */
  readonly onEvent?: (event: E, args: readonly unknown[], target: T) => void;
  /**
   * The objects whose events are followed, for a target that spreads them over several parts (the user-facing
   * diagnostics feature has `media` and `network`). By default, the target itself.
   */
  readonly emitters?: (target: T) => readonly unknown[];
  /**
   * Whether an event renders the host again (default `true`). `false` leaves it to `onEvent`, for a host that
   * renders only for some of them (a grid re-lays itself out for a screen share, not for a camera).
   */
  readonly update?: boolean;
  /**
   * Told when a target cannot be followed: it is not an SDK object, or its `on()` refused every event. The target
   * is dropped, as if it had not been given, so the host shows "nothing to follow" and the next good target works.
   * (An `on()` that refuses some of the events, e.g. an SDK version without one of them, is followed for the
   * others.)
   */
  readonly onInvalid?: (target: unknown, error: unknown) => void;
}

type Listener = (...args: unknown[]) => void;

/** The listeners held on one target. */
interface Held {
  readonly listeners: [emitter: SdkEmitter, event: string, listener: Listener][];
  /** Set to false on release: an emitter that calls a listener removed during its own dispatch is ignored. */
  active: boolean;
}

/**
 * The one way this project follows SDK objects: "these objects, these events, render again". While the host is
 * connected it holds a listener per target and event; an event asks the host to render, and the host reads the
 * SDK's properties at render time (nothing is copied here). It releases every listener when the host
 * disconnects and takes them back, with one more render, when it reconnects (events were missed meanwhile).
 *
 * It follows one object (`target`) or a collection (`follow(list)`): a new list keeps the listeners on the objects
 * still in it, releases those that left and subscribes those that came. A value that is not an SDK object is
 * never followed (see `onInvalid`), so a wrong value cannot break the host for good. Changes made while the host is
 * out of the document are followed when it comes back (with one render then).
 *
 * ```ts
 * readonly #call = new SubscriptionController<Call, CallEventName>(this, { events: ['stateChanged', 'isMutedChanged'] });
 * protected willUpdate() { this.#call.target = this.call; }
 * render() { return html`${this.#call.target?.isMuted ? 'Muted' : 'Live'}`; }
 * ```
 */
export class SubscriptionController<T extends object, E extends string = string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SubscriptionOptions<T, E>;
  #targets: readonly T[] = [];
  readonly #held = new Map<T, Held>();
  #connected = false;
  /** Values refused since the last list without one: assigned again (each update does), not reported again. */
  readonly #refused = new Set<unknown>();

  constructor(host: ReactiveControllerHost, options: SubscriptionOptions<T, E>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The object followed (the first one, when a collection is followed). */
  get target(): T | undefined {
    return this.#targets[0];
  }

  set target(next: T | undefined) {
    if (next === this.#targets[0] && this.#targets.length === (next === undefined ? 0 : 1)) return;
    this.follow(next === undefined || next === null ? [] : [next]);
  }

  /** Every object followed, in the order given. */
  get targets(): readonly T[] {
    return this.#targets;
  }

  /**
   * Follows exactly `next`: the listeners on objects that stay are kept, those on objects that left are released,
   * the new objects are subscribed (while the host is connected). Renders the host again when the list changed.
   */
  follow(next: Iterable<T>): void {
    const list: T[] = [];
    const kept = new Set<T>();
    let refused = false;
    for (const target of next) {
      if (kept.has(target)) continue;
      if (!this.#emitters(target)) {
        refused = true;
        this.#refuse(target, new TypeError('not an SDK object: it has no on() and off() methods'));
        continue;
      }
      kept.add(target);
      list.push(target);
    }
    if (!refused) this.#refused.clear();
    const previous = this.#targets;
    let changed = previous.length !== list.length;
    for (let i = 0; !changed && i < list.length; i++) changed = previous[i] !== list[i];
    if (!changed) return;
    for (const target of this.#held.keys()) if (!kept.has(target)) this.#release(target);
    this.#targets = list;
    // While the host is away nothing is held, and reconnecting subscribes and renders.
    if (!this.#connected) return;
    for (const target of list) this.#subscribe(target);
    this.#host.requestUpdate();
  }

  /** How many listeners are held on SDK objects (0 while the host is disconnected). */
  get listenerCount(): number {
    let count = 0;
    for (const held of this.#held.values()) count += held.listeners.length;
    return count;
  }

  hostConnected(): void {
    this.#connected = true;
    for (const target of this.#targets) this.#subscribe(target);
    // Events were missed while the host was out of the document: read the SDK again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const target of [...this.#held.keys()]) this.#release(target);
  }

  /** The emitters of a target, or `undefined` when one of them is not an SDK object. */
  #emitters(target: T): SdkEmitter[] | undefined {
    let emitters: readonly unknown[];
    try {
      emitters = this.#options.emitters ? this.#options.emitters(target) : [target];
    } catch {
      return undefined;
    }
    return emitters.every(isSdkEmitter) ? (emitters as SdkEmitter[]) : undefined;
  }

  #subscribe(target: T): void {
    if (this.#held.has(target)) return;
    const emitters = this.#emitters(target);
    const held: Held = { listeners: [], active: true };
    const { events, onEvent, update = true } = this.#options;
    let refusal: unknown = new TypeError('not an SDK object any more: it has no on() and off() methods');
    for (const emitter of emitters ?? []) {
      for (const event of events) {
        const listener: Listener = (...args) => {
          if (!held.active) return;
          onEvent?.(event, args, target);
          if (update) this.#host.requestUpdate();
        };
        try {
          emitter.on(event as never, listener as never);
          held.listeners.push([emitter, event, listener]);
        } catch (error) {
          // This object (or this SDK version) has no such event: the others are still followed.
          refusal = error;
        }
      }
    }
    if (held.listeners.length || !events.length) {
      this.#held.set(target, held);
      return;
    }
    // An object that refuses every event (or that stopped being an SDK object while the host was away) is not
    // the SDK object the host expects: it is dropped.
    this.#targets = this.#targets.filter((t) => t !== target);
    this.#refuse(target, refusal);
  }

  #refuse(target: unknown, error: unknown): void {
    if (this.#refused.has(target)) return;
    this.#refused.add(target);
    this.#options.onInvalid?.(target, error);
  }

  #release(target: T): void {
    const held = this.#held.get(target);
    if (!held) return;
    this.#held.delete(target);
    held.active = false;
    for (const [emitter, event, listener] of held.listeners) {
      try {
        emitter.off(event as never, listener as never);
      } catch {
        // A disposed object may refuse; its listeners are gone with it.
      }
    }
  }
}
