import type { AcsErrorDetail } from '../../events/acs-error.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { CallProviderStrings } from '../../i18n/en/call-provider.js';
import { NothingToJoinError, SdkLoadError } from './call-session.js';
import { TokenFetchError } from './token-credential.js';

/** What the user is told for each failed operation (`acs-error`'s `operation`). */
const MESSAGES: Record<string, keyof CallProviderStrings> = {
  loadSdk: 'sdkLoadFailed',
  loadSimulator: 'simulatorFailed',
  fetchToken: 'tokenFailed',
  refreshToken: 'tokenFailed',
  createCallAgent: 'agentFailed',
  getDeviceManager: 'devicesFailed',
  join: 'joinFailed',
};

/**
 * A failure of the provider in the page's language: the message for the user, and the technical detail shown
 * under it (the provider's own reasons translated; the SDK's message, in English, with its code).
 */
export function describeFailure(
  failure: AcsErrorDetail,
  t: LocalizeController<CallProviderStrings>,
): { message: string; detail?: string } {
  const error = failure.error;
  // The message already says everything.
  if (error instanceof NothingToJoinError) return { message: t.term('nothingToJoin') };
  const message = t.term((MESSAGES[failure.operation] ?? 'joinFailed') as 'joinFailed');
  if (error instanceof TokenFetchError) {
    if (error.reason === 'status') return { message, detail: t.term('tokenStatus', error.status ?? 0) };
    if (error.reason === 'notJson') return { message, detail: t.term('tokenNotJson') };
    if (error.reason === 'noToken') return { message, detail: t.term('tokenMissing') };
    if (error.reason === 'timeout') return { message, detail: t.term('tokenTimeout') };
  }
  if (error instanceof SdkLoadError) {
    const detail = error.src ? t.term('sdkFromSrc', error.src, error.reason) : t.term('sdkFromImport', error.reason);
    return { message, detail };
  }
  const code = failure.code === undefined ? '' : ` (${failure.code}${failure.subCode ? `/${failure.subCode}` : ''})`;
  return { message, detail: failure.message + code };
}
