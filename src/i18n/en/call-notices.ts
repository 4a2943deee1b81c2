import type { StringTable } from '../localize.js';

/**
 * English strings of `<acs-call-notices>` (namespace `call-notices`): one message per diagnostic the SDK reports
 * (`diagnostic-notices.ts` says which), platform variants for interruptions, the recoveries and the actions. The
 * network wording ("Reconnecting…", "Poor connection", "No network") is the one `<acs-call-status>` uses.
 */
export const callNoticesStrings = {
  /** Accessible name of the region. */
  region: 'Call notices',
  microphoneMuteUnexpectedlyIos:
    'Your microphone was turned off by a phone call, Siri or another app. Tap Unmute when you are ready.',
  microphoneMuteUnexpectedlyAndroid: 'Your microphone was turned off by another app. Tap Unmute when you are ready.',
  microphoneMuteUnexpectedlyDesktop:
    'Your microphone was turned off by the system. It usually comes back by itself; if not, unmute.',
  microphoneNotFunctioning: 'Your microphone is not working. Choose another microphone.',
  cameraStoppedUnexpectedlyIos:
    'Your video stopped: a phone call, Siri or another app took the camera. Tap Restart video when you are ready.',
  cameraStoppedUnexpectedlyAndroid: 'Your video stopped: another app took the camera. Tap Restart video.',
  cameraStoppedUnexpectedlyDesktop: 'Your camera stopped. It usually comes back by itself; if not, restart video.',
  cameraFreeze: 'Your video is frozen. Restart video, or choose another camera.',
  cameraStartFailed: 'Your camera could not start. Close other apps that use it, then try again.',
  cameraStartTimedOut: 'Your camera took too long to start. Try again.',
  capturerStartFailed: 'Screen sharing could not start. Try again.',
  capturerStoppedUnexpectedly: 'Screen sharing stopped unexpectedly. Share your screen again if you need to.',
  speakingWhileMicrophoneIsMuted: 'You are speaking while muted. Unmute so that others can hear you.',
  noMicrophoneDevicesEnumerated: 'No microphone found. Connect a microphone or headset.',
  noSpeakerDevicesEnumerated: 'No speaker found. Connect speakers or headphones.',
  microphonePermissionDenied: 'Microphone access is blocked, so others cannot hear you.',
  cameraPermissionDenied: 'Camera access is blocked, so others cannot see you.',
  screenshareRecordingDisabled:
    'Your computer does not let this browser record the screen. Allow screen recording for it in the system settings.',
  microphoneNotMuteButSilent:
    'Others cannot hear you, although you are not muted. Check your microphone, or choose another one.',
  networkReconnect: 'Reconnecting… Your connection to the call was interrupted.',
  networkReceiveQuality: 'Poor connection: others may look or sound choppy to you.',
  networkSendQuality: 'Poor connection: you may look or sound choppy to others.',
  noNetwork: 'No network. Check your Wi-Fi or cable.',
  networkRelaysNotReachable:
    'The call cannot reach its media servers. Your network may block them: try another network.',
  /** Short notices when a diagnostic returns to Good. */
  recoveredMicrophone: 'Your microphone works again.',
  recoveredCamera: 'Your camera works again.',
  recoveredScreen: 'Screen sharing works again.',
  recoveredNetwork: 'Your connection is back.',
  recoveredPermission: 'Access allowed.',
  recoveredDevice: 'Device found.',
  /** Recovery actions. */
  unmute: 'Unmute',
  restartVideo: 'Restart video',
  retryCamera: 'Try the camera again',
  pickDevice: 'Choose another device',
  permissionGuide: 'How to allow access',
  checkNetwork: 'How to check your connection',
  dismiss: 'Dismiss',
  /** More notices than `max`. */
  more: (count: number) => (count === 1 ? 'Show 1 more notice' : `Show ${count} more notices`),
  fewer: 'Show fewer notices',
  /** A recovery action that failed. */
  actionFailed: 'That did not work. Try again.',
  /** "Restart video" with no camera to start (unplugged, or none left). */
  noCameraToRestart: 'No camera is available. Connect a camera, then try again.',
} satisfies StringTable;

export type CallNoticesStrings = typeof callNoticesStrings;
