/**
 * Simulated `Call`: state machine, local media, remote participants, lobby, features and the `simulate`
 * control API.
 */
import type { ClockTimer } from '../clock.js';
import { uuid } from './uuid.js';
import type {
  AddPhoneNumberOptions,
  Call,
  CallEndReason,
  CallerInfo,
  CallFeature,
  CallFeatureFactory,
  CallInfo,
  CallKind,
  CallState,
  CallDirection,
  CallConstraints,
  DtmfTone,
  HangUpOptions,
  LocalAudioStream,
  LocalVideoStream,
  Lobby,
  ParticipantCapabilityName,
  ParticipantRole,
  PropertyChangedEvent,
  Reaction,
  RemoteAudioStream,
  RemoteParticipant,
  AdmitAllOperationResult,
} from '@azure/communication-calling';
import type {
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationUserIdentifier,
  MicrosoftTeamsUserIdentifier,
  PhoneNumberIdentifier,
} from '@azure/communication-common';
import type { CallEventName, DiagnosticName } from '../sdk/index.js';
import { identifierKey } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { FailureQueue, toFailure } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError, type SdkErrorDefinition } from './errors.js';
import {
  resolveFeatureKey,
  SimulatedCapabilities,
  SimulatedCaptionsFeature,
  SimulatedDominantSpeakers,
  SimulatedRaiseHand,
  SimulatedReaction,
  SimulatedRecording,
  SimulatedSpotlight,
  SimulatedTranscription,
  SimulatedUserFacingDiagnostics,
  unsupportedFeatureError,
  type CapabilityInput,
  type DiagnosticInput,
  type FeatureHost,
  type SimulatedCallFeatures,
  type SimulatedFeatureKey,
} from './features.js';
import { SimulatedRemoteParticipant, type ParticipantInit } from './participant.js';
import type { EventNameOf, ListenerOf } from './types.js';

/** Every `Call` event, checked against the SDK's overloads (an added or removed SDK event fails the build). */
export const CALL_EVENTS = {
  stateChanged: 'property',
  idChanged: 'property',
  isMutedChanged: 'property',
  isIncomingAudioMutedChanged: 'property',
  isScreenSharingOnChanged: 'property',
  isLocalVideoStartedChanged: 'property',
  remoteParticipantsUpdated: 'collection',
  localVideoStreamsUpdated: 'collection',
  localAudioStreamsUpdated: 'collection',
  remoteAudioStreamsUpdated: 'collection',
  roleChanged: 'property',
  mutedByOthers: 'property',
  callerInfoChanged: 'property',
  transferorInfoChanged: 'property',
} as const satisfies Record<CallEventName, 'property' | 'collection'>;

/** Names `Call.on()` accepts at runtime although the d.ts does not declare them (seen in the bundle). */
export const CALL_RUNTIME_ONLY_EVENTS = [
  'totalParticipantCountChanged',
  'transportStateChanged',
  'localCandidateTypeChanged',
] as const;

/** `Lobby` events. */
export const LOBBY_EVENTS = { lobbyParticipantsUpdated: 'collection' } as const satisfies Record<
  EventNameOf<Lobby['on']>,
  'collection'
>;

/** Async `Call` methods `simulate.failNext()` can make fail. */
export type CallMethod =
  | 'hangUp'
  | 'mute'
  | 'unmute'
  | 'muteIncomingAudio'
  | 'unmuteIncomingAudio'
  | 'muteAllRemoteParticipants'
  | 'sendDtmf'
  | 'startVideo'
  | 'stopVideo'
  | 'hold'
  | 'resume'
  | 'startScreenSharing'
  | 'stopScreenSharing'
  | 'setConstraints'
  | 'removeParticipant'
  | 'raiseHand'
  | 'lowerHand';

/** The error each method rejects with by default after `failNext(method)`. */
export const CALL_METHOD_ERRORS = {
  hangUp: SDK_ERRORS.HANGUP,
  mute: SDK_ERRORS.MIC_MUTE,
  unmute: SDK_ERRORS.MIC_UNMUTE,
  muteIncomingAudio: SDK_ERRORS.MUTE_INCOMING_AUDIO,
  unmuteIncomingAudio: SDK_ERRORS.UNMUTE_INCOMING_AUDIO,
  muteAllRemoteParticipants: SDK_ERRORS.MUTE_ALL_PARTICIPANTS,
  sendDtmf: SDK_ERRORS.DTMF_TONE,
  startVideo: SDK_ERRORS.START_VIDEO,
  stopVideo: SDK_ERRORS.STOP_VIDEO_FAILED,
  hold: SDK_ERRORS.HOLD_CALL,
  resume: SDK_ERRORS.RESUME_CALL,
  startScreenSharing: SDK_ERRORS.START_SS,
  stopScreenSharing: SDK_ERRORS.SS_ALREADY_OFF,
  setConstraints: SDK_ERRORS.SET_CONSTRAINTS,
  removeParticipant: SDK_ERRORS.REMOVE_PARTICIPANT_CALL_NOT_CONNECTED,
  raiseHand: SDK_ERRORS.RAISE_HAND_FAIL,
  lowerHand: SDK_ERRORS.LOWER_HAND_FAIL,
} as const satisfies Record<CallMethod, SdkErrorDefinition>;

