import type { StringTable } from '../localize.js';

/** English strings of `<acs-call-provider>` (namespace `call-provider`). */
export const callProviderStrings = {
  loading: 'Preparing the call…',
  joining: 'Joining the call…',
  sdkLoadFailed:
    'The calling library could not be loaded. Add an import map entry for @azure/communication-calling or set sdk-src.',
  tokenFailed: 'Could not get access to the call service. Check your connection and try again.',
  agentFailed: 'Could not connect to the call service. Your session may have expired.',
  joinFailed: 'Could not join the call.',
  nothingToJoin: 'There is no call to join: set group-id, room-id or meeting-link.',
  simulatorFailed: 'The call simulator could not be started.',
  /** The detail of a join whose call ended before it connected (the code follows). */
  endedBeforeConnected: 'The call ended before it connected.',
  /** The technical detail shown under the message. */
  details: (message: string) => `Details: ${message}`,
  retry: 'Try again',
} satisfies StringTable;

export type CallProviderStrings = typeof callProviderStrings;
