import type { StringTable } from '../localize.js';

/** English strings of `<acs-hold-button>` (namespace `hold-button`). */
export const holdButtonStrings = {
  /** The label says what a click does (the pattern of every call control). */
  hold: 'Hold',
  resume: 'Resume',
  /** Why the button does nothing. */
  unavailable: 'Available once the call is connected',
  ended: 'The call has ended',
  remoteHold: 'The other side put the call on hold',
  /** Shown while on hold. */
  onHold: 'The call is on hold. The others cannot hear or see you.',
  /** A failed hold or resume. */
  holdFailed: 'Could not put the call on hold.',
  resumeFailed: 'Could not resume the call.',
} satisfies StringTable;

export type HoldButtonStrings = typeof holdButtonStrings;