/** Interruptions the simulator reproduces (see the checklist: PSTN call / FaceTime, Siri, app in background). */
export type InterruptionKind = 'pstn' | 'siri' | 'background';

/** Options of `simulate.interruption()`. */
export interface InterruptionOptions {
  /**
   * The device's OS. `'ios'` (default for `pstn` and `siri`): a PSTN call also stops the camera.
   * `'android'`: a PSTN call mutes the microphone only.
   */
  os?: 'ios' | 'android' | 'desktop';
}

/** Options of `simulate.interruptionEnded()`. */
export interface InterruptionEndedOptions {
  /**
   * Restore what the interruption stopped (unmute; video is not restarted), like a desktop browser where
   * recovery is seamless. Default false: on iOS the user must unmute and restart video themselves.
   */
  restore?: boolean;
}

/** Options of `simulate.end()`. */
export interface EndOptions {
  /** Go through `Disconnecting` first (default true). */
  viaDisconnecting?: boolean;
}

/** The `simulate` control API of a simulated call. */
export interface CallSimulation {
  /** Sets `state` (any transition, including skipped ones like None -> Connected); fires `stateChanged`. `'Disconnected'` ends the call. */
  state(state: CallState): void;
  /**
   * Ends the call from the remote side: sets `callEndReason`, goes `Disconnecting` (unless told not to) then
   * `Disconnected`, removes the participants and the call from `agent.calls` (`callsUpdated`).
   */
  end(reason?: CallEndReason, options?: EndOptions): void;
  /** Adds a remote participant (`remoteParticipantsUpdated`, or `lobbyParticipantsUpdated` when `state: 'InLobby'`). */
  addParticipant(init?: ParticipantInit): SimulatedRemoteParticipant;
  /** Removes a remote participant (it goes `Disconnected`; `remoteParticipantsUpdated` with `removed`). */
  removeParticipant(participant: RemoteParticipant, reason?: CallEndReason): void;
  /** Raises a user-facing diagnostic (media or network, by name); the value is coerced to the SDK's value type. */
  diagnostic(name: DiagnosticName, value: DiagnosticInput): void;
  /**
   * Another participant's diagnostic (the SDK's remote diagnostics: `UserFacingDiagnostics.remote`), e.g. their
   * `networkReceiveQuality` going Bad.
   */
  remoteDiagnostic(participant: RemoteParticipant, name: DiagnosticName, value: DiagnosticInput): void;
  /** Sets the dominant speakers (`dominantSpeakersChanged`). */
  dominantSpeakers(participants: ReadonlyArray<RemoteParticipant | CommunicationIdentifierKind>): void;
  /** Another participant muted us: `isMuted` true, `isMutedChanged`, then `mutedByOthers`. */
  mutedByOthers(): void;
  /** The next call of `method` rejects with an SDK-shaped error (or the given one); state unchanged. */
  failNext(method: CallMethod, error?: Error | Partial<SdkErrorDefinition>): void;
  /** An OS interruption: mutes / stops video as the real SDK does, then raises the matching diagnostics (Bad). */
  interruption(kind: InterruptionKind, options?: InterruptionOptions): void;
  /** The interruption is over: the matching diagnostics go Good. */
  interruptionEnded(kind: InterruptionKind, options?: InterruptionEndedOptions): void;
  /** Changes capabilities (`capabilitiesChanged` with only the changed entries). `false` = not present, `'RoleRestricted'`. */
  capabilities(
    changes: Partial<Record<ParticipantCapabilityName, CapabilityInput>>,
    reason?:
      'RoleChanged' | 'UserPolicyChanged' | 'MeetingOptionOrOrganizerPolicyChanged' | 'TeamsPremiumLicenseChanged',
  ): void;
  /** Sets the local user's `role`; fires `roleChanged`. */
  role(role: ParticipantRole): void;
  /** A remote participant raises their hand (`raisedHandEvent`). */
  raiseHand(participant: RemoteParticipant): void;
  /** A remote participant lowers their hand (`loweredHandEvent`). */
  lowerHand(participant: RemoteParticipant): void;
  /** Sets `isIncomingAudioMuted` (e.g. the speaker was taken away). */
  incomingAudioMuted(muted: boolean): void;
  /** The call's recording starts, pauses or ends (`Features.Recording`: `recordingsUpdated`, `isRecordingActiveChanged`). */
  recording(state: 'Started' | 'Paused' | 'Ended'): void;
  /** Transcription starts or stops (`Features.Transcription`: `isTranscriptionActiveChanged`). */
  transcription(active: boolean): void;
  /** Someone says something: a `CaptionsReceived` event while captions are on (`Features.Captions`). */
  caption(participant: RemoteParticipant, spokenText: string, resultType?: 'Partial' | 'Final'): void;
  /** A remote participant reacts (`Features.Reaction`: `reaction`). */
  reaction(participant: RemoteParticipant, reactionType: Reaction): void;
  /** An organiser puts participants in or out of the spotlight (`Features.Spotlight`: `spotlightChanged`). */
  spotlight(participants: ReadonlyArray<RemoteParticipant>, on: boolean): void;
  /** The simulated remote participants (typed as simulated). */
  readonly participants: ReadonlyArray<SimulatedRemoteParticipant>;
  /** The feature objects. */
  readonly features: SimulatedCallFeatures;
  /** DTMF tones sent so far. */
  readonly dtmf: ReadonlyArray<DtmfTone>;
  /** Cancels the automatic walk to Connected (if any). */
  stopAutoConnect(): void;
}

