/**
 * Simulated call features (`UserFacingDiagnostics`, `DominantSpeakers`, `RaiseHand`, `Capabilities`, `Recording`,
 * `Transcription`, `Captions`, `Reaction`, `Spotlight`), the `VideoEffects` feature of a local video stream, and the
 * feature tokens (`Features.X`) that reach them through `feature(...)`.
 */
import type {
  CallFeatureContext,
  CallState,
  Captions,
  CaptionsCallFeature,
  CaptionsHandler,
  CaptionsInfo,
  PropertyChangedEvent,
  Reaction,
  ReactionCallFeature,
  ReactionEventPayload,
  ReactionMessage,
  RecordingCallFeature,
  RecordingInfo,
  RecordingState,
  SpotlightCallFeature,
  SpotlightedParticipant,
  StartCaptionsOptions,
  TranscriptionCallFeature,
  VideoEffectName,
  VideoEffectProcessor,
  VideoEffectsFeature,
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
  RemoteDiagnostic,
  RemoteParticipant,
  UserFacingDiagnosticsFeature,
} from '@azure/communication-calling';
import type {
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationUserIdentifier,
  MicrosoftTeamsUserIdentifier,
} from '@azure/communication-common';
import type { CallFeatureTokens, FeatureTokens, MediaDiagnosticName, NetworkDiagnosticName } from '../sdk/index.js';
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

/**
 * Simulated `RemoteDiagnostics`: other participants' diagnostics (GA since SDK 1.38), raised with
 * `call.simulate.remoteDiagnostic()`. `getLatest()` lists the latest value of each participant's diagnostics;
 * `diagnosticChanged` carries the ones that changed.
 */
