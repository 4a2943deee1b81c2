import type { ReactiveControllerHost } from 'lit';
import type { AcsSdk, Call, CallFeatureTokens } from '../sdk/index.js';
import { SubscriptionController, type SubscriptionOptions } from './subscription-controller.js';

/** Picks one feature token from the SDK's `Features` (e.g. `(f) => f.Capabilities`). */
export type FeatureToken = (features: CallFeatureTokens) => CallFeatureTokens[keyof CallFeatureTokens];

/**
 * Follows one feature of a call (`call.feature(sdk.Features.X)`): subscribes to its events while the host is
 * connected and renders the host again on each; subclasses read the feature's values at render time. A call that
 * cannot give the feature (no SDK yet, a call that ended) simply has none.
 */
export class FeatureController<F extends object, E extends string = string> extends SubscriptionController<F, E> {
  readonly #token: FeatureToken;

  constructor(host: ReactiveControllerHost, token: FeatureToken, options: SubscriptionOptions<F, E>) {
    super(host, options);
    this.#token = token;
  }

  /**
   * Follows `call`'s feature, reached through `sdk.Features`. Asked on every update: the SDK returns the same
   * feature object for a call, and an unchanged target costs nothing.
   */
  set(call: Call | undefined, sdk: AcsSdk | undefined): void {
    let feature: F | undefined;
    try {
      feature = call && sdk ? (call.feature(this.#token(sdk.Features) as never) as F) : undefined;
    } catch {
      // This call has no such feature.
    }
    this.target = feature;
  }
}
