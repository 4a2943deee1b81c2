import type { StringTable } from '../localize.js';

/** English strings of the opt-in mute shortcut (`MuteShortcutController`, namespace `mute-shortcut`). */
export const muteShortcutStrings = {
  /** Announced after the keyboard shortcut toggled the microphone. */
  muted: 'Microphone off',
  unmuted: 'Microphone on',
} satisfies StringTable;

export type MuteShortcutStrings = typeof muteShortcutStrings;
