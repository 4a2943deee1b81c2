import type { StringTable } from '../localize.js';

/** English strings of `<acs-join-button>` (namespace `join-button`). */
export const joinButtonStrings = {
  join: 'Join call',
  /** After leaving, or after a call that dropped. */
  rejoin: 'Rejoin',
  /** After a join that failed (the provider says why). */
  retry: 'Try again',
  joining: 'Joining…',
  /** Why the button does nothing. */
  preparing: 'Getting ready…',
  notAvailable: 'Joining is not available here',
  nothingToJoin: 'There is no call to join yet',
  inCall: 'You are in the call',
  denied: 'Microphone access is blocked. Allow it for this site to join.',
  /** The link to the permission guide (`guide-href`). */
  guide: 'How to allow the microphone',
} satisfies StringTable;

export type JoinButtonStrings = typeof joinButtonStrings;
