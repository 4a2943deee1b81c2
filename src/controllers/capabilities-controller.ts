import type { ReactiveControllerHost } from 'lit';
import type { CapabilitiesFeature, ParticipantCapabilityName } from '../sdk/index.js';
import { FeatureController } from './feature-controller.js';

/**
 * Reasons that say nothing is known yet, not that something is forbidden: SDK 2.0.0 reports every capability of a
 * call that has not connected (in a lobby, say) as `FeatureNotSupported`.
 */
const UNKNOWN: ReadonlySet<string | undefined> = new Set(['FeatureNotSupported', 'NotInitialized']);

/**
 * Follows what the local user may do in a call (`call.feature(Features.Capabilities)`), reading the SDK at
 * render time; `set(call, sdk)` chooses the call. A capability the SDK does not report is treated as allowed
 * (ACS group calls report none of the meeting restrictions).
 */
export class CapabilitiesController extends FeatureController<CapabilitiesFeature> {
  constructor(host: ReactiveControllerHost) {
    super(host, (f) => f.Capabilities, { events: ['capabilitiesChanged'] });
  }

  /** Whether the local user may do `name` (`isPresent`), `true` when the SDK says nothing. */
  allows(name: ParticipantCapabilityName): boolean {
    return !this.reason(name);
  }

  /**
   * Whether the SDK says the local user may do `name` (`isPresent: true`): for what is offered only when the call
   * grants it (ending the call for everyone), unlike {@link allows}.
   */
  grants(name: ParticipantCapabilityName): boolean {
    return this.target?.capabilities[name]?.isPresent === true;
  }

  /**
   * Why the SDK says a capability is missing (`CapabilityResolutionReason`, e.g. `RoleRestricted`,
   * `MeetingRestricted`), if it is.
   */
  reason(name: ParticipantCapabilityName): string | undefined {
    const capability = this.target?.capabilities[name];
    if (!capability || capability.isPresent || UNKNOWN.has(capability.reason)) return undefined;
    return capability.reason ?? 'NotCapable';
  }
}
