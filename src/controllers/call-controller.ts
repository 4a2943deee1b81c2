import type { ReactiveControllerHost } from 'lit';
import type { Call, CallEventName, CallState } from '../sdk/index.js';
import { SubscriptionController, type SubscriptionOptions } from './subscription-controller.js';

/** Every call event that changes what a call-level element may show. */
export const CALL_EVENTS = [
  'stateChanged',
  'idChanged',
  'isMutedChanged',
  'isIncomingAudioMutedChanged',
  'isScreenSharingOnChanged',
  'isLocalVideoStartedChanged',
  'localVideoStreamsUpdated',
  'remoteParticipantsUpdated',
  'roleChanged',
  'mutedByOthers',
  'callerInfoChanged',
] as const satisfies readonly CallEventName[];

/** States in which the call has media flowing (or held) and the local user can act on it. */
export const ACTIVE_STATES: ReadonlySet<string> = new Set<CallState>(['Connected', 'LocalHold', 'RemoteHold']);

/**
 * Follows one `Call`: renders the host again on the call's `events` (those that change what the host shows;
 * `CALL_EVENTS` by default) and reads every value from the SDK at render time. The call followed is `target`.
 */
export class CallController extends SubscriptionController<Call, CallEventName> {
  constructor(host: ReactiveControllerHost, options: Partial<SubscriptionOptions<Call, CallEventName>> = {}) {
    super(host, { events: CALL_EVENTS, ...options });
  }

  /** `call.state`, or `undefined` without a call. An unknown future state is returned as is. */
  get state(): CallState | undefined {
    return this.target?.state;
  }

  /** `call.isMuted`. */
  get isMuted(): boolean {
    return this.target?.isMuted ?? false;
  }

  /** Whether the call is connected or on hold (the states in which call actions make sense). */
  get isActive(): boolean {
    return !!this.target && ACTIVE_STATES.has(this.target.state);
  }
}
