import type { StringTable } from '../localize.js';

/** English strings of `<acs-screen-share-button>` (namespace `screen-share-button`). */
export const screenShareButtonStrings = {
  /** The label says what a click does (the pattern of every call control). */
  start: 'Share screen',
  stop: 'Stop sharing',
  /** Why the button does nothing. */
  unavailable: 'Available once the call is connected',
  ended: 'The call has ended',
  notSupported: 'This device cannot share its screen',
  notAllowed: 'You are not allowed to share your screen in this call',
  /** Shown while sharing. */
  sharing: 'You are sharing your screen',
  /** A failed start or stop. */
  startScreenSharing:
    'Screen sharing did not start. Try again and choose a screen, window or tab; if it still does not start, check that your computer allows this browser to record the screen.',
  stopScreenSharing: 'Could not stop sharing your screen.',
} satisfies StringTable;

export type ScreenShareButtonStrings = typeof screenShareButtonStrings;
