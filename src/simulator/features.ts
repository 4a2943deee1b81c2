/**
 * Simulated call features: `UserFacingDiagnostics`, `DominantSpeakers`, `RaiseHand`, `Capabilities`, and the
 * feature tokens (`Features.X`) that reach them through `call.feature(...)`.
 */
import type {
  CallFeatureContext,
  CapabilitiesChangeInfo,
  CapabilitiesFeature,
  CapabilityResolutionReason,
  ChangedParticipantCapabilities,
  DiagnosticValueType,
  DominantSpeakersCallFeature,
  DominantSpeakersInfo,
  MediaDiagnostics,
  NetworkDiagnostics,
  ParticipantCapabilities,
  ParticipantCapabilityName,
  RaiseHandCallFeature,
  RaisedHand,
  RemoteDiagnostics,
  RemoteParticipantDiagnosticsData,
  UserFacingDiagnosticsFeature,
} from '@azure/communication-calling';
import type {
  CommunicationIdentifierKind,
  CommunicationUserIdentifier,
  MicrosoftTeamsUserIdentifier,
} from '@azure/communication-common';
import type { FeatureTokens, MediaDiagnosticName, NetworkDiagnosticName } from '../sdk/index.js';
import { Quality } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, SimulatedCallingError, sdkError } from './errors.js';
import type { EventNameOf, ListenerOf } from './types.js';

// ----------------------------------------------------------------------------------------------------------------
// Event tables (each checked against the SDK's overloads)
// ----------------------------------------------------------------------------------------------------------------

/** `MediaDiagnostics` / `NetworkDiagnostics` / `RemoteDiagnostics` events. */
export const DIAGNOSTICS_EVENTS = { diagnosticChanged: 'payload' } as const satisfies Record<
  EventNameOf<MediaDiagnostics['on']> | EventNameOf<NetworkDiagnostics['on']> | EventNameOf<RemoteDiagnostics['on']>,
  'payload'
>;
/** `DominantSpeakersCallFeature` events. */
export const DOMINANT_SPEAKERS_EVENTS = { dominantSpeakersChanged: 'property' } as const satisfies Record<
  EventNameOf<DominantSpeakersCallFeature['on']>,
  'property'
>;
/** `RaiseHandCallFeature` events. */
export const RAISE_HAND_EVENTS = { raisedHandEvent: 'payload', loweredHandEvent: 'payload' } as const satisfies Record<
  EventNameOf<RaiseHandCallFeature['on']>,
  'payload'
>;
/** `CapabilitiesFeature` events. */
export const CAPABILITIES_EVENTS = { capabilitiesChanged: 'payload' } as const satisfies Record<
  EventNameOf<CapabilitiesFeature['on']>,
  'payload'
>;

// ----------------------------------------------------------------------------------------------------------------
// Diagnostic value types, by name (checked against the SDK's diagnostic names)
// ----------------------------------------------------------------------------------------------------------------

/** Network diagnostics: three quality values, two flags (as the SDK maps them). */
export const NETWORK_DIAGNOSTIC_TYPES = {
  networkReconnect: 'DiagnosticQuality',
  networkReceiveQuality: 'DiagnosticQuality',
  networkSendQuality: 'DiagnosticQuality',
  noNetwork: 'DiagnosticFlag',
  networkRelaysNotReachable: 'DiagnosticFlag',
} as const satisfies Record<NetworkDiagnosticName, DiagnosticValueType>;

/**
 * Media diagnostics. The SDK 2.0.0 bundle maps **every** media diagnostic to a `DiagnosticFlag` (true when raised,
 * false when cleared), although Microsoft's docs show `microphoneMuteUnexpectedly` / `cameraStoppedUnexpectedly`
 * compared with `DiagnosticQuality.Bad` / `Good`. Pass `mediaDiagnosticValueType: 'DiagnosticQuality'` to
 * `createSimulator` to reproduce the documented shape; a robust UI handles both.
 */
