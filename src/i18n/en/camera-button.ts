import type { StringTable } from '../localize.js';

/** English strings of `<acs-camera-button>` (namespace `camera-button`). */
export const cameraButtonStrings = {
  /** The label says what a click does (the pattern of every call control). */
  turnOn: 'Turn camera on',
  turnOff: 'Turn camera off',
  /** Why the button does nothing. */
  unavailable: 'Available once the call is connected',
  ended: 'The call has ended',
  /** Before the device lists are known. */
  checking: 'Looking for your camera…',
  noCamera: 'No camera found. Connect a camera to turn video on.',
  /** Before the site may use the camera: a click asks the browser. */
  needPermission: 'Your browser will ask you to allow the camera.',
  denied: 'Camera access is blocked. Allow it for this site to turn video on.',
  /** The link to the permission guide (`guide-href`). */
  guide: 'How to allow the camera',
  notAllowed: 'You are not allowed to turn on video in this call',
  /** Video stopped without the user asking (the SDK's `cameraStoppedUnexpectedly`, or the camera's track ended). */
  stoppedBySystem: 'Your camera was stopped by the system.',
  /** The page went to the background with the camera on (the OS stops it, or the page did). */
  pausedInBackground: 'Video was paused while this page was in the background.',
  /** The offer to start again after either of the two above. */
  restart: 'Restart video',
  /** Preview before a call. */
  previewOn: 'Your camera is on. You will join with video.',
  /** A failed start or stop. */
  startVideo: 'Could not turn the camera on. Check that no other app is using it, then try again.',
  stopVideo: 'Could not turn the camera off.',
} satisfies StringTable;

export type CameraButtonStrings = typeof cameraButtonStrings;
