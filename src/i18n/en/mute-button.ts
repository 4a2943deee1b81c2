import type { StringTable } from '../localize.js';

/** English strings of `<acs-mute-button>` (namespace `mute-button`). */
export const muteButtonStrings = {
  /** The button's constant accessible name; `aria-pressed` tells whether the microphone is muted. */
  label: 'Mute',
  muted: 'Microphone is off',
  unmuted: 'Microphone is on',
  pending: 'Working…',
  /** Why the button does nothing in this call state. */
  unavailable: 'Available once the call is connected',
  notAllowed: 'You are not allowed to unmute in this call',
  permissionDenied: 'Microphone access is blocked, so you cannot unmute. Allow the microphone for this site.',
  permissionGuide: 'How to allow the microphone',
  mutedBySystem: 'Muted by the system',
  recoverIos: 'Tap to unmute',
  recoverOther: 'Check your microphone, then unmute',
  micNotFunctioning: 'Your microphone is not working',
  mutedByOthers: 'Someone muted you',
  speakingWhileMuted: 'You are speaking while muted',
  muteFailed: 'Could not mute the microphone.',
  unmuteFailed: 'Could not unmute the microphone.',
  /** Announced after the keyboard shortcut toggled the microphone. */
  shortcutMuted: 'Microphone off',
  shortcutUnmuted: 'Microphone on',
  /** Keyboard shortcut description (`aria-keyshortcuts` is set too). */
  shortcutHint: (keys: string) => `Shortcut: ${keys}`,
} satisfies StringTable;

export type MuteButtonStrings = typeof muteButtonStrings;