export const MEDIA_DIAGNOSTIC_NAMES = {
  speakingWhileMicrophoneIsMuted: true,
  noSpeakerDevicesEnumerated: true,
  noMicrophoneDevicesEnumerated: true,
  cameraFreeze: true,
  cameraStartFailed: true,
  cameraStartTimedOut: true,
  capturerStartFailed: true,
  microphoneNotFunctioning: true,
  microphoneMuteUnexpectedly: true,
  cameraStoppedUnexpectedly: true,
  capturerStoppedUnexpectedly: true,
  screenshareRecordingDisabled: true,
  microphonePermissionDenied: true,
  cameraPermissionDenied: true,
  microphoneNotMuteButSilent: true,
} as const satisfies Record<MediaDiagnosticName, true>;

/** A diagnostic value: a `DiagnosticQuality` (1 Good, 2 Poor, 3 Bad) or a flag. */
export type DiagnosticInput = 1 | 2 | 3 | boolean;

/** Converts a value to the value type the diagnostic uses (true <-> Bad, false <-> Good). */
export function coerceDiagnosticValue(value: DiagnosticInput, valueType: DiagnosticValueType): 1 | 2 | 3 | boolean {
  if (valueType === 'DiagnosticFlag') return typeof value === 'boolean' ? value : value !== Quality.Good;
  return typeof value === 'number' ? value : value ? Quality.Bad : Quality.Good;
}

/** Whether `name` is a network diagnostic name. */
export function isNetworkDiagnostic(name: string): name is NetworkDiagnosticName {
  return Object.hasOwn(NETWORK_DIAGNOSTIC_TYPES, name);
}

/** Whether `name` is a media diagnostic name. */
export function isMediaDiagnostic(name: string): name is MediaDiagnosticName {
  return Object.hasOwn(MEDIA_DIAGNOSTIC_NAMES, name);
}

// ----------------------------------------------------------------------------------------------------------------
// Base
// ----------------------------------------------------------------------------------------------------------------

abstract class SimulatedFeatureBase<E extends string> {
  protected readonly events: Emitter<E>;
  #disposed = false;
  abstract readonly name: string;

  constructor(ctx: SimContext, names: Iterable<string>, subject: string, subscribeSubCode?: number, code = 422) {
    this.events = new Emitter(
      names,
      { subject, code, subscribeSubCode, unsubscribeSubCode: subscribeSubCode && subscribeSubCode + 1 },
      ctx.registry,
      subject,
    );
  }

  on(event: string, listener: AnyListener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: AnyListener): void {
    this.events.off(event, listener);
  }

  /** Live listeners on this feature object. */
  listenerCount(): number {
    return this.events.listenerCount();
  }

  /** Features are owned by the call; dispose only marks it. */
  dispose(): void {
    this.#disposed = true;
  }

  get disposed(): boolean {
    return this.#disposed;
  }
}

// ----------------------------------------------------------------------------------------------------------------
// UserFacingDiagnostics
// ----------------------------------------------------------------------------------------------------------------

/**
 * The event source of the three diagnostics objects (media, network, remote): the same events and errors, their
 * own label.
 */
abstract class DiagnosticsBase<D extends MediaDiagnostics | NetworkDiagnostics | RemoteDiagnostics> {
  protected readonly events: Emitter<'diagnosticChanged'>;

  constructor(ctx: SimContext, label: string) {
    this.events = new Emitter(
      Object.keys(DIAGNOSTICS_EVENTS),
      { subject: 'UserFacingDiagnostics', code: 422, subscribeSubCode: 45401, unsubscribeSubCode: 45402 },
      ctx.registry,
      label,
    );
  }

