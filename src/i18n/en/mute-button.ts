import type { StringTable } from '../localize.js';

/** English strings of `<acs-mute-button>` (namespace `mute-button`). */
export const muteButtonStrings = {
  /**
   * The label says what a click does (the pattern of every call control: no `aria-pressed`, see
   * `components/shared/control.ts`).
   */
  labelMute: 'Mute',
  labelUnmute: 'Unmute',
  /** Why the button does nothing in this call state. */
  unavailable: 'Available once the call is connected',
  notAllowed: 'You are not allowed to unmute in this call',
  denied: 'Microphone access is blocked. Allow it for this site to unmute.',
  /** The link to the permission guide (`guide-href`). */
  guide: 'How to allow the microphone',
  /** Muted by the system (`microphoneMuteUnexpectedly`), with the recovery hint on iOS and elsewhere. */
  systemIos: 'Muted by the system. Tap to unmute',
  system: 'Muted by the system. Check your microphone, then unmute',
  broken: 'Your microphone is not working',
  byOthers: 'Someone muted you',
  speaking: 'You are speaking while muted',
  /** A failed mute / unmute. */
  mute: 'Could not mute the microphone.',
  unmute: 'Could not unmute the microphone.',
  /** Announced after the keyboard shortcut (`MuteShortcutController`) toggled the microphone. */
  shortcutMuted: 'Microphone off',
  shortcutUnmuted: 'Microphone on',
} satisfies StringTable;

export type MuteButtonStrings = typeof muteButtonStrings;
