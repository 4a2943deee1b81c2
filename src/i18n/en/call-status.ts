import type { StringTable } from '../localize.js';
import type { CallState } from '../../sdk/index.js';

/** English strings of `<acs-call-status>` (namespace `call-status`). */
export const callStatusStrings = {
  /** Accessible name of the element's region. */
  region: 'Call status',
  stateNone: 'Not in a call',
  stateConnecting: 'Connecting…',
  stateRinging: 'Ringing…',
  stateEarlyMedia: 'Connecting (early media)…',
  stateConnected: 'Connected',
  stateLocalHold: 'On hold',
  stateRemoteHold: 'On hold by the other side',
  stateInLobby: 'Waiting in the lobby',
  stateDisconnecting: 'Ending the call…',
  stateDisconnected: 'Call ended',
  /** A state this version does not know (a newer SDK's), with its raw name. */
  unknownState: (raw: string) => `Unknown state (${raw})`,
  /** Label of the call duration. */
  duration: 'Duration',
  /**
   * While the network is bad the label says so instead of "Connected", in the words `<acs-call-notices>` uses
   * (its `networkReconnect`, `networkReceiveQuality`/`networkSendQuality` and `noNetwork` messages).
   */
  networkReconnecting: 'Reconnecting…',
  networkPoor: 'Poor connection',
  networkNone: 'No network',
  reconnecting: 'Your connection to the call was interrupted.',
  reconnected: 'Reconnected',
  endNormal: 'The call ended.',
  endEndedForAll: 'The call was ended for everyone.',
  endTransferred: 'The call was transferred.',
  endCanceled: 'The call was canceled.',
  endAcceptedElsewhere: 'The call was answered on another device.',
  endDeclined: 'The call was declined.',
  endBusy: 'The person you called is busy.',
  endNoAnswer: 'No answer.',
  endUnavailable: 'The person you called is not available.',
  endRemoved: 'You were removed from the call by another participant.',
  endLobbyDenied: 'You were not admitted from the lobby.',
  endNotInvited: 'You are not invited to this room.',
  endRoomClosed: 'This room is not open now.',
  endNotFound: 'The call or room was not found.',
  endUnauthorized: 'Your session has expired. Please sign in again.',
  endFailed: (code: number, subCode: number | string) => `The call failed (code ${code}/${subCode}).`,
  endNoNetwork: 'The call ended: no network connection.',
  endUnknown: (code: number, subCode: number | string) => `The call ended (code ${code}/${subCode}).`,
  /** Heading of an incoming call; the caller's name, or `unknownCaller`. */
  incoming: (name: string) => `Incoming call from ${name}`,
  unknownCaller: 'Unknown caller',
  accept: 'Accept',
  acceptVideo: 'Accept with video',
  reject: 'Decline',
  incomingEnded: 'The incoming call ended.',
  acceptFailed: 'Could not accept the call.',
  /** Accepting with video failed: no camera, no access to it, or the SDK refused. */
  acceptVideoFailed: 'Could not start video. Check the camera, or accept without video.',
  rejectFailed: 'Could not decline the call.',
  // One label per call state: this fails to compile when the SDK adds a state (the element shows a state as
  // known exactly when its label is here).
} satisfies StringTable & Record<`state${CallState}`, string>;

export type CallStatusStrings = typeof callStatusStrings;