  on(event: 'diagnosticChanged', listener: ListenerOf<D['on'], 'diagnosticChanged'>): void {
    this.events.on(event, listener as AnyListener);
  }
  off(event: 'diagnosticChanged', listener: ListenerOf<D['off'], 'diagnosticChanged'>): void {
    this.events.off(event, listener as AnyListener);
  }
  listenerCount(): number {
    return this.events.listenerCount();
  }
}

/** Media or network diagnostics: the latest value of each diagnostic raised, typed by `valueTypeOf`. */
abstract class LatestDiagnostics<
  D extends MediaDiagnostics | NetworkDiagnostics,
  N extends string,
> extends DiagnosticsBase<D> {
  readonly #latest: Partial<Record<N, unknown>> = {};
  readonly #valueTypeOf: (diagnostic: N) => DiagnosticValueType;

  constructor(ctx: SimContext, label: string, valueTypeOf: (diagnostic: N) => DiagnosticValueType) {
    super(ctx, label);
    this.#valueTypeOf = valueTypeOf;
  }

  getLatest(): ReturnType<D['getLatest']> {
    return { ...this.#latest } as ReturnType<D['getLatest']>;
  }

  /** @internal Raises a diagnostic: updates `getLatest()` then fires `diagnosticChanged`. */
  raise(diagnostic: N, input: DiagnosticInput): void {
    const valueType = this.#valueTypeOf(diagnostic);
    const value = coerceDiagnosticValue(input, valueType);
    this.#latest[diagnostic] = { value, valueType };
    this.events.emit('diagnosticChanged', { diagnostic, value, valueType });
  }
}

/** Simulated `MediaDiagnostics`. */
export class SimulatedMediaDiagnostics
  extends LatestDiagnostics<MediaDiagnostics, MediaDiagnosticName>
  implements MediaDiagnostics
{
  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, 'MediaDiagnostics', () => ctx.mediaDiagnosticValueType);
  }
}

/** Simulated `NetworkDiagnostics`. */
export class SimulatedNetworkDiagnostics
  extends LatestDiagnostics<NetworkDiagnostics, NetworkDiagnosticName>
  implements NetworkDiagnostics
{
  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, 'NetworkDiagnostics', (diagnostic) => NETWORK_DIAGNOSTIC_TYPES[diagnostic]);
  }
}

/** Simulated `RemoteDiagnostics` (no remote diagnostics are produced; the API works). */
export class SimulatedRemoteDiagnostics extends DiagnosticsBase<RemoteDiagnostics> implements RemoteDiagnostics {
  #enabled = false;

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, 'RemoteDiagnostics');
  }

  get isSendingDiagnosticsEnabled(): boolean {
    return this.#enabled;
  }
  startSendingDiagnostics(): void {
    this.#enabled = true;
  }
  stopSendingDiagnostics(): void {
    this.#enabled = false;
  }
  getLatest(): RemoteParticipantDiagnosticsData {
    return { diagnostics: [] };
  }
}

/** Simulated `UserFacingDiagnosticsFeature` (`call.feature(Features.UserFacingDiagnostics)`). */
export class SimulatedUserFacingDiagnostics implements UserFacingDiagnosticsFeature {
  /** The SDK reports `'Diagnostics'` (observed). */
  readonly name = 'Diagnostics';
  readonly media: SimulatedMediaDiagnostics;
  readonly network: SimulatedNetworkDiagnostics;
  readonly remote: SimulatedRemoteDiagnostics;

  /** @internal */
  constructor(ctx: SimContext) {
    this.media = new SimulatedMediaDiagnostics(ctx);
    this.network = new SimulatedNetworkDiagnostics(ctx);
    this.remote = new SimulatedRemoteDiagnostics(ctx);
  }

  /** @internal Raises a media or network diagnostic, by name. */
  raise(diagnostic: MediaDiagnosticName | NetworkDiagnosticName, value: DiagnosticInput): void {
    if (isNetworkDiagnostic(diagnostic)) this.network.raise(diagnostic, value);
    else if (isMediaDiagnostic(diagnostic)) this.media.raise(diagnostic, value);
    else throw new TypeError(`Unknown diagnostic '${String(diagnostic)}'`);
  }

