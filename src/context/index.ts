import { createContext } from '@lit/context';

// Keys are strings (compared by value, as `Symbol.for` keys would be) so that two copies of the package (e.g. the
// CDN bundle and an npm build) still match; `acs-ce/` (acs-calling-elements) namespaces them.
import type { AcsSdk, Call, CallAgent, DeviceManager, IncomingCall } from '../sdk/index.js';
import type { JoinState } from '../controllers/join-controller.js';

/** The call agent, provided by `<acs-call-provider>`. */
export const callAgentContext = createContext<CallAgent | undefined>('acs-ce/call-agent');
/** The active call (the connected one, else the newest), provided by `<acs-call-provider>`. */
export const callContext = createContext<Call | undefined>('acs-ce/call');
/** Incoming calls that are still ringing, provided by `<acs-call-provider>`. */
export const incomingCallsContext = createContext<readonly IncomingCall[]>('acs-ce/incoming-calls');
/** The device manager, provided by `<acs-call-provider>` (or any ancestor that has one before a call). */
export const deviceManagerContext = createContext<DeviceManager | undefined>('acs-ce/device-manager');
/**
 * Joining the call a `<acs-call-provider>` is configured for, as `<acs-join-button>` needs it. A new object is
 * provided whenever one of its facts changes.
 */
export interface CallJoining {
  /** Joins (see `AcsCallProvider.join()`). */
  join(): Promise<Call | undefined>;
  /** Where joining stands. */
  readonly state: JoinState;
  /** The SDK is loading, the token is being fetched or the agent created. */
  readonly preparing: boolean;
  /** Preparing failed (the provider shows why, with "Try again"). */
  readonly failed: boolean;
  /** There is something to join: `group-id`, `room-id`, `meeting-link`, or a simulated session. */
  readonly configured: boolean;
}
/** How to join the provider's call, provided by `<acs-call-provider>`. */
export const joiningContext = createContext<CallJoining | undefined>('acs-ce/joining');
/** The SDK's runtime capabilities (`Features`, `LocalVideoStream`, `VideoStreamRenderer`). */
export const sdkContext = createContext<AcsSdk | undefined>('acs-ce/sdk');
export * from './local-media.js';