/** Hooks from the owning agent (internal). */
export interface CallOwner {
  callEnded(call: SimulatedCall): void;
  readonly selfIdentifier: CommunicationUserIdentifier;
  readonly displayName?: string;
}

/** How a simulated call starts (internal). */
export interface CallInit {
  direction: CallDirection;
  callerInfo?: CallerInfo;
  muted?: boolean;
  localVideoStreams?: LocalVideoStream[];
  groupId?: string;
  /** The states to walk automatically after creation, one per latency. */
  autoWalk?: CallState[];
  initialState?: CallState;
  /** The call id (an accepted incoming call keeps the incoming call's id, so a UI can tell they are one call). */
  id?: string;
  /**
   * Joined with `audioOptions.muted`: as the SDK, `isMuted` stays false until the call connects, then turns true
   * (a UI must not read the option back from `isMuted` while connecting).
   */
  mutedOnConnect?: boolean;
  /** A 1:1 call (`startCall` with one participant): the other person cannot be muted (405/42006). */
  oneToOne?: boolean;
}

/** Simulated `CallInfo`. */
export class SimulatedCallInfo implements CallInfo {
  readonly #events: Emitter<'callInfoChanged'>;
  readonly #groupId: string | undefined;
  readonly #participantId = uuid();
  readonly #serverCallId = `sim-server-call-${uuid()}`;

  /** @internal */
  constructor(ctx: SimContext, groupId: string | undefined) {
    this.#groupId = groupId;
    this.#events = new Emitter(['callInfoChanged'], { subject: 'CallInfo', code: 422 }, ctx.registry, 'CallInfo');
  }
  get groupId(): string | undefined {
    return this.#groupId;
  }
  get threadId(): string | undefined {
    return undefined;
  }
  get participantId(): string {
    return this.#participantId;
  }
  async getServerCallId(): Promise<string> {
    return this.#serverCallId;
  }
  onCallInfoChanged(event: 'callInfoChanged', listener: PropertyChangedEvent): void {
    this.#events.on(event, listener);
  }
  offCallInfoChanged(event: 'callInfoChanged', listener: PropertyChangedEvent): void {
    this.#events.off(event, listener);
  }
  listenerCount(): number {
    return this.#events.listenerCount();
  }
}

/** Simulated `Lobby`: participants waiting to be admitted (add one with `addParticipant({ state: 'InLobby' })`). */
export class SimulatedLobby implements Lobby {
  readonly #events: Emitter<'lobbyParticipantsUpdated'>;
  readonly #ctx: SimContext;
  readonly #call: SimulatedCall;
  #participants: SimulatedRemoteParticipant[] = [];

