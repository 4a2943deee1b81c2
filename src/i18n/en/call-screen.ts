import type { StringTable } from '../localize.js';

/** English strings of `<acs-call-screen>` (namespace `call-screen`). */
export const callScreenStrings = {
  /** The accessible name of the call screen. */
  screen: 'Call',
  /** Joining, before the call exists. */
  joining: 'Joining the call…',
  /** After the call: what the user can do. */
  endedHint: 'You can rejoin the call, or close this page.',
} satisfies StringTable;

export type CallScreenStrings = typeof callScreenStrings;
