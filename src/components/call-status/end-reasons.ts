import type { CallEndReason } from '../../sdk/index.js';

/**
 * What a call's end means to the user, in the SDK's own PascalCase style (like `CallState`). Each kind has one
 * message in the call-status string table, `end<Kind>` (e.g. `endNormal`).
 */
export type EndReasonKind =
  | 'Normal'
  | 'EndedForAll'
  | 'Transferred'
  | 'Canceled'
  | 'AcceptedElsewhere'
  | 'Declined'
  | 'Busy'
  | 'NoAnswer'
  | 'Unavailable'
  | 'Removed'
  | 'LobbyDenied'
  | 'NotInvited'
  | 'RoomClosed'
  | 'NotFound'
  | 'Unauthorized'
  | 'Failed'
  | 'NoNetwork'
  | 'Unknown';

/**
 * What a call's end means -> the `callEndReason`s that mean it, as space-separated tokens: `code/subCode` matches
 * that exact pair; a bare `code` matches every other sub-code of that code (exact pairs win over bare codes).
 *
 * Sources (checked in 2026 against the ACS documentation, "Troubleshooting call end response codes for Calling SDK,
 * Call Automation SDK, PSTN, Chat SDK, and SMS SDK" and "Understanding calling codes and subcodes errors",
 * learn.microsoft.com, the `call-end.md`, `calling-sdk.md` and `call-automation-sdk.md` includes of
 * MicrosoftDocs/azure-docs):
 * - 0/0 ended by the local participant; 0/4097 ended for all by the organizer; 0/4521 disconnected abruptly;
 *   0/5000 and 0/5300 removed by another participant; 0/5003 all callee endpoints declined; 0/5010 only one
 *   participant remained; 0/5013 nobody else joined the group call; 0/5317 removed after a role update; 0/7000 ended
 *   by Call Automation or a server bot; 0/7015 ended by the service after a successful transfer; 0/560000 ended by
 *   the remote PSTN participant.
 * - 487/0 and 487/540487 the caller canceled; 487/10003 accepted elsewhere (another endpoint of the same user);
 *   487/10004 nobody answered in time (canceled on timeout, ~2 minutes); 487/10024 declined by every callee endpoint.
 * - 603/0 declined by the callee. 486 (560486) busy.
 * - 480/10037, 10076, 10077, 10078 (and 480 alone) the callee has no endpoint online: "not available"; 480/560480
 *   no answer from a PSTN callee.
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
 * - 0/7015 "transferred": the Call Automation table reports it as `CallDisconnected` 200/7015; the Calling SDK reports
 *   successful ends with code 0, so the client-side pair is taken to be 0/7015.
 * - Every 4xx/5xx/6xx code not listed is a failure (its message shows the code), which covers 410, 500, 503 and
 *   504 without a row; anything else is unknown ("The call ended (code X/Y)").
 *
 * One string per kind rather than an array of row objects: the table ships in the element's bundle, and this form
 * costs about half as much.
 */
export const END_REASONS: Readonly<Partial<Record<Exclude<EndReasonKind, 'Unknown'>, string>>> = {
  Normal: '0/0 0/5010 0/5013 0/560000',
  EndedForAll: '0/4097 0/7000',
  Transferred: '0/7015',
  Canceled: '487',
  AcceptedElsewhere: '487/10003',
  Declined: '0/5003 487/10024 603',
  Busy: '486',
  NoAnswer: '487/10004 480/560480 408',
  Unavailable: '480',
  Removed: '0/5000 0/5300 0/5317',
  LobbyDenied: '0/5854',
  NotInvited: '403/5828 403/5830',
  RoomClosed: '403/5829',
  NotFound: '404',
  Unauthorized: '403 401 495',
  NoNetwork: '0/4521 490 491 496 497 498',
};

/** What `reason` means (see {@link END_REASONS}); `undefined` when there is no reason (the call has not ended). */
export function endReasonKind(reason: CallEndReason | undefined): EndReasonKind | undefined {
  if (!reason) return undefined;
  const { code } = reason;
  const find = (token: string) =>
    (Object.keys(END_REASONS) as (keyof typeof END_REASONS)[]).find((kind) =>
      ` ${END_REASONS[kind]} `.includes(` ${token} `),
    );
  return find(`${code}/${reason.subCode}`) ?? find(`${code}`) ?? (code >= 400 && code < 700 ? 'Failed' : 'Unknown');
}