  /** @internal */
  constructor(ctx: SimContext, call: SimulatedCall) {
    this.#ctx = ctx;
    this.#call = call;
    this.#events = new Emitter(
      Object.keys(LOBBY_EVENTS),
      { subject: 'Lobby', code: 422, subscribeSubCode: 41800, unsubscribeSubCode: 41801 },
      ctx.registry,
      'Lobby',
    );
  }

  get participants(): ReadonlyArray<RemoteParticipant> {
    return this.#participants;
  }

  on(event: 'lobbyParticipantsUpdated', listener: ListenerOf<Lobby['on'], 'lobbyParticipantsUpdated'>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off(event: 'lobbyParticipantsUpdated', listener: ListenerOf<Lobby['off'], 'lobbyParticipantsUpdated'>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  async admit(participant: CommunicationIdentifier): Promise<void> {
    await this.#ctx.wait();
    this.#checkRole();
    const p = this.#find(participant);
    if (p) this.#move([p], true);
  }
  async reject(participant: CommunicationIdentifier): Promise<void> {
    await this.#ctx.wait();
    this.#checkRole();
    const p = this.#find(participant);
    if (p) this.#move([p], false);
  }
  async admitAll(): Promise<AdmitAllOperationResult> {
    await this.#ctx.wait();
    this.#checkRole();
    const all = [...this.#participants];
    this.#move(all, true);
    return { successCount: all.length, failureCount: 0 };
  }

  listenerCount(): number {
    return this.#events.listenerCount();
  }

  /** @internal */
  add(p: SimulatedRemoteParticipant): void {
    this.#participants = [...this.#participants, p];
    this.#events.emit('lobbyParticipantsUpdated', { added: [p], removed: [] });
  }

  /** @internal Removes without admitting (the participant left). Returns whether it was here. */
  remove(p: SimulatedRemoteParticipant): boolean {
    if (!this.#participants.includes(p)) return false;
    this.#participants = this.#participants.filter((x) => x !== p);
    this.#events.emit('lobbyParticipantsUpdated', { added: [], removed: [p] });
    return true;
  }

  #checkRole(): void {
    if (!['Organizer', 'Co-organizer', 'Presenter'].includes(this.#call.role)) {
      throw sdkError(SDK_ERRORS.UNAUTHORIZED_ADMIT_REJECT);
    }
  }

  #find(id: CommunicationIdentifier): SimulatedRemoteParticipant | undefined {
    const key = identifierKeyOf(id);
    return this.#participants.find((p) => identifierKey(p.identifier) === key);
  }

  #move(list: SimulatedRemoteParticipant[], admit: boolean): void {
    if (list.length === 0) return;
    this.#participants = this.#participants.filter((x) => !list.includes(x));
    this.#events.emit('lobbyParticipantsUpdated', { added: [], removed: list });
    for (const p of list) {
      if (admit) {
        p.simulate.state('Connected');
        this.#call.admitted(p);
      } else {
        p.leave({ code: 0, subCode: 0 });
      }
    }
  }
}

/** A readable key for any identifier (kind or plain). */
function identifierKeyOf(id: CommunicationIdentifier | CommunicationIdentifierKind): string {
  const o = id as unknown as Record<string, unknown>;
  if (typeof o['kind'] === 'string') return identifierKey(id as CommunicationIdentifierKind);
  return String(o['communicationUserId'] ?? o['rawId'] ?? o['phoneNumber'] ?? o['microsoftTeamsUserId'] ?? o['id']);
}

/** A simulated `Call` (implements the SDK interface). */
export class SimulatedCall implements Call, FeatureHost {
  readonly #ctx: SimContext;
  readonly #owner: CallOwner;
  readonly #events: Emitter<CallEventName>;
  readonly #failures = new FailureQueue<CallMethod>();
  readonly #info: SimulatedCallInfo;
  readonly #lobby: SimulatedLobby;
  readonly #direction: CallDirection;
  readonly #callerInfo: CallerInfo;
  readonly #localVideoStreams: LocalVideoStream[] = [];
  readonly #dtmf: DtmfTone[] = [];
  #localAudioStreams: LocalAudioStream[] = [];
  #remoteParticipants: SimulatedRemoteParticipant[] = [];
  #features: Partial<SimulatedCallFeatures> = {};
  #id = uuid();
  #state: CallState;
  #callEndReason: CallEndReason | undefined;
  #isMuted: boolean;
  #isIncomingAudioMuted = false;
  #isScreenSharingOn = false;
  #isLocalVideoStarted = false;
  #role: ParticipantRole = 'Unknown';
  #walk: ClockTimer | undefined;
  #disposed = false;
  #everConnected = false;
  #mutedOnConnect: boolean;
  readonly #oneToOne: boolean;

  /** Control API (simulator only). */
  readonly simulate: CallSimulation;

  /** @internal */
  constructor(ctx: SimContext, owner: CallOwner, init: CallInit) {
    this.#ctx = ctx;
    this.#owner = owner;
    this.#direction = init.direction;
    if (init.id) this.#id = init.id;
    this.#callerInfo = init.callerInfo ?? { identifier: undefined, displayName: undefined };
    this.#state = init.initialState ?? 'None';
    this.#everConnected = this.#state === 'Connected';
    this.#isMuted = init.muted ?? false;
    this.#mutedOnConnect = init.mutedOnConnect ?? false;
    this.#oneToOne = init.oneToOne ?? false;
    if (init.localVideoStreams?.length) {
      this.#localVideoStreams.push(...init.localVideoStreams.slice(0, 1));
      this.#isLocalVideoStarted = true;
    }
    this.#events = new Emitter(
      [...Object.keys(CALL_EVENTS), ...CALL_RUNTIME_ONLY_EVENTS],
      { subject: 'Call', code: 422, subscribeSubCode: 41042, unsubscribeSubCode: 41043 },
      ctx.registry,
      `Call(${this.#id.slice(0, 8)})`,
    );
    this.#info = new SimulatedCallInfo(ctx, init.groupId);
    this.#lobby = new SimulatedLobby(ctx, this);
    this.simulate = this.#createSimulation();
    if (init.autoWalk?.length) this.#startWalk(init.autoWalk);
  }

  // ---- properties (prototype getters: assignment throws TypeError like the SDK) ----
  get kind(): CallKind {
    return 'Call' as CallKind;
  }
  get id(): string {
    return this.#id;
  }
  get callerInfo(): CallerInfo {
    return this.#callerInfo;
  }
  get transferorInfo(): CallerInfo | undefined {
    return undefined;
  }
  get state(): CallState {
    return this.#state;
  }
  get callEndReason(): CallEndReason | undefined {
    return this.#callEndReason;
  }
  get direction(): CallDirection {
    return this.#direction;
  }
  get isMuted(): boolean {
    return this.#isMuted;
  }
  get isIncomingAudioMuted(): boolean {
    return this.#isIncomingAudioMuted;
  }
  get isScreenSharingOn(): boolean {
    return this.#isScreenSharingOn;
  }
  get isLocalVideoStarted(): boolean {
    return this.#isLocalVideoStarted;
  }
  /** The same array, mutated in place by startVideo/stopVideo (as observed on the real SDK). */
  get localVideoStreams(): ReadonlyArray<LocalVideoStream> {
    return this.#localVideoStreams;
  }
  get localAudioStreams(): ReadonlyArray<LocalAudioStream> {
    return this.#localAudioStreams;
  }
  get remoteAudioStreams(): ReadonlyArray<RemoteAudioStream> {
    return EMPTY;
  }
  /** The same array until an update, then a new one (as observed on the real SDK). */
  get remoteParticipants(): ReadonlyArray<RemoteParticipant> {
    return this.#remoteParticipants;
  }
  get role(): ParticipantRole {
    return this.#role;
  }
  get lobby(): Lobby {
    return this.#lobby;
  }
  get info(): CallInfo {
    return this.#info;
  }

  // ---- events ----
  on<K extends CallEventName>(event: K, listener: ListenerOf<Call['on'], K>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off<K extends CallEventName>(event: K, listener: ListenerOf<Call['off'], K>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /** Live listeners on this call, its info, lobby, features and participants. */
  listenerCount(): number {
    let n = this.#events.listenerCount() + this.#info.listenerCount() + this.#lobby.listenerCount();
    for (const f of Object.values(this.#features)) n += f.listenerCount();
    for (const p of this.#remoteParticipants) n += p.listenerCount();
    return n;
  }

  // ---- features ----
  /** A call feature (`Features.X`, the simulator's or the real SDK's); no factory is 500/41001, as in the SDK. */
  feature<TFeature extends CallFeature>(factory: CallFeatureFactory<TFeature>): TFeature {
    const key = resolveFeatureKey(factory, this.#ctx);
    if (!key) throw unsupportedFeatureError(factory);
    return this.simulatedFeature(key) as unknown as TFeature;
  }

  /** The simulated feature object for a key (memoized, like the SDK). */
  simulatedFeature<K extends SimulatedFeatureKey>(key: K): SimulatedCallFeatures[K] {
    const existing = this.#features[key];
    if (existing) return existing as SimulatedCallFeatures[K];
    const created = this.#createFeature(key);
    this.#features[key] = created;
    return created;
  }

  #createFeature<K extends SimulatedFeatureKey>(key: K): SimulatedCallFeatures[K] {
    const ctx = this.#ctx;
    const self = () => this.#owner.selfIdentifier;
    const state = () => this.#state;
    const factories: { [P in SimulatedFeatureKey]: () => SimulatedCallFeatures[P] } = {
      UserFacingDiagnostics: () => new SimulatedUserFacingDiagnostics(ctx),
      DominantSpeakers: () => new SimulatedDominantSpeakers(ctx),
      RaiseHand: () => new SimulatedRaiseHand(ctx, self),
      Capabilities: () => new SimulatedCapabilities(ctx, this.#everConnected),
      Recording: () => new SimulatedRecording(ctx),
      Transcription: () => new SimulatedTranscription(ctx),
      Captions: () => new SimulatedCaptionsFeature(ctx, state),
      Reaction: () => new SimulatedReaction(ctx, state, self),
      Spotlight: () => new SimulatedSpotlight(ctx, self),
    };
    return factories[key]();
  }

  // ---- actions ----
  /**
   * Hangs up: `Disconnecting` at once, `Disconnected` (callEndReason 0/0) after the latency. A call that already
   * ended rejects 490/4525, as in the SDK.
   */
  async hangUp(_options?: HangUpOptions): Promise<void> {
    const failure = this.#failures.take('hangUp');
    if (failure) {
      await this.#ctx.wait();
      throw failure;
    }
    if (this.#state === 'Disconnected') throw sdkError(SDK_ERRORS.HANGUP_ENDED);
    this.#stopWalk();
    this.#setState('Disconnecting');
    await this.#ctx.wait();
    this.#end({ code: 0, subCode: 0 }, false);
  }

  /** Mutes the microphone; on a call that ended rejects 500/41015, as in the SDK. */
  mute(): Promise<void> {
    return this.#action('mute', () => {
      if (this.#state === 'Disconnected') throw sdkError(SDK_ERRORS.MIC_MUTE);
      this.#setMuted(true);
    });
  }

  /** Unmutes the microphone; on a call that ended rejects 400/41016, as in the SDK. */
  unmute(): Promise<void> {
    return this.#action('unmute', () => {
      if (this.#state === 'Disconnected') throw sdkError(SDK_ERRORS.MIC_UNMUTE);
      if (!this.#capable('unmuteMic')) throw sdkError(SDK_ERRORS.IP_AUDIO_NOT_ALLOWED);
      this.#setMuted(false);
    });
  }

  muteIncomingAudio(): Promise<void> {
    return this.#action('muteIncomingAudio', () => this.#setIncomingMuted(true));
  }

  unmuteIncomingAudio(): Promise<void> {
    return this.#action('unmuteIncomingAudio', () => this.#setIncomingMuted(false));
  }

  muteAllRemoteParticipants(): Promise<void> {
    return this.#action('muteAllRemoteParticipants', () => {
      if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.MUTE_ALL_PARTICIPANTS_CALL_NOT_CONNECTED);
      for (const p of this.#remoteParticipants) p.simulate.muted(true);
    });
  }

  sendDtmf(dtmfTone: DtmfTone): Promise<void> {
    return this.#action('sendDtmf', () => {
      this.#dtmf.push(dtmfTone);
    });
  }

  /** Starts sending video; on a call that ended rejects 500/43002, as in the SDK. */
  startVideo(localVideoStream: LocalVideoStream): Promise<void> {
    return this.#action('startVideo', () => {
      if (!localVideoStream) throw sdkError(SDK_ERRORS.STREAM_NULL);
      if (this.#state === 'Disconnected') throw sdkError(SDK_ERRORS.START_VIDEO_UNKNOWN);
      if (this.#isLocalVideoStarted) throw sdkError(SDK_ERRORS.VIDEO_ALREADY_ON);
      if (!this.#capable('turnVideoOn')) throw sdkError(SDK_ERRORS.IP_VIDEO_NOT_ALLOWED);
      this.#localVideoStreams.push(localVideoStream);
      this.#isLocalVideoStarted = true;
      this.#events.emit('isLocalVideoStartedChanged');
      this.#events.emit('localVideoStreamsUpdated', { added: [localVideoStream], removed: [] });
    });
  }

  stopVideo(localVideoStream: LocalVideoStream): Promise<void> {
    return this.#action('stopVideo', () => {
      if (!this.#isLocalVideoStarted) throw sdkError(SDK_ERRORS.VIDEO_ALREADY_OFF);
      if (!this.#localVideoStreams.includes(localVideoStream)) throw sdkError(SDK_ERRORS.STOP_WRONG_STREAM);
      this.#stopLocalVideo();
    });
  }

  hold(): Promise<void> {
    return this.#action('hold', () => {
      if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.HOLD_CALL);
      this.#setState('LocalHold');
    });
  }

  resume(): Promise<void> {
    return this.#action('resume', () => {
      if (this.#state !== 'LocalHold') throw sdkError(SDK_ERRORS.RESUME_CALL);
      this.#setState('Connected');
    });
  }

  startScreenSharing(_localVideoStream?: LocalVideoStream): Promise<void> {
    return this.#action('startScreenSharing', () => {
      if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.START_SS_CALL_NOT_CONNECTED);
      if (this.#isScreenSharingOn) throw sdkError(SDK_ERRORS.SS_ALREADY_ON);
      if (!this.#capable('shareScreen')) throw sdkError(SDK_ERRORS.START_SS);
      this.#isScreenSharingOn = true;
      this.#events.emit('isScreenSharingOnChanged');
    });
  }

  stopScreenSharing(): Promise<void> {
    return this.#action('stopScreenSharing', () => {
      if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.STOP_SS_CALL_NOT_CONNECTED);
      if (!this.#isScreenSharingOn) throw sdkError(SDK_ERRORS.SS_ALREADY_OFF);
      this.#setScreenSharing(false);
    });
  }

  async startAudio(localAudioStream: LocalAudioStream): Promise<void> {
    await this.#ctx.wait();
    this.#localAudioStreams = [localAudioStream];
    this.#events.emit('localAudioStreamsUpdated', { added: [localAudioStream], removed: [] });
  }

  stopAudio(): void {
    const removed = this.#localAudioStreams;
    if (removed.length === 0) return;
    this.#localAudioStreams = [];
    this.#events.emit('localAudioStreamsUpdated', { added: [], removed: [...removed] });
  }

  setConstraints(_constraints: CallConstraints): Promise<void> {
    return this.#action('setConstraints', () => undefined);
  }

  addParticipant(identifier: CommunicationUserIdentifier | MicrosoftTeamsUserIdentifier): RemoteParticipant;
  addParticipant(identifier: PhoneNumberIdentifier, options?: AddPhoneNumberOptions): RemoteParticipant;
  addParticipant(
    identifier: CommunicationUserIdentifier | MicrosoftTeamsUserIdentifier | PhoneNumberIdentifier,
  ): RemoteParticipant {
    const kindId = toKind(identifier);
    const p = this.simulate.addParticipant({
      identifier: kindId,
      state: 'Connecting',
      displayName: kindId.kind === 'phoneNumber' ? kindId.phoneNumber : undefined,
    });
    this.#ctx.schedule(() => {
      if (p.state === 'Connecting') p.simulate.state('Ringing');
      this.#ctx.schedule(() => {
        if (p.state === 'Ringing') p.simulate.state('Connected');
      });
    });
    return p;
  }

  removeParticipant(identifier: CommunicationIdentifier): Promise<void> {
    return this.#action('removeParticipant', () => {
      if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.REMOVE_PARTICIPANT_CALL_NOT_CONNECTED);
      const key = identifierKeyOf(identifier);
      const p = this.#remoteParticipants.find((x) => identifierKey(x.identifier) === key);
      if (p) this.simulate.removeParticipant(p);
    });
  }

  /** Disposes the call object (stops its automatic transitions). */
  dispose(): void {
    this.#disposed = true;
    this.#stopWalk();
  }

  /** @internal A lobby participant was admitted. */
  admitted(p: SimulatedRemoteParticipant): void {
    this.#addRemote(p);
  }

  // ---- internals ----
  async #action(method: CallMethod, apply: () => void): Promise<void> {
    const failure = this.#failures.take(method);
    await this.#ctx.wait();
    if (failure) throw failure;
    apply();
  }

  #capable(name: ParticipantCapabilityName): boolean {
    const caps = this.#features.Capabilities;
    return caps ? caps.has(name) : true;
  }

  #setState(state: CallState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#events.emit('stateChanged');
    if (state === 'Connected' && !this.#everConnected) {
      this.#everConnected = true;
      this.#features.Capabilities?.connected();
      if (this.#mutedOnConnect) {
        this.#mutedOnConnect = false;
        this.#setMuted(true);
      }
      // The callees of startCall() connect with the call.
      for (const p of this.#remoteParticipants) {
        if (['Idle', 'Connecting', 'Ringing', 'EarlyMedia'].includes(p.state)) p.simulate.state('Connected');
      }
    }
  }

  #setMuted(muted: boolean): void {
    if (this.#isMuted === muted) return;
    this.#isMuted = muted;
    this.#events.emit('isMutedChanged');
  }

  #setIncomingMuted(muted: boolean): void {
    if (this.#isIncomingAudioMuted === muted) return;
    this.#isIncomingAudioMuted = muted;
    this.#events.emit('isIncomingAudioMutedChanged');
  }

  #setScreenSharing(on: boolean): void {
    if (this.#isScreenSharingOn === on) return;
    this.#isScreenSharingOn = on;
    this.#events.emit('isScreenSharingOnChanged');
  }

  #stopLocalVideo(): void {
    if (!this.#isLocalVideoStarted) return;
    const removed = this.#localVideoStreams.splice(0, this.#localVideoStreams.length);
    this.#isLocalVideoStarted = false;
    this.#events.emit('isLocalVideoStartedChanged');
    this.#events.emit('localVideoStreamsUpdated', { added: [], removed });
  }

  #startWalk(states: CallState[]): void {
    const [next, ...rest] = states;
    if (!next) return;
    this.#walk = this.#ctx.schedule(() => {
      this.#walk = undefined;
      if (this.#disposed || this.#state === 'Disconnected' || this.#state === 'Disconnecting') return;
      this.#setState(next);
      this.#startWalk(rest);
    });
  }

  #stopWalk(): void {
    this.#ctx.cancel(this.#walk);
    this.#walk = undefined;
  }

  /**
   * Ends the call as the SDK does: screen share and local video stop (`localVideoStreams` empty, so nothing keeps
   * the camera on), captions stop, and the participants leave with the call's end reason.
   */
  #end(reason: CallEndReason, viaDisconnecting: boolean): void {
    if (this.#state === 'Disconnected') return;
    this.#stopWalk();
    this.#callEndReason = { ...reason };
    if (viaDisconnecting) this.#setState('Disconnecting');
    this.#setScreenSharing(false);
    this.#stopLocalVideo();
    this.#features.Captions?.captions.stop();
    const participantReason = { ...reason };
    const removed = this.#remoteParticipants;
    if (removed.length) {
      this.#remoteParticipants = [];
      for (const p of removed) p.leave(participantReason);
      this.#events.emit('remoteParticipantsUpdated', { added: [], removed: [...removed] });
    }
    for (const p of [...this.#lobby.participants] as SimulatedRemoteParticipant[]) {
      this.#lobby.remove(p);
      p.leave(participantReason);
    }
    this.#setState('Disconnected');
    this.#owner.callEnded(this);
  }

  #addRemote(p: SimulatedRemoteParticipant): void {
    p.inOneToOneCall = () => this.#oneToOne && this.#remoteParticipants.length <= 1;
    this.#remoteParticipants = [...this.#remoteParticipants, p];
    this.#events.emit('remoteParticipantsUpdated', { added: [p], removed: [] });
  }

  #interruptionDiagnostics(kind: InterruptionKind, os: InterruptionOptions['os']): DiagnosticName[] {
    if (kind === 'background') return ['cameraStoppedUnexpectedly'];
    if (kind === 'pstn' && os === 'ios') return ['microphoneMuteUnexpectedly', 'cameraStoppedUnexpectedly'];
    return ['microphoneMuteUnexpectedly'];
  }

  #createSimulation(): CallSimulation {
    const self = this;
    const interruptions = new Map<InterruptionKind, { os: InterruptionOptions['os']; wasMuted: boolean }>();
    const assertNotEnded = (what: string) => {
      if (this.#state === 'Disconnected') throw new Error(`simulate.${what}: the call is Disconnected`);
    };
    return {
      state: (state) => {
        assertNotEnded('state');
        this.#stopWalk();
        if (state === 'Disconnected') this.#end(this.#callEndReason ?? { code: 0, subCode: 0 }, false);
        else this.#setState(state);
      },
      end: (reason = { code: 0, subCode: 0 }, options = {}) => {
        this.#end(reason, options.viaDisconnecting ?? true);
      },
      addParticipant: (init = {}) => {
        assertNotEnded('addParticipant');
        const p = new SimulatedRemoteParticipant(this.#ctx, init);
        if (init.state === 'InLobby') this.#lobby.add(p);
        else this.#addRemote(p);
        return p;
      },
      removeParticipant: (participant, reason) => {
        const p = participant as SimulatedRemoteParticipant;
        if (this.#lobby.remove(p)) {
          p.leave(reason);
          return;
        }
        if (!this.#remoteParticipants.includes(p)) return;
        this.#remoteParticipants = this.#remoteParticipants.filter((x) => x !== p);
        p.leave(reason);
        this.#events.emit('remoteParticipantsUpdated', { added: [], removed: [p] });
      },
      diagnostic: (name, value) => this.simulatedFeature('UserFacingDiagnostics').raise(name, value),
      remoteDiagnostic: (participant, name, value) =>
        this.simulatedFeature('UserFacingDiagnostics').remote.raise(participant, name, value),
      dominantSpeakers: (participants) =>
        this.simulatedFeature('DominantSpeakers').set(
          participants.map((p) => ('kind' in p ? p : (p as RemoteParticipant).identifier)),
        ),
      mutedByOthers: () => {
        this.#isMuted = true;
        this.#events.emit('isMutedChanged');
        this.#events.emit('mutedByOthers');
      },
      failNext: (method, error) => {
        const failure = toFailure(error, CALL_METHOD_ERRORS[method]);
        if (method === 'raiseHand' || method === 'lowerHand')
          this.simulatedFeature('RaiseHand').failNextRaise = failure;
        else this.#failures.add(method, failure);
      },
      interruption: (kind, options = {}) => {
        const os = options.os ?? 'ios';
        interruptions.set(kind, { os, wasMuted: this.#isMuted });
        const diagnostics = this.#interruptionDiagnostics(kind, os);
        if (diagnostics.includes('microphoneMuteUnexpectedly')) this.#setMuted(true);
        if (diagnostics.includes('cameraStoppedUnexpectedly')) this.#stopLocalVideo();
        const ufd = this.simulatedFeature('UserFacingDiagnostics');
        for (const d of diagnostics) ufd.raise(d, 3);
      },
      interruptionEnded: (kind, options = {}) => {
        const started = interruptions.get(kind);
        interruptions.delete(kind);
        const diagnostics = this.#interruptionDiagnostics(kind, started?.os ?? 'ios');
        if (options.restore && started && !started.wasMuted && diagnostics.includes('microphoneMuteUnexpectedly')) {
          this.#setMuted(false);
        }
        const ufd = this.simulatedFeature('UserFacingDiagnostics');
        for (const d of diagnostics) ufd.raise(d, 1);
      },
      capabilities: (changes, reason) => this.simulatedFeature('Capabilities').change(changes, reason),
      role: (role) => {
        if (this.#role === role) return;
        this.#role = role;
        this.#events.emit('roleChanged');
      },
      raiseHand: (participant) =>
        this.simulatedFeature('RaiseHand').raise(participant.identifier as CommunicationUserIdentifier),
      lowerHand: (participant) =>
        this.simulatedFeature('RaiseHand').lower(participant.identifier as CommunicationUserIdentifier),
      incomingAudioMuted: (muted) => this.#setIncomingMuted(muted),
      recording: (state) => this.simulatedFeature('Recording').set(state),
      transcription: (active) => this.simulatedFeature('Transcription').set(active),
      caption: (participant, spokenText, resultType = 'Final') => {
        const captions = this.simulatedFeature('Captions').captions;
        captions.receive({
          resultType,
          speaker: {
            identifier: participant.identifier,
            displayName: participant.displayName,
            endpointDetails: participant.endpointDetails,
          },
          spokenLanguage: captions.activeSpokenLanguage,
          spokenText,
          timestamp: new Date(this.#ctx.clock.now()),
        });
      },
      reaction: (participant, reactionType) =>
        this.simulatedFeature('Reaction').receive(participant.identifier as CommunicationUserIdentifier, reactionType),
      spotlight: (participants, on) =>
        this.simulatedFeature('Spotlight').set(
          participants.map((p) => p.identifier),
          on,
        ),
      get participants() {
        return self.#remoteParticipants;
      },
      get features() {
        return {
          UserFacingDiagnostics: self.simulatedFeature('UserFacingDiagnostics'),
          DominantSpeakers: self.simulatedFeature('DominantSpeakers'),
          RaiseHand: self.simulatedFeature('RaiseHand'),
          Capabilities: self.simulatedFeature('Capabilities'),
          Recording: self.simulatedFeature('Recording'),
          Transcription: self.simulatedFeature('Transcription'),
          Captions: self.simulatedFeature('Captions'),
          Reaction: self.simulatedFeature('Reaction'),
          Spotlight: self.simulatedFeature('Spotlight'),
        };
      },
      get dtmf() {
        return [...self.#dtmf];
      },
      stopAutoConnect: () => this.#stopWalk(),
    };
  }
}

const EMPTY: ReadonlyArray<never> = Object.freeze([]);

function toKind(
  id: CommunicationUserIdentifier | MicrosoftTeamsUserIdentifier | PhoneNumberIdentifier,
): CommunicationIdentifierKind {
  if ('communicationUserId' in id) return { kind: 'communicationUser', communicationUserId: id.communicationUserId };
  if ('phoneNumber' in id) return { kind: 'phoneNumber', phoneNumber: id.phoneNumber, rawId: id.rawId };
  return { kind: 'microsoftTeamsUser', ...id };
}
