import { AcsErrorEvent } from '../../events/acs-error.js';
import { isSdkEmitter } from '../../controllers/subscription-controller.js';
import type { AcsSdk, Call, CallAgent, DeviceManager, IncomingCall } from '../../sdk/index.js';

/**
 * What a property that takes an SDK object accepts: a check, and how the developer error describes it. A value that
 * fails the check is not used (the element behaves as without it) and is reported once, by {@link reportInvalid}.
 */
export interface SdkInput<T> {
  readonly accepts: (value: unknown) => value is T;
  /** "a Call from the ACS Calling SDK (or the simulator)". */
  readonly expected: string;
}

const has = (value: unknown, name: string, type: 'function' | 'string' | 'object') =>
  typeof (value as Record<string, unknown>)[name] === type;

/** `call`: an SDK `Call` (it has `on`, `off` and a `state`). */
export const CALL_INPUT: SdkInput<Call> = {
  accepts: (value): value is Call => isSdkEmitter(value) && has(value, 'state', 'string'),
  expected: 'a Call from the ACS Calling SDK or the simulator (callAgent.join(...))',
};

/** `incomingCall` and each of `incomingCalls`: an SDK `IncomingCall`. */
export const INCOMING_CALL_INPUT: SdkInput<IncomingCall> = {
  accepts: (value): value is IncomingCall => isSdkEmitter(value) && has(value, 'accept', 'function'),
  expected: "an IncomingCall from the ACS Calling SDK or the simulator (callAgent's incomingCall event)",
};

/** `deviceManager`: an SDK `DeviceManager`. */
export const DEVICE_MANAGER_INPUT: SdkInput<DeviceManager> = {
  accepts: (value): value is DeviceManager => isSdkEmitter(value) && has(value, 'getCameras', 'function'),
  expected: 'a DeviceManager from the ACS Calling SDK or the simulator (await callClient.getDeviceManager())',
};

/** `callAgent`: an SDK `CallAgent`. */
export const CALL_AGENT_INPUT: SdkInput<CallAgent> = {
  accepts: (value): value is CallAgent => isSdkEmitter(value) && has(value, 'join', 'function'),
  expected: 'a CallAgent from the ACS Calling SDK or the simulator (await callClient.createCallAgent(...))',
};

/** `sdk`: the SDK module, or a simulator's `sim.sdk` (it has `Features`). */
export const SDK_INPUT: SdkInput<AcsSdk> = {
  accepts: (value): value is AcsSdk => typeof value === 'object' && value !== null && has(value, 'Features', 'object'),
  expected: "the @azure/communication-calling module or a simulator's sim.sdk",
};

/** The value given, or `undefined` when it is not what the property accepts (`null` counts as not given). */
export function accepted<T>(value: unknown, input: SdkInput<T>): T | undefined {
  return value !== undefined && value !== null && input.accepts(value) ? value : undefined;
}

/** Says what a wrong value is, for a developer reading the console ("a Promise (did you forget await?)"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value !== 'object' && typeof value !== 'function') return `the ${typeof value} ${String(value)}`;
  if (typeof (value as { then?: unknown }).then === 'function') return 'a Promise (did you forget to await it?)';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  const name = (value as object).constructor?.name;
  const what = name && name !== 'Object' ? `a ${name}` : 'an object';
  return isSdkEmitter(value) ? `${what} that is not one` : `${what} without on() and off()`;
}

/**
 * Reports a property given a value it cannot use: a console error that names the element and the property, and an
 * `acs-error` event (`code: 'invalid-property'`, `property`) for the page's error handling. The element then
 * behaves as without the value: a call-driven element says it is not in a call, and the next good value works.
 */
export function reportInvalid(element: HTMLElement, property: string, value: unknown, input: SdkInput<unknown>): void {
  const message = `<${element.localName}>.${property} must be ${input.expected}; it was given ${describeValue(value)}, which it ignores.`;
  console.error(message, value);
  element.dispatchEvent(
    new AcsErrorEvent({
      operation: 'setProperty',
      property,
      error: new TypeError(message),
      message,
      code: 'invalid-property',
    }),
  );
}

/**
 * Checks the properties that changed in this update: each one that holds a value it cannot use is reported once
 * (a value assigned again is not reported again). Call it from `willUpdate`.
 */
export function checkInputs(
  element: HTMLElement,
  changed: ReadonlyMap<PropertyKey, unknown>,
  inputs: Readonly<Record<string, SdkInput<unknown>>>,
): void {
  for (const [property, input] of Object.entries(inputs)) {
    if (!changed.has(property)) continue;
    const value = (element as unknown as Record<string, unknown>)[property];
    if (value !== undefined && value !== null && !input.accepts(value)) reportInvalid(element, property, value, input);
  }
}

/**
 * Reports an attribute given a value the element cannot use (`group-id="abc"`, `page-size="0"`): a console error
 * for the developer, and an `acs-error` event (`operation: 'setAttribute'`, `code: 'invalid-attribute'`,
 * `property`: the attribute). The element shows the user what this means for them, in their words.
 */
export function reportInvalidAttribute(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  expected: string,
): void {
  const message = `<${element.localName} ${attribute}> must be ${expected}; it was given ${describeValue(value)}.`;
  console.error(message);
  element.dispatchEvent(
    new AcsErrorEvent({
      operation: 'setAttribute',
      property: attribute,
      error: new TypeError(message),
      message,
      code: 'invalid-attribute',
    }),
  );
}
