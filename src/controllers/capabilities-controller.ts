import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AcsSdk, Call, CapabilitiesFeature, ParticipantCapabilityName } from '../sdk/index.js';
import { Subscriptions } from './sdk-events.js';

/**
 * Follows what the local user may do in a call (`call.feature(Features.Capabilities)`), reading the SDK at
 * render time. A capability the SDK does not report is treated as allowed (ACS group calls report none of the
 * meeting restrictions).
 */
export class CapabilitiesController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #subs = new Subscriptions();
  #call?: Call;
  #sdk?: AcsSdk;
  #feature?: CapabilitiesFeature;
  #connected = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  set(call: Call | undefined, sdk: AcsSdk | undefined): void {
    if (call === this.#call && sdk === this.#sdk) return;
    this.#subs.release();
    this.#call = call;
    this.#sdk = sdk;
    this.#feature = undefined;
    if (this.#connected) this.#subscribe();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    // Changes were missed while the host was out of the document: read again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#subs.release();
  }

  get listenerCount(): number {
    return this.#subs.size;
  }

  /** Whether the local user may do `name` (`isPresent`), `true` when the SDK says nothing. */
  allows(name: ParticipantCapabilityName): boolean {
    return this.#reach()?.capabilities[name]?.isPresent ?? true;
  }

  /** Why a capability is missing (`CapabilityResolutionReason`, e.g. `RoleRestricted`, `MeetingRestricted`). */
  reason(name: ParticipantCapabilityName): string | undefined {
    const capability = this.#reach()?.capabilities[name];
    return capability && !capability.isPresent ? capability.reason : undefined;
  }

  #reach(): CapabilitiesFeature | undefined {
    if (this.#feature) return this.#feature;
    if (!this.#call || !this.#sdk) return undefined;
    try {
      this.#feature = this.#call.feature(this.#sdk.Features.Capabilities);
    } catch {
      this.#feature = undefined;
    }
    return this.#feature;
  }

  #subscribe() {
    const feature = this.#reach();
    if (!feature || this.#subs.size) return;
    this.#subs.add(feature, ['capabilitiesChanged'], () => this.#host.requestUpdate());
  }
}
