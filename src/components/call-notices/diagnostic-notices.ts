import type { CallNoticesStrings } from '../../i18n/en/call-notices.js';
import type { DiagnosticName, MediaDiagnosticName, NetworkDiagnosticName } from '../../sdk/index.js';

/** What a notice offers to do about a problem. */
export type NoticeAction =
  'unmute' | 'restartVideo' | 'retryCamera' | 'pickDevice' | 'permissionGuide' | 'checkNetwork';

/** How a problem is told: `error` (an alert: something does not work) or `warning` (an alert too, less severe). */
export type NoticeSeverity = 'error' | 'warning';

/** The platforms whose recovery differs after an interruption (a phone call or Siri on iOS, another app). */
export type NoticePlatform = 'ios' | 'android' | 'desktop';

/** One row of the table: a diagnostic, how it is told, what it offers, and how its recovery is told. */
export interface DiagnosticNotice {
  readonly kind: 'media' | 'network';
  readonly severity: NoticeSeverity;
  /** The message's key, or (with `perPlatform`) the stem of one key per platform (plus `Ios`, `Android`, `Desktop`). */
  readonly message: string;
  readonly perPlatform?: true;
  readonly action?: NoticeAction;
  /** The short notice when the diagnostic returns to Good (none: nothing to say, e.g. speaking while muted). */
  readonly recovered?: keyof CallNoticesStrings;
  /**
   * What must be true besides the diagnostic being Good for the problem to be over: after an interruption the SDK
   * clears the diagnostic but leaves the microphone muted and the camera off (iOS), so the notice and its action
   * stay until the user unmuted (`unmuted`) or video is on again (`videoOn`).
   */
  readonly until?: 'unmuted' | 'videoOn';
}

const media = (
  severity: NoticeSeverity,
  message: MediaDiagnosticName,
  action: NoticeAction | undefined,
  recovered: keyof CallNoticesStrings | undefined,
  interruption?: 'unmuted' | 'videoOn',
): DiagnosticNotice => ({
  kind: 'media',
  severity,
  message,
  action,
  recovered,
  ...(interruption ? { perPlatform: true, until: interruption } : {}),
});

const network = (severity: NoticeSeverity, message: NetworkDiagnosticName, action: NoticeAction): DiagnosticNotice => ({
  kind: 'network',
  severity,
  message,
  action,
  recovered: 'recoveredNetwork',
});

/**
 * Every user-facing diagnostic the SDK reports, and how `<acs-call-notices>` tells it: the table is the behaviour
 * (tested row by row). A diagnostic the SDK adds makes this fail to compile until it has a row.
 */
export const DIAGNOSTIC_NOTICES = {
  microphoneMuteUnexpectedly: media(
    'warning',
    'microphoneMuteUnexpectedly',
    'unmute',
    'recoveredMicrophone',
    'unmuted',
  ),
  microphoneNotFunctioning: media('error', 'microphoneNotFunctioning', 'pickDevice', 'recoveredMicrophone'),
  cameraStoppedUnexpectedly: media(
    'warning',
    'cameraStoppedUnexpectedly',
    'restartVideo',
    'recoveredCamera',
    'videoOn',
  ),
  cameraFreeze: media('warning', 'cameraFreeze', 'restartVideo', 'recoveredCamera'),
  cameraStartFailed: media('error', 'cameraStartFailed', 'retryCamera', 'recoveredCamera'),
  cameraStartTimedOut: media('error', 'cameraStartTimedOut', 'retryCamera', 'recoveredCamera'),
  capturerStartFailed: media('error', 'capturerStartFailed', undefined, 'recoveredScreen'),
  capturerStoppedUnexpectedly: media('warning', 'capturerStoppedUnexpectedly', undefined, 'recoveredScreen'),
  speakingWhileMicrophoneIsMuted: media('warning', 'speakingWhileMicrophoneIsMuted', 'unmute', undefined),
  noMicrophoneDevicesEnumerated: media('error', 'noMicrophoneDevicesEnumerated', 'pickDevice', 'recoveredDevice'),
  noSpeakerDevicesEnumerated: media('error', 'noSpeakerDevicesEnumerated', 'pickDevice', 'recoveredDevice'),
  microphonePermissionDenied: media('error', 'microphonePermissionDenied', 'permissionGuide', 'recoveredPermission'),
  cameraPermissionDenied: media('error', 'cameraPermissionDenied', 'permissionGuide', 'recoveredPermission'),
  screenshareRecordingDisabled: media('error', 'screenshareRecordingDisabled', undefined, 'recoveredScreen'),
  microphoneNotMuteButSilent: media('error', 'microphoneNotMuteButSilent', 'pickDevice', 'recoveredMicrophone'),
  networkReconnect: network('warning', 'networkReconnect', 'checkNetwork'),
  networkReceiveQuality: network('warning', 'networkReceiveQuality', 'checkNetwork'),
  networkSendQuality: network('warning', 'networkSendQuality', 'checkNetwork'),
  noNetwork: network('error', 'noNetwork', 'checkNetwork'),
  networkRelaysNotReachable: network('error', 'networkRelaysNotReachable', 'checkNetwork'),
} as const satisfies Record<DiagnosticName, DiagnosticNotice>;

/** The message key of a row on a platform. */
export function noticeMessage(row: DiagnosticNotice, platform: NoticePlatform): keyof CallNoticesStrings {
  if (!row.perPlatform) return row.message as keyof CallNoticesStrings;
  const suffix = platform === 'ios' ? 'Ios' : platform === 'android' ? 'Android' : 'Desktop';
  return `${row.message}${suffix}` as keyof CallNoticesStrings;
}