  listenerCount(): number {
    return this.media.listenerCount() + this.network.listenerCount() + this.remote.listenerCount();
  }

  dispose(): void {
    /* owned by the call */
  }
}

// ----------------------------------------------------------------------------------------------------------------
// DominantSpeakers
// ----------------------------------------------------------------------------------------------------------------

/** Simulated `DominantSpeakersCallFeature`. */
export class SimulatedDominantSpeakers
  extends SimulatedFeatureBase<'dominantSpeakersChanged'>
  implements DominantSpeakersCallFeature
{
  readonly name = 'DominantSpeakers';
  #info: DominantSpeakersInfo = { speakersList: [], timestamp: new Date() };

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, Object.keys(DOMINANT_SPEAKERS_EVENTS), 'DominantSpeakers', 46160, 400);
  }

  get dominantSpeakers(): DominantSpeakersInfo {
    return this.#info;
  }

  /** @internal */
  set(speakers: CommunicationIdentifierKind[]): void {
    this.#info = { speakersList: [...speakers], timestamp: new Date() };
    this.events.emit('dominantSpeakersChanged');
  }
}

// ----------------------------------------------------------------------------------------------------------------
// RaiseHand
// ----------------------------------------------------------------------------------------------------------------

type HandIdentifier = CommunicationUserIdentifier | MicrosoftTeamsUserIdentifier;

function sameIdentifier(a: object, b: object): boolean {
  const key = (x: object) => {
    const o = x as Record<string, unknown>;
    return String(o['communicationUserId'] ?? o['microsoftTeamsUserId'] ?? o['phoneNumber'] ?? o['rawId'] ?? o['id']);
  };
  return key(a) === key(b);
}

