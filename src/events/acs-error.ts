import type { SdkErrorLike } from '../sdk/index.js';

/** What an `acs-error` event carries. */
export interface AcsErrorDetail {
  /**
   * What was being done, e.g. `mute`, `selectMicrophone`, `askDevicePermission`, `join`, `fetchToken`;
   * `setProperty` when a property was given a value it cannot use (see `property`).
   */
  readonly operation: string;
  /** The original error (an SDK `CallingCommunicationError`, a DOMException, a fetch failure ...). */
  readonly error: unknown;
  /** The human-readable message of the error. */
  readonly message: string;
  /**
   * The SDK's error code when it gave one (a number, e.g. `401`), or this library's own code for a developer error:
   * `'invalid-property'` (a property given a value it cannot use).
   */
  readonly code?: number | string;
  /** The SDK's error sub-code, when it gave one. */
  readonly subCode?: number;
  /** With `invalid-property`: the property that was given the value. */
  readonly property?: string;
}

const number = (n: unknown) => (typeof n === 'number' ? n : undefined);

/** Reads `message`, `code` and `subCode` from anything that was thrown. */
export function describeError(operation: string, error: unknown): AcsErrorDetail {
  // A thrown string has no `message`: `String(error)` is the string itself.
  const e = Object(error) as Partial<SdkErrorLike>;
  const message = (typeof e.message === 'string' && e.message) || String(error);
  return { operation, error, message, code: number(e.code), subCode: number(e.subCode) };
}

/**
 * Fired by every element when an SDK operation fails or input is unusable. Bubbles and is composed, so a page
 * can listen once on `document`. The element also shows what happened; the event is for logging and telemetry.
 */
export class AcsErrorEvent extends Event {
  readonly detail: AcsErrorDetail;
  constructor(detail: AcsErrorDetail) {
    super('acs-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fires `acs-error` from `target` for a failed operation and returns what it said, for the element to show. */
export function emitError(target: EventTarget, operation: string, error: unknown): AcsErrorDetail {
  const detail = describeError(operation, error);
  target.dispatchEvent(new AcsErrorEvent(detail));
  return detail;
}

/**
 * Fires `acs-error` from `element` with a failure a controller reports (controllers never dispatch events
 * themselves); nothing once the element has left the document.
 */
export const errorsOf =
  (element: HTMLElement) =>
  (detail: AcsErrorDetail): void => {
    if (element.isConnected) element.dispatchEvent(new AcsErrorEvent(detail));
  };

declare global {
  interface GlobalEventHandlersEventMap {
    'acs-error': AcsErrorEvent;
  }
}
