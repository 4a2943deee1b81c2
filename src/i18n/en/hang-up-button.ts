import type { StringTable } from '../localize.js';

/** English strings of `<acs-hang-up-button>` (namespace `hang-up-button`). */
export const hangUpButtonStrings = {
  leave: 'Leave',
  /** Offered when the call allows it (capability `hangUpForEveryOne`), behind a confirmation. */
  endForEveryone: 'End for everyone',
  confirmQuestion: 'End the call for everyone? Everyone in the call will be disconnected.',
  confirm: 'End the call',
  cancel: 'Cancel',
  /** Why the button does nothing. */
  noCall: 'You are not in a call',
  ended: 'The call has ended',
  leaving: 'Leaving the call…',
  /** A failed hang-up. */
  hangUpFailed: 'Could not leave the call. Try again.',
  endFailed: 'Could not end the call for everyone. Try again.',
} satisfies StringTable;

export type HangUpButtonStrings = typeof hangUpButtonStrings;