/** Simulated `RaiseHandCallFeature`. */
export class SimulatedRaiseHand
  extends SimulatedFeatureBase<'raisedHandEvent' | 'loweredHandEvent'>
  implements RaiseHandCallFeature
{
  readonly name = 'RaiseHand';
  readonly #ctx: SimContext;
  readonly #self: () => HandIdentifier;
  #hands: RaisedHand[] = [];
  #order = 0;
  /** @internal pending failure for the next raise/lower */
  failNextRaise: Error | undefined;

  /** @internal */
  constructor(ctx: SimContext, self: () => HandIdentifier) {
    super(ctx, Object.keys(RAISE_HAND_EVENTS), 'RaiseHand', 46160, 400);
    this.#ctx = ctx;
    this.#self = self;
  }

  async raiseHand(): Promise<void> {
    await this.#ctx.wait();
    this.#check();
    this.raise(this.#self());
  }
  async lowerHand(): Promise<void> {
    await this.#ctx.wait();
    this.#check();
    this.lower(this.#self());
  }
  async lowerHands(identifiers: HandIdentifier[]): Promise<void> {
    await this.#ctx.wait();
    this.#check();
    for (const id of identifiers) this.lower(id);
  }
  async lowerAllHands(): Promise<void> {
    await this.#ctx.wait();
    this.#check();
    for (const h of [...this.#hands]) this.lower(h.identifier);
  }
  getRaisedHands(): RaisedHand[] {
    return this.#hands.map((h) => ({ ...h }));
  }

  #check(): void {
    const e = this.failNextRaise;
    if (e) {
      this.failNextRaise = undefined;
      throw e;
    }
  }

  /** @internal */
  raise(identifier: HandIdentifier): void {
    if (this.#hands.some((h) => sameIdentifier(h.identifier, identifier))) return;
    this.#hands.push({ identifier, order: ++this.#order });
    this.events.emit('raisedHandEvent', { identifier });
  }

  /** @internal */
  lower(identifier: HandIdentifier): void {
    const before = this.#hands.length;
    this.#hands = this.#hands.filter((h) => !sameIdentifier(h.identifier, identifier));
    if (this.#hands.length !== before) this.events.emit('loweredHandEvent', { identifier });
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Capabilities
// ----------------------------------------------------------------------------------------------------------------

/** Every capability name (checked against the SDK's `ParticipantCapabilityName`). */
export const CAPABILITY_NAMES = Object.keys({
  turnVideoOn: true,
  unmuteMic: true,
  shareScreen: true,
  removeParticipant: true,
  hangUpForEveryOne: true,
  addCommunicationUser: true,
  addTeamsUser: true,
  addPhoneNumber: true,
  manageLobby: true,
  spotlightParticipant: true,
  removeParticipantsSpotlight: true,
  blurBackground: true,
  startLiveMeetingCaptions: true,
  startLiveCallingCaptions: true,
  setCaptionLanguage: true,
  raiseHand: true,
  pstnDialOut: true,
  muteOthers: true,
  useReactions: true,
  viewAttendeeNames: true,
  startTogetherMode: true,
  joinBreakoutRooms: true,
  forbidOthersAudio: true,
  forbidOthersVideo: true,
  realTimeText: true,
} as const satisfies Record<ParticipantCapabilityName, true>) as ParticipantCapabilityName[];

/** A capability change: `false` (not present, reason `'RoleRestricted'`), `true`, or an explicit value. */
export type CapabilityInput = boolean | { isPresent: boolean; reason?: CapabilityResolutionReason };

/** Simulated `CapabilitiesFeature`. */
export class SimulatedCapabilities extends SimulatedFeatureBase<'capabilitiesChanged'> implements CapabilitiesFeature {
  readonly name = 'Capabilities';
  #caps: ParticipantCapabilities;

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, Object.keys(CAPABILITIES_EVENTS), 'Capabilities', 46160, 400);
    this.#caps = Object.fromEntries(
      CAPABILITY_NAMES.map((n) => [n, { isPresent: true, reason: 'Capable' as CapabilityResolutionReason }]),
    ) as ParticipantCapabilities;
  }

  get capabilities(): ParticipantCapabilities {
    return this.#caps;
  }

  /** @internal Applies changes; fires `capabilitiesChanged` with the changed entries only. */
  change(
    changes: Partial<Record<ParticipantCapabilityName, CapabilityInput>>,
    reason: CapabilitiesChangeInfo['reason'] = 'RoleChanged',
  ): void {
    const oldValue: ChangedParticipantCapabilities = {};
    const newValue: ChangedParticipantCapabilities = {};
    const next = { ...this.#caps };
    for (const [name, input] of Object.entries(changes) as [ParticipantCapabilityName, CapabilityInput][]) {
      if (!(name in next)) continue;
      const value =
        typeof input === 'boolean'
          ? { isPresent: input, reason: (input ? 'Capable' : 'RoleRestricted') as CapabilityResolutionReason }
          : { isPresent: input.isPresent, reason: input.reason ?? (input.isPresent ? 'Capable' : 'RoleRestricted') };
      const prev = next[name];
      if (prev.isPresent === value.isPresent && prev.reason === value.reason) continue;
      oldValue[name] = prev;
      newValue[name] = value;
      next[name] = value;
    }
    if (Object.keys(newValue).length === 0) return;
    this.#caps = next;
    this.events.emit('capabilitiesChanged', { oldValue, newValue, reason });
  }

  /** @internal Whether a capability is present. */
  has(name: ParticipantCapabilityName): boolean {
    return this.#caps[name].isPresent;
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Tokens
// ----------------------------------------------------------------------------------------------------------------

/** The call features the simulator implements. */
export type SimulatedFeatureKey = keyof FeatureTokens;

/** Anything with a `callApiCtor` (a real or simulated feature factory). */
interface FeatureFactoryLike {
  readonly callApiCtor?: unknown;
}

/** The feature objects of one call, by key. */
export interface SimulatedCallFeatures {
  UserFacingDiagnostics: SimulatedUserFacingDiagnostics;
  DominantSpeakers: SimulatedDominantSpeakers;
  RaiseHand: SimulatedRaiseHand;
  Capabilities: SimulatedCapabilities;
}

/** Implemented by the simulated call: its feature object for a key. */
export interface FeatureHost {
  simulatedFeature<K extends SimulatedFeatureKey>(key: K): SimulatedCallFeatures[K];
}

function token<K extends SimulatedFeatureKey>(key: K): FeatureTokens[K] {
  // A constructor the real SDK would call with `{ call }`: returns the simulated call's feature object.
  const ctor = function SimulatedFeatureCtor(context: CallFeatureContext) {
    const host = context.call as unknown as Partial<FeatureHost>;
    if (typeof host.simulatedFeature !== 'function') throw sdkError(SDK_ERRORS.DISPOSED);
    return host.simulatedFeature(key);
  };
  Object.defineProperty(ctor, 'name', { value: `Simulated${key}Feature` });
  return Object.freeze({ callApiCtor: ctor, simulatedFeatureKey: key }) as unknown as FeatureTokens[K];
}

/**
 * The simulator's `Features` tokens: `call.feature(SimulatedFeatures.UserFacingDiagnostics)` works on a simulated
 * call (the real SDK's `Features.X` works too when the module was given to `createSimulator`).
 */
export const SimulatedFeatures: FeatureTokens = Object.freeze({
  UserFacingDiagnostics: token('UserFacingDiagnostics'),
  DominantSpeakers: token('DominantSpeakers'),
  Capabilities: token('Capabilities'),
  RaiseHand: token('RaiseHand'),
});

/** The real SDK's implementation class names (kept unminified in the 2.0.0 bundle), a fallback match. */
const REAL_CTOR_NAMES: Record<string, SimulatedFeatureKey> = {
  UserFacingDiagnosticsFeatureImpl: 'UserFacingDiagnostics',
  DominantSpeakersCallFeatureImpl: 'DominantSpeakers',
  CapabilitiesFeatureImpl: 'Capabilities',
  RaiseHandCallFeatureImpl: 'RaiseHand',
};

/**
 * Which simulated feature a factory asks for: the simulator's tokens, the given real SDK's `Features.X`
 * (matched by identity of `callApiCtor`, as the SDK itself does), or a real token by its class name.
 */
export function resolveFeatureKey(
  factory: FeatureFactoryLike | undefined,
  realFeatures?: Partial<Record<string, FeatureFactoryLike>>,
): SimulatedFeatureKey | undefined {
  if (!factory) return undefined;
  const ctor = factory.callApiCtor;
  for (const key of Object.keys(SimulatedFeatures) as SimulatedFeatureKey[]) {
    const sim = SimulatedFeatures[key] as unknown as FeatureFactoryLike;
    if (factory === sim || ctor === sim.callApiCtor) return key;
    const real = realFeatures?.[key];
    if (real && (factory === real || (ctor !== undefined && ctor === real.callApiCtor))) return key;
  }
  if (typeof ctor === 'function' && Object.hasOwn(REAL_CTOR_NAMES, ctor.name)) return REAL_CTOR_NAMES[ctor.name];
  return undefined;
}

/** The error `call.feature()` throws for a feature the simulator does not implement. */
export function unsupportedFeatureError(factory: unknown): SimulatedCallingError {
  const name = (factory as FeatureFactoryLike | undefined)?.callApiCtor;
  const label = typeof name === 'function' && name.name ? name.name : 'this feature';
  return new SimulatedCallingError({
    message: `The call simulator does not implement ${label}. Supported: UserFacingDiagnostics, DominantSpeakers, RaiseHand, Capabilities.`,
    code: 400,
  });
}
