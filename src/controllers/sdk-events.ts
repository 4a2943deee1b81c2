import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AcsSdk, Call, FeatureTokens } from '../sdk/index.js';

/** Any SDK object: it has `on(event, listener)` and `off(event, listener)`. */
export interface SdkEmitter {
  // The SDK declares one overload per event; this is the shape every one of them fits.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: any, listener: (...args: any[]) => void): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: any, listener: (...args: any[]) => void): void;
}

type Listener = (...args: unknown[]) => void;

/** A set of subscriptions that can be released at once. Listeners keep a stable identity, so `off` works. */
export class Subscriptions {
  #entries: [SdkEmitter, string, Listener][] = [];

  /** Subscribes `listener` to each of `events` on `target`. */
  add(target: SdkEmitter, events: readonly string[], listener: Listener): void {
    for (const event of events) (this.#entries.push([target, event, listener]), target.on(event, listener));
  }

  /** Releases every listener on `target` (or all of them when no target is given). */
  release(target?: SdkEmitter): void {
    this.#entries = this.#entries.filter(([t, event, listener]) => (target && t !== target) || t.off(event, listener));
  }

  /** How many listeners are held (for tests). */
  get size(): number {
    return this.#entries.length;
  }
}

/**
 * Holds a reference to one SDK object, subscribes to a list of its events while the host is connected, and
 * asks the host to render again on each (and on connection). It stores nothing else: the host reads the SDK object
 * at render time. Swapping the object releases the old one's listeners first.
 */
export class SdkEventsController<T extends object, E extends string = string> implements ReactiveController {
  protected readonly host: ReactiveControllerHost & HTMLElement;
  readonly #events: readonly E[];
  readonly #onEvent?: (event: E, args: unknown[]) => void;
  readonly #subs = new Subscriptions();
  #target?: T;

  /** Follows `events` (`onEvent` hears each before the host renders again). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    events: readonly E[],
    onEvent?: (event: E, args: unknown[]) => void,
  ) {
    (this.host = host).addController(this);
    this.#events = events;
    this.#onEvent = onEvent;
  }

  /** The SDK object this controller follows. */
  get target(): T | undefined {
    return this.#target;
  }

  set target(next: T | undefined) {
    if (next === this.#target) return;
    this.#subs.release();
    this.#target = next;
    this.#subscribe();
  }

  /** Subscribes, and renders again: events were missed while the host was out of the document. */
  hostConnected(): void {
    this.#subscribe();
  }

  /** Subscribes to the target's events while the host is in the document (once), and renders again. */
  #subscribe() {
    const target = this.#target;
    if (target && this.host.isConnected && !this.#subs.size)
      for (const emitter of this.emitters(target))
        for (const event of this.#events)
          this.#subs.add(emitter, [event], (...args: unknown[]) => {
            this.#onEvent?.(event, args);
            this.host.requestUpdate();
          });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#subs.release();
  }

  /** How many listeners this controller holds on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#subs.size;
  }

  /** The objects whose events are followed: the target itself (a feature may have several, e.g. media, network). */
  protected emitters(target: T): SdkEmitter[] {
    return [target as SdkEmitter];
  }
}

/**
 * Follows one feature of a call (`call.feature(sdk.Features.X)`): subscribes to its events while the host is
 * connected and re-renders the host on each; subclasses read the feature's values at render time. A call that
 * cannot give the feature (no SDK yet, a disposed call) simply has none.
 */
export class FeatureController<F extends object> extends SdkEventsController<F> {
  readonly #token: (features: FeatureTokens) => FeatureTokens[keyof FeatureTokens];

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    token: (features: FeatureTokens) => FeatureTokens[keyof FeatureTokens],
    events: readonly string[],
    onEvent?: (event: string, args: unknown[]) => void,
  ) {
    super(host, events, onEvent);
    this.#token = token;
  }

  /**
   * Follows `call`'s feature, reached through `sdk.Features` (asked on every call: the SDK returns the same feature
   * object for a call, and the `target` setter ignores an unchanged one).
   */
  set(call: Call | undefined, sdk: AcsSdk | undefined): void {
    let feature: F | undefined;
    try {
      feature = call && sdk && (call.feature(this.#token(sdk.Features) as never) as F);
    } catch {
      // No feature to follow.
    }
    this.target = feature;
  }
}
