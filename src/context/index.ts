import { createContext } from '@lit/context';

// Keys are strings (compared by value, as `Symbol.for` keys would be) so that two copies of the package (e.g. the
// CDN bundle and an npm build) still match; `acs-ce/` (acs-calling-elements) namespaces them.
import type { AcsSdk, Call, CallAgent, DeviceManager, IncomingCall } from '../sdk/index.js';

/** The call agent, provided by `<acs-call-provider>`. */
export const callAgentContext = createContext<CallAgent | undefined>('acs-ce/call-agent');
/** The active call (the connected one, else the newest), provided by `<acs-call-provider>`. */
export const callContext = createContext<Call | undefined>('acs-ce/call');
/** Incoming calls that are still ringing, provided by `<acs-call-provider>`. */
export const incomingCallsContext = createContext<readonly IncomingCall[]>('acs-ce/incoming-calls');
/** The device manager, provided by `<acs-call-provider>` (or any ancestor that has one before a call). */
export const deviceManagerContext = createContext<DeviceManager | undefined>('acs-ce/device-manager');
/** The SDK's runtime capabilities (`Features`, `LocalVideoStream`, `VideoStreamRenderer`). */
export const sdkContext = createContext<AcsSdk | undefined>('acs-ce/sdk');