export class SimulatedRemoteDiagnostics extends DiagnosticsBase<RemoteDiagnostics> implements RemoteDiagnostics {
  #enabled = false;
  readonly #latest = new Map<string, RemoteDiagnostic>();

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
    return { diagnostics: [...this.#latest.values()] };
  }

  /** @internal A remote participant's diagnostic changed (network ones are qualities 1-3, others flags). */
  raise(
    participant: RemoteParticipant,
    diagnostic: NetworkDiagnosticName | MediaDiagnosticName,
    input: DiagnosticInput,
  ): void {
    const valueType: DiagnosticValueType = isNetworkDiagnostic(diagnostic)
      ? NETWORK_DIAGNOSTIC_TYPES[diagnostic]
      : 'DiagnosticFlag';
    const id = participant.identifier as { rawId?: string };
    const rawId = id.rawId ?? '';
    const entry: RemoteDiagnostic = {
      participantId: rawId,
      rawId,
      remoteParticipant: participant,
      diagnostic: diagnostic as RemoteDiagnostic['diagnostic'],
      value: coerceDiagnosticValue(input, valueType) as RemoteDiagnostic['value'],
      valueType,
    };
    this.#latest.set(`${rawId}|${diagnostic}`, entry);
    this.events.emit('diagnosticChanged', { diagnostics: [entry] });
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

  /**
   * @internal As in the SDK, a call that has not connected yet has no capabilities (all `FeatureNotSupported`);
   * they become `Capable` when it connects ({@link SimulatedCapabilities.connected}).
   */
  constructor(ctx: SimContext, connected: boolean) {
    super(ctx, Object.keys(CAPABILITIES_EVENTS), 'Capabilities', 46160, 400);
    const value = connected
      ? { isPresent: true, reason: 'Capable' as CapabilityResolutionReason }
      : { isPresent: false, reason: 'FeatureNotSupported' as CapabilityResolutionReason };
    this.#caps = Object.fromEntries(CAPABILITY_NAMES.map((n) => [n, { ...value }])) as ParticipantCapabilities;
  }

  /** @internal The call connected: every capability still `FeatureNotSupported` becomes `Capable`. */
  connected(): void {
    const changes: Partial<Record<ParticipantCapabilityName, CapabilityInput>> = {};
    for (const name of CAPABILITY_NAMES) if (this.#caps[name].reason === 'FeatureNotSupported') changes[name] = true;
    this.change(changes, 'MeetingOptionOrOrganizerPolicyChanged');
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

  /**
   * @internal Whether the local user may do it: present, or not known yet (`FeatureNotSupported`, what a call
   * that has not connected reports) — only a restriction forbids.
   */
  has(name: ParticipantCapabilityName): boolean {
    const capability = this.#caps[name];
    return capability.isPresent || capability.reason === 'FeatureNotSupported';
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Recording, Transcription
// ----------------------------------------------------------------------------------------------------------------

/** `RecordingCallFeature` events. */
export const RECORDING_EVENTS = {
  isRecordingActiveChanged: 'property',
  recordingsUpdated: 'collection',
} as const satisfies Record<EventNameOf<RecordingCallFeature['on']>, 'property' | 'collection'>;

/** `TranscriptionCallFeature` events. */
export const TRANSCRIPTION_EVENTS = { isTranscriptionActiveChanged: 'property' } as const satisfies Record<
  EventNameOf<TranscriptionCallFeature['on']>,
  'property'
>;

/** The SDK's `RecordingState` values (a runtime enum in the SDK: None 0, Started 1, Paused 2, Ended 3). */
export const RECORDING_STATES = { None: 0, Started: 1, Paused: 2, Ended: 3 } as const satisfies Record<
  keyof typeof RecordingState,
  RecordingState
>;

/** A recording's state, by name. */
export type RecordingStateName = keyof typeof RECORDING_STATES;

/** Simulated `RecordingInfo`: one recording of the call and its state. */
export class SimulatedRecordingInfo implements RecordingInfo {
  readonly #events: Emitter<'recordingStateChanged'>;
  #state: RecordingState;

  /** @internal */
  constructor(ctx: SimContext, state: RecordingState) {
    this.#state = state;
    this.#events = new Emitter(
      ['recordingStateChanged'],
      { subject: 'Recording', code: 422 },
      ctx.registry,
      'Recording',
    );
  }

  get state(): RecordingState {
    return this.#state;
  }

  on(event: 'recordingStateChanged', listener: PropertyChangedEvent): void {
    this.#events.on(event, listener);
  }
  off(event: 'recordingStateChanged', listener: PropertyChangedEvent): void {
    this.#events.off(event, listener);
  }
  listenerCount(): number {
    return this.#events.listenerCount();
  }

  /** @internal */
  set(state: RecordingState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#events.emit('recordingStateChanged');
  }
}

/**
 * Simulated `RecordingCallFeature`: whether the call is being recorded (an app must tell its users). Driven by
 * `call.simulate.recording('Started' | 'Paused' | 'Ended')`, as a bot or a Teams organiser would.
 */
export class SimulatedRecording
  extends SimulatedFeatureBase<'isRecordingActiveChanged' | 'recordingsUpdated'>
  implements RecordingCallFeature
{
  readonly name = 'Recording';
  readonly #ctx: SimContext;
  #recordings: SimulatedRecordingInfo[] = [];

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, Object.keys(RECORDING_EVENTS), 'Recording');
    this.#ctx = ctx;
  }

  get isRecordingActive(): boolean {
    return this.#recordings.some((r) => r.state === RECORDING_STATES.Started);
  }
  get recordings(): RecordingInfo[] {
    return [...this.#recordings];
  }
  get isTeamsConsentRequired(): boolean {
    return false;
  }
  async grantTeamsConsent(): Promise<void> {
    await this.#ctx.wait();
  }

  override listenerCount(): number {
    return super.listenerCount() + this.#recordings.reduce((n, r) => n + r.listenerCount(), 0);
  }

  /**
   * @internal Moves the call's recording to `state`: `Started` adds one when none is running, `Paused` pauses
   * it, `Ended` ends it and removes it from `recordings`.
   */
  set(state: RecordingStateName): void {
    const wasActive = this.isRecordingActive;
    const current = this.#recordings.at(-1);
    if (state === 'Ended' || state === 'None') {
      if (!current) return;
      current.set(RECORDING_STATES.Ended);
      this.#recordings = this.#recordings.filter((r) => r !== current);
      this.events.emit('recordingsUpdated', { added: [], removed: [current] });
    } else if (current) {
      current.set(RECORDING_STATES[state]);
    } else {
      const added = new SimulatedRecordingInfo(this.#ctx, RECORDING_STATES[state]);
      this.#recordings = [...this.#recordings, added];
      this.events.emit('recordingsUpdated', { added: [added], removed: [] });
    }
    if (wasActive !== this.isRecordingActive) this.events.emit('isRecordingActiveChanged');
  }
}

/** Simulated `TranscriptionCallFeature`, driven by `call.simulate.transcription(active)`. */
export class SimulatedTranscription
  extends SimulatedFeatureBase<'isTranscriptionActiveChanged'>
  implements TranscriptionCallFeature
{
  readonly name = 'Transcription';
  readonly #ctx: SimContext;
  #active = false;

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, Object.keys(TRANSCRIPTION_EVENTS), 'Transcription');
    this.#ctx = ctx;
  }

  get isTranscriptionActive(): boolean {
    return this.#active;
  }
  get isTeamsConsentRequired(): boolean {
    return false;
  }
  async grantTeamsConsent(): Promise<void> {
    await this.#ctx.wait();
  }

  /** @internal */
  set(active: boolean): void {
    if (this.#active === active) return;
    this.#active = active;
    this.events.emit('isTranscriptionActiveChanged');
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Captions
// ----------------------------------------------------------------------------------------------------------------

/** `Captions` events (the ACS kind of captions; Teams captions are not simulated). */
export const CAPTIONS_EVENTS = {
  CaptionsReceived: 'payload',
  CaptionsActiveChanged: 'property',
  SpokenLanguageChanged: 'property',
} as const satisfies Record<EventNameOf<Captions['on']>, 'payload' | 'property'>;

/** The spoken languages simulated captions support (BCP 47, lower case as the SDK lists them). */
export const CAPTION_LANGUAGES = ['en-us', 'fr-fr', 'de-de', 'es-es', 'pt-br', 'ja-jp', 'zh-cn'] as const;

/** Simulated `Captions` (kind `'Captions'`): start, stop, the spoken language, and captions the simulation says. */
export class SimulatedCaptions implements Captions {
  readonly kind = 'Captions';
  readonly #ctx: SimContext;
  readonly #call: () => CallState;
  readonly #events: Emitter<keyof typeof CAPTIONS_EVENTS>;
  #active = false;
  #language = 'en-us';

  /** @internal */
  constructor(ctx: SimContext, callState: () => CallState) {
    this.#ctx = ctx;
    this.#call = callState;
    this.#events = new Emitter(
      Object.keys(CAPTIONS_EVENTS),
      { subject: 'Captions', code: 422 },
      ctx.registry,
      'Captions',
    );
  }

  get supportedSpokenLanguages(): string[] {
    return [...CAPTION_LANGUAGES];
  }
  get isCaptionsFeatureActive(): boolean {
    return this.#active;
  }
  get activeSpokenLanguage(): string {
    return this.#language;
  }

  /** Starts captions (the call must be connected; the language, when given, must be supported). */
  async startCaptions(options?: StartCaptionsOptions): Promise<void> {
    await this.#ctx.wait();
    if (this.#call() !== 'Connected')
      throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'startCaptions failed' });
    if (options?.spokenLanguage) this.#setLanguage(options.spokenLanguage);
    if (this.#active) return;
    this.#active = true;
    this.#events.emit('CaptionsActiveChanged');
  }

  async stopCaptions(): Promise<void> {
    await this.#ctx.wait();
    if (!this.#active) return;
    this.#active = false;
    this.#events.emit('CaptionsActiveChanged');
  }

  async setSpokenLanguage(language: string): Promise<void> {
    await this.#ctx.wait();
    if (!this.#active) throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'setSpokenLanguage failed' });
    this.#setLanguage(language);
  }

  on(event: 'CaptionsReceived', listener: CaptionsHandler): void;
  on(event: 'CaptionsActiveChanged' | 'SpokenLanguageChanged', listener: PropertyChangedEvent): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off(event: 'CaptionsReceived', listener: CaptionsHandler): void;
  off(event: 'CaptionsActiveChanged' | 'SpokenLanguageChanged', listener: PropertyChangedEvent): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }
  listenerCount(): number {
    return this.#events.listenerCount();
  }

  /** @internal A caption arrives (only while captions are on, as in the SDK). */
  receive(info: CaptionsInfo): void {
    if (this.#active) this.#events.emit('CaptionsReceived', info);
  }

  /** @internal Captions stop with the call. */
  stop(): void {
    if (!this.#active) return;
    this.#active = false;
    this.#events.emit('CaptionsActiveChanged');
  }

  #setLanguage(language: string): void {
    const wanted = language.toLowerCase();
    if (!(CAPTION_LANGUAGES as readonly string[]).includes(wanted)) {
      throw sdkError({
        ...SDK_ERRORS.OPERATION_FAILED,
        code: 400,
        message: `Spoken language ${language} is not supported`,
      });
    }
    if (this.#language === wanted) return;
    this.#language = wanted;
    this.#events.emit('SpokenLanguageChanged');
  }
}

/** `CaptionsCallFeature` events. */
export const CAPTIONS_FEATURE_EVENTS = { CaptionsKindChanged: 'property' } as const satisfies Record<
  EventNameOf<CaptionsCallFeature['on']>,
  'property'
>;

/** Simulated `CaptionsCallFeature`: its `captions` are ACS captions (the kind never changes to Teams). */
export class SimulatedCaptionsFeature
  extends SimulatedFeatureBase<'CaptionsKindChanged'>
  implements CaptionsCallFeature
{
  readonly name = 'Captions';
  readonly captions: SimulatedCaptions;

  /** @internal */
  constructor(ctx: SimContext, callState: () => CallState) {
    super(ctx, Object.keys(CAPTIONS_FEATURE_EVENTS), 'Captions');
    this.captions = new SimulatedCaptions(ctx, callState);
  }

  override listenerCount(): number {
    return super.listenerCount() + this.captions.listenerCount();
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Reaction, Spotlight
// ----------------------------------------------------------------------------------------------------------------

/** `ReactionCallFeature` events. */
export const REACTION_EVENTS = { reaction: 'payload' } as const satisfies Record<
  EventNameOf<ReactionCallFeature['on']>,
  'payload'
>;

/** Simulated `ReactionCallFeature`: `sendReaction` needs a connected call; everyone's reactions come as `reaction`. */
export class SimulatedReaction extends SimulatedFeatureBase<'reaction'> implements ReactionCallFeature {
  readonly name = 'Reaction';
  readonly #ctx: SimContext;
  readonly #call: () => CallState;
  readonly #self: () => HandIdentifier;

  /** @internal */
  constructor(ctx: SimContext, callState: () => CallState, self: () => HandIdentifier) {
    super(ctx, Object.keys(REACTION_EVENTS), 'Reaction');
    this.#ctx = ctx;
    this.#call = callState;
    this.#self = self;
  }

  async sendReaction(reactionMessage: ReactionMessage): Promise<void> {
    await this.#ctx.wait();
    if (this.#call() !== 'Connected')
      throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'sendReaction failed' });
    this.receive(this.#self(), reactionMessage.reactionType);
  }

  /** @internal Someone reacted. */
  receive(identifier: HandIdentifier, reactionType: Reaction): void {
    this.events.emit('reaction', { identifier, reactionMessage: { reactionType } } satisfies ReactionEventPayload);
  }
}

/** `SpotlightCallFeature` events. */
export const SPOTLIGHT_EVENTS = { spotlightChanged: 'collection' } as const satisfies Record<
  EventNameOf<SpotlightCallFeature['on']>,
  'collection'
>;

/** Simulated `SpotlightCallFeature` (at most 7 spotlighted, as Teams meetings allow). */
export class SimulatedSpotlight extends SimulatedFeatureBase<'spotlightChanged'> implements SpotlightCallFeature {
  readonly name = 'Spotlight';
  readonly maxParticipantsToSpotlight = 7;
  readonly #ctx: SimContext;
  readonly #self: () => HandIdentifier;
  #spotlighted: SpotlightedParticipant[] = [];
  #order = 0;

  /** @internal */
  constructor(ctx: SimContext, self: () => HandIdentifier) {
    super(ctx, Object.keys(SPOTLIGHT_EVENTS), 'Spotlight');
    this.#ctx = ctx;
    this.#self = self;
  }

  /** Spotlights the given participants (yourself when none are given). */
  async startSpotlight(participants?: CommunicationIdentifier[]): Promise<void> {
    await this.#ctx.wait();
    const wanted = participants?.length ? participants : [this.#self()];
    const fresh = wanted.filter((id) => !this.#spotlighted.some((s) => sameIdentifier(s.identifier, id)));
    if (this.#spotlighted.length + fresh.length > this.maxParticipantsToSpotlight) {
      throw sdkError({
        ...SDK_ERRORS.OPERATION_FAILED,
        code: 400,
        message: 'startSpotlight failed: too many participants',
      });
    }
    this.set(wanted, true);
  }

  /** Removes the given participants from the spotlight (yourself when none are given). */
  async stopSpotlight(participants?: CommunicationIdentifier[]): Promise<void> {
    await this.#ctx.wait();
    this.set(participants?.length ? participants : [this.#self()], false);
  }

  async stopAllSpotlight(): Promise<void> {
    await this.#ctx.wait();
    this.set(
      this.#spotlighted.map((s) => s.identifier),
      false,
    );
  }

  getSpotlightedParticipants(): SpotlightedParticipant[] {
    return this.#spotlighted.map((s) => ({ ...s }));
  }

  /**
   * @internal Puts the participants in the spotlight (`on`, each after the last, numbered in order) or takes them
   * out; fires one `spotlightChanged` with what changed.
   */
  set(identifiers: readonly CommunicationIdentifier[], on: boolean): void {
    const listed = (id: CommunicationIdentifier) => this.#spotlighted.some((s) => sameIdentifier(s.identifier, id));
    if (on) {
      const added = identifiers
        .filter((id, i) => !listed(id) && identifiers.findIndex((x) => sameIdentifier(x, id)) === i)
        .map((identifier) => ({ identifier, order: ++this.#order }));
      if (added.length === 0) return;
      this.#spotlighted = [...this.#spotlighted, ...added];
      this.events.emit('spotlightChanged', { added: added.map((s) => ({ ...s })), removed: [] });
    } else {
      const removed = this.#spotlighted.filter((s) => identifiers.some((id) => sameIdentifier(s.identifier, id)));
      if (removed.length === 0) return;
      this.#spotlighted = this.#spotlighted.filter((s) => !removed.includes(s));
      this.events.emit('spotlightChanged', { added: [], removed: removed.map((s) => ({ ...s })) });
    }
  }
}

// ----------------------------------------------------------------------------------------------------------------
// VideoEffects (a feature of a LocalVideoStream)
// ----------------------------------------------------------------------------------------------------------------

/** `VideoEffectsFeature` events. */
export const VIDEO_EFFECTS_EVENTS = {
  effectsStarted: 'payload',
  effectsStopped: 'payload',
  effectsError: 'payload',
  fpsWarningThresholdReached: 'payload',
  timeForEffectsWarningReached: 'payload',
} as const satisfies Record<EventNameOf<VideoEffectsFeature['on']>, 'payload'>;

const VIDEO_EFFECT_NAMES: readonly VideoEffectName[] = ['BackgroundBlur', 'BackgroundReplacement'];

/**
 * Simulated `VideoEffectsFeature`: the effect processors of `@azure/communication-calling-effects` (or any object
 * with their `name`) start and stop; the picture itself is not blurred.
 */
export class SimulatedVideoEffects
  extends SimulatedFeatureBase<keyof typeof VIDEO_EFFECTS_EVENTS>
  implements VideoEffectsFeature
{
  readonly name = 'VideoEffects';
  readonly #ctx: SimContext;
  #active: VideoEffectName[] = [];

  /** @internal */
  constructor(ctx: SimContext) {
    super(ctx, Object.keys(VIDEO_EFFECTS_EVENTS), 'VideoEffects');
    this.#ctx = ctx;
  }

  get activeEffects(): VideoEffectName[] {
    return [...this.#active];
  }

  async isSupported(effect: VideoEffectProcessor): Promise<boolean> {
    return VIDEO_EFFECT_NAMES.includes(effect?.name as VideoEffectName);
  }

  async startEffects(effect: VideoEffectProcessor): Promise<void> {
    await this.#ctx.wait();
    const name = effect?.name as VideoEffectName;
    if (!VIDEO_EFFECT_NAMES.includes(name)) {
      const error = { code: 400, message: `The video effect ${String(name)} is not supported` };
      this.events.emit('effectsError', error);
      throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, ...error });
    }
    this.#active = [name];
    this.events.emit('effectsStarted', this.activeEffects);
  }

  async stopEffects(): Promise<void> {
    await this.#ctx.wait();
    if (this.#active.length === 0) return;
    const stopped = this.#active;
    this.#active = [];
    this.events.emit('effectsStopped', stopped);
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Tokens
// ----------------------------------------------------------------------------------------------------------------

/** The call features the simulator implements. */
export type SimulatedFeatureKey = keyof CallFeatureTokens;

/** The feature objects of one call, by key. */
export interface SimulatedCallFeatures {
  UserFacingDiagnostics: SimulatedUserFacingDiagnostics;
  DominantSpeakers: SimulatedDominantSpeakers;
  RaiseHand: SimulatedRaiseHand;
  Capabilities: SimulatedCapabilities;
  Recording: SimulatedRecording;
  Transcription: SimulatedTranscription;
  Captions: SimulatedCaptionsFeature;
  Reaction: SimulatedReaction;
  Spotlight: SimulatedSpotlight;
}

/** Implemented by the simulated call: its feature object for a key. */
export interface FeatureHost {
  simulatedFeature<K extends SimulatedFeatureKey>(key: K): SimulatedCallFeatures[K];
}

function token<K extends SimulatedFeatureKey>(key: K): CallFeatureTokens[K] {
  // A constructor the real SDK would call with `{ call }`: returns the simulated call's feature object.
  const ctor = function SimulatedFeatureCtor(context: CallFeatureContext) {
    const host = context.call as unknown as Partial<FeatureHost>;
    if (typeof host.simulatedFeature !== 'function') throw sdkError(SDK_ERRORS.DISPOSED);
    return host.simulatedFeature(key);
  };
  Object.defineProperty(ctor, 'name', { value: `Simulated${key}Feature` });
  return Object.freeze({ callApiCtor: ctor, simulatedFeatureKey: key }) as unknown as CallFeatureTokens[K];
}

function streamToken(): FeatureTokens['VideoEffects'] {
  const ctor = function SimulatedVideoEffectsFeature() {
    throw new TypeError('Ask a simulated LocalVideoStream: stream.feature(Features.VideoEffects)');
  };
  return Object.freeze({
    videoStreamApiCtor: ctor,
    simulatedFeatureKey: 'VideoEffects',
  }) as unknown as FeatureTokens['VideoEffects'];
}

/**
 * The simulator's `Features` tokens: `call.feature(SimulatedFeatures.Recording)` works on a simulated call,
 * `stream.feature(SimulatedFeatures.VideoEffects)` on a simulated `LocalVideoStream` (the real SDK's `Features.X`
 * work too when the module was given to `createSimulator`).
 */
export const SimulatedFeatures: FeatureTokens = Object.freeze({
  UserFacingDiagnostics: token('UserFacingDiagnostics'),
  DominantSpeakers: token('DominantSpeakers'),
  Capabilities: token('Capabilities'),
  RaiseHand: token('RaiseHand'),
  Recording: token('Recording'),
  Transcription: token('Transcription'),
  Captions: token('Captions'),
  Reaction: token('Reaction'),
  Spotlight: token('Spotlight'),
  VideoEffects: streamToken(),
});

/** The real SDK's implementation class names (kept unminified in the 2.0.0 bundle), a fallback match. */
const REAL_CTOR_NAMES: Record<string, keyof FeatureTokens> = {
  UserFacingDiagnosticsFeatureImpl: 'UserFacingDiagnostics',
  DominantSpeakersCallFeatureImpl: 'DominantSpeakers',
  CapabilitiesFeatureImpl: 'Capabilities',
  RaiseHandCallFeatureImpl: 'RaiseHand',
  RecordingCallFeatureImpl: 'Recording',
  TranscriptionCallFeatureImpl: 'Transcription',
  CaptionsCallFeatureImpl: 'Captions',
  ReactionFeatureImpl: 'Reaction',
  SpotlightCallFeatureImpl: 'Spotlight',
  VideoEffectsFeatureImpl: 'VideoEffects',
};

/** The constructor a (real or simulated) token carries: call features `callApiCtor`, stream features `videoStreamApiCtor`. */
function ctorOf(factory: object): unknown {
  const f = factory as { callApiCtor?: unknown; videoStreamApiCtor?: unknown };
  return f.callApiCtor ?? f.videoStreamApiCtor;
}

/**
 * Which simulated feature a factory asks for: the simulator's tokens, the real SDK module's `Features.X` given to
 * `createSimulator` (matched by identity of the constructor, as the SDK itself does), or a real token by its class
 * name. Undefined for a feature the simulator does not implement.
 */
export function featureName(factory: unknown, ctx: Pick<SimContext, 'sdkModule'>): keyof FeatureTokens | undefined {
  if (!factory || typeof factory !== 'object') return undefined;
  const realFeatures = ctx.sdkModule?.Features as unknown as Partial<Record<string, object>> | undefined;
  const ctor = ctorOf(factory);
  for (const key of Object.keys(SimulatedFeatures) as (keyof FeatureTokens)[]) {
    const sim = SimulatedFeatures[key] as object;
    if (factory === sim || ctor === ctorOf(sim)) return key;
    const real = realFeatures?.[key];
    if (real && (factory === real || (ctor !== undefined && ctor === ctorOf(real)))) return key;
  }
  if (typeof ctor === 'function' && Object.hasOwn(REAL_CTOR_NAMES, ctor.name)) return REAL_CTOR_NAMES[ctor.name];
  return undefined;
}

/** Which simulated call feature a factory asks for (see {@link featureName}); undefined for any other. */
export function resolveFeatureKey(
  factory: unknown,
  ctx: Pick<SimContext, 'sdkModule'>,
): SimulatedFeatureKey | undefined {
  const key = featureName(factory, ctx);
  return key === 'VideoEffects' ? undefined : key;
}

/** The call features the simulator implements, by name. */
const CALL_FEATURE_KEYS = Object.keys(SimulatedFeatures).filter((k) => k !== 'VideoEffects');

/**
 * The error `feature()` throws: no factory is the SDK's 500/41001 "Feature failed"; a feature of the real SDK the
 * simulator does not implement says which and what is implemented.
 */
export function unsupportedFeatureError(factory: unknown): SimulatedCallingError {
  if (!factory) return sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'Feature failed' });
  const ctor = typeof factory === 'object' ? ctorOf(factory) : undefined;
  const label = typeof ctor === 'function' && ctor.name ? ctor.name : 'this feature';
  return new SimulatedCallingError({
    message:
      label === 'SimulatedVideoEffectsFeature' || label === 'VideoEffectsFeatureImpl'
        ? 'VideoEffects is a feature of a LocalVideoStream: stream.feature(Features.VideoEffects).'
        : `The call simulator does not implement ${label}. Supported: ${CALL_FEATURE_KEYS.join(', ')}.`,
    code: 400,
  });
}
