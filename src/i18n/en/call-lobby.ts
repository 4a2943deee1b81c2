import type { StringTable } from '../localize.js';

/** English strings of `<acs-call-lobby>` (namespace `call-lobby`). */
export const callLobbyStrings = {
  /** The lobby's heading. */
  heading: 'Get ready to join',
  /** The preview while the camera is off. */
  cameraOff: 'Your camera is off',
  /** Readiness: the SDK is loading or the token is being fetched. */
  preparing: 'Getting the call ready…',
  /** Readiness: preparing failed (the provider's panel says why and offers "Try again"). */
  failed: 'The call could not be prepared. Try again, or come back later.',
  /** Readiness: the microphone is blocked. */
  microphoneBlocked: 'Your microphone is blocked. Allow it to join the call.',
  /** Readiness: the browser has not been allowed to use the microphone yet. */
  askMicrophone: 'Allow your microphone when your browser asks, so others can hear you.',
  /** Readiness: there is no call to join on this page. */
  nothingToJoin: 'There is no call to join here yet.',
  /** Readiness: everything is ready. */
  ready: 'Everything is ready. Join when you are.',
} satisfies StringTable;

export type CallLobbyStrings = typeof callLobbyStrings;
