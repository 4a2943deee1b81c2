import type { CallEndReason } from '../../sdk/index.js';

/**
 * What a call's end means to the user. Each kind has one message in the call-status string table
 * (`end<Kind>`, e.g. `endNormal`).
 */
export type EndReasonKind =
  | 'normal'
  | 'endedForAll'
  | 'canceled'
  | 'acceptedElsewhere'
  | 'declined'
  | 'busy'
  | 'noAnswer'
  | 'unavailable'
  | 'removed'
  | 'lobbyDenied'
  | 'notInvited'
  | 'roomClosed'
  | 'notFound'
  | 'unauthorized'
  | 'failed'
  | 'noNetwork'
  | 'unknown';

/** One row: a `code`, optionally a `subCode` (a row without one matches every sub-code of that code). */
export interface EndReasonRow {
  readonly code: number;
  readonly subCode?: number;
  readonly kind: EndReasonKind;
}

/**
 * `callEndReason {code, subCode}` -> what happened. The first row whose code (and sub-code, when the row has one)
 * matches wins, so exact rows come before the code-only fallbacks.
 *
 * Sources (checked in 2026 against the ACS documentation, "Troubleshooting call end response codes for Calling SDK,
 * Call Automation SDK, PSTN, Chat SDK, and SMS SDK" and "Understanding calling codes and subcodes errors",
 * learn.microsoft.com, the `call-end.md` and `server-code-subcode.md` includes of MicrosoftDocs/azure-docs):
 * - 0/0 ended by the local participant; 0/4097 ended for all by the organizer; 0/4521 disconnected abruptly;
 *   0/5000 and 0/5300 removed by another participant; 0/5003 all callee endpoints declined; 0/5317 removed after a
 *   role update; 0/7000 ended by Call Automation or a server bot; 0/560000 ended by the remote PSTN participant.
 * - 487/0 and 487/540487 the caller canceled; 487/10003 accepted elsewhere (another endpoint of the same user);
 *   487/10004 nobody answered in time (canceled on timeout, ~2 minutes); 487/10024 declined by every callee endpoint.
 * - 603/0 declined by the callee. 486 (560486) busy.
 * - 480/10037, 10076, 10077, 10078 (and 480 alone) the callee has no endpoint online: "not available".
 * - 408 (4506, 10057) call timed out / callee did not finalize setup.
 * - 403/5828 not on the Rooms invitee list; 403/5829 outside the room's start/end time; 403/5830 only ACS users may
 *   join the room; 403/510403 blocked as spam.
 * - 404 call (or room, or meeting) not found.
 * - 401/10009 and 495/4507 invalid or expired token.
 * - 410 (3100, 3101, 3111, 3112, 301004, 301005) media or network setup failed on the client.
 * - 490, 491, 496, 497, 498 local endpoint network problems. 490/4525 is what the real SDK 2.0.0 reports when it
 *   cannot reach the service at all (observed offline in headless Chromium, see docs/sdk-surface.md).
 * - 500, 503, 504 service errors.
 *
 * Assumptions (not in the documents above, kept deliberately few):
 * - 0/5854 "not admitted from the lobby": the documents list no lobby code; 5854 is the sub-code seen when a lobby
 *   participant is denied admission in Teams-interop meetings. Unverified; remove if it proves wrong.
 * - A transferred call has no documented end code on the transferor's side: it is not mapped here (the Transfer
 *   feature's `transferAccepted` event is the reliable signal), so it falls to the generic message.
 * - Any other 4xx/5xx/6xx is a failure (its message shows the code), anything else is unknown ("The call ended
 *   (code X/Y)").
 */
export const END_REASONS: readonly EndReasonRow[] = [
  { code: 0, subCode: 0, kind: 'normal' },
  { code: 0, subCode: 4097, kind: 'endedForAll' },
  { code: 0, subCode: 4521, kind: 'noNetwork' },
  { code: 0, subCode: 5000, kind: 'removed' },
  { code: 0, subCode: 5003, kind: 'declined' },
  { code: 0, subCode: 5300, kind: 'removed' },
  { code: 0, subCode: 5317, kind: 'removed' },
  { code: 0, subCode: 5854, kind: 'lobbyDenied' },
  { code: 0, subCode: 7000, kind: 'endedForAll' },
  { code: 0, subCode: 560000, kind: 'normal' },
  { code: 487, subCode: 10003, kind: 'acceptedElsewhere' },
  { code: 487, subCode: 10004, kind: 'noAnswer' },
  { code: 487, subCode: 10024, kind: 'declined' },
  { code: 487, kind: 'canceled' },
  { code: 603, kind: 'declined' },
  { code: 486, kind: 'busy' },
  { code: 480, kind: 'unavailable' },
  { code: 408, kind: 'noAnswer' },
  { code: 403, subCode: 5828, kind: 'notInvited' },
  { code: 403, subCode: 5829, kind: 'roomClosed' },
  { code: 403, subCode: 5830, kind: 'notInvited' },
  { code: 403, kind: 'unauthorized' },
  { code: 404, kind: 'notFound' },
  { code: 401, kind: 'unauthorized' },
  { code: 495, kind: 'unauthorized' },
  { code: 410, kind: 'failed' },
  { code: 490, kind: 'noNetwork' },
  { code: 491, kind: 'noNetwork' },
  { code: 496, kind: 'noNetwork' },
  { code: 497, kind: 'noNetwork' },
  { code: 498, kind: 'noNetwork' },
  { code: 500, kind: 'failed' },
  { code: 503, kind: 'failed' },
  { code: 504, kind: 'failed' },
];

/** What `reason` means (see {@link END_REASONS}); `undefined` when there is no reason (the call has not ended). */
export function endReasonKind(reason: CallEndReason | undefined): EndReasonKind | undefined {
  if (!reason) return undefined;
  const { code, subCode } = reason;
  const row = END_REASONS.find((r) => r.code === code && (r.subCode === undefined || r.subCode === subCode));
  if (row) return row.kind;
  if (code >= 400 && code < 700) return 'failed';
  return 'unknown';
}
