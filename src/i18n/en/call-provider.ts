import type { StringTable } from '../localize.js';

/** English strings of `<acs-call-provider>` (namespace `call-provider`). */
export const callProviderStrings = {
  loading: 'Preparing the call…',
  joining: 'Joining the call…',
  sdkLoadFailed: 'The calling service could not be loaded. Check your connection, then try again.',
  tokenFailed: 'Could not get access to the call service. Check your connection and try again.',
  agentFailed: 'Could not connect to the call service. Your session may have expired.',
  joinFailed: 'Could not join the call.',
  nothingToJoin: 'There is no call to join. Check the link you were given, or ask the organizer for a new one.',
  simulatorFailed: 'The call simulator could not be started.',
  /** The page's settings cannot work (the developer detail goes to the console and `acs-error`). */
  invalidGroupId: 'This call link is not valid. Check the link you were given, or ask the organizer for a new one.',
  twoTargets: 'This page names more than one call to join, so it cannot join any. Please tell the site’s owner.',
  insecurePage:
    'Calls cannot start on this page because it is not secure (its address does not start with https). Please tell the site’s owner.',
  devicesFailed: 'Could not list your cameras, microphones and speakers.',
  /** Details of a token that could not be had (after `details`). */
  tokenStatus: (status: number) => `The token URL answered ${status}.`,
  tokenNotJson: 'The token URL did not answer JSON.',
  tokenMissing: 'The token URL answered without a token.',
  tokenTimeout: 'The token URL did not answer in time.',
  /** Details of an SDK that could not be loaded: from `sdk-src`, or from the import map or bundle. */
  sdkFromSrc: (src: string, reason: string) => `Could not load the calling library from ${src} (${reason}).`,
  sdkFromImport: (reason: string) => `Could not load the calling library from the import map or bundle (${reason}).`,
  /** The detail of a join whose call ended before it connected (the code follows). */
  endedBeforeConnected: 'The call ended before it connected.',
  /** The call ended while the call service could not be reached; the service is back (with `rejoin`). */
  endedInOutage: 'The call ended while the connection to the call service was lost. It is back now.',
  rejoin: 'Rejoin the call',
  /** The summary of the folded technical detail under the message. */
  technicalDetails: 'Technical details',
  retry: 'Try again',
} satisfies StringTable;

export type CallProviderStrings = typeof callProviderStrings;
