/**
 * Simulated `RemoteParticipant`, with a `Video` and a `ScreenSharing` stream like the real SDK gives every
 * participant (both unavailable until the participant turns them on).
 */
import { uuid } from './uuid.js';
import type {
  CallEndReason,
  EndpointDetails,
  ParticipantRole,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
} from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';
import type { RemoteParticipantEventName } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { FailureQueue, toFailure } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError, type SdkErrorDefinition } from './errors.js';
import { SimulatedRemoteVideoStream, type RemoteStreamKind } from './streams.js';
import type { ListenerOf } from './types.js';

/** Every `RemoteParticipant` event, checked against the SDK's overloads (a drift fails the build). */
export const REMOTE_PARTICIPANT_EVENTS = {
  stateChanged: 'property',
  isMutedChanged: 'property',
  displayNameChanged: 'property',
  roleChanged: 'property',
  isSpeakingChanged: 'property',
  videoStreamsUpdated: 'collection',
} as const satisfies Record<RemoteParticipantEventName, 'property' | 'collection'>;

/** How to create a simulated remote participant. */
export interface ParticipantInit {
  /** Display name (also painted as initials on the participant's video). */
  displayName?: string;
  /** Camera on (the `Video` stream is available). Default false. */
  video?: boolean;
  /** Screen share on (the `ScreenSharing` stream is available). Default false. */
  screenShare?: boolean;
  /** Microphone muted. Default false. */
  muted?: boolean;
  /** Speaking now. Default false. */
  speaking?: boolean;
  /** Participant state. Default 'Connected'. */
  state?: RemoteParticipantState;
  /** Role. Default 'Unknown' (what the SDK reports outside Teams meetings). */
  role?: ParticipantRole;
  /** Identifier. Default: a unique `communicationUser` identifier. */
  identifier?: CommunicationIdentifierKind;
}

/** Control API of a simulated remote participant. */
export interface RemoteParticipantSimulation {
  /** Camera on/off: the `Video` stream's `isAvailable` (then `isReceiving` after the latency). */
  video(on: boolean): void;
  /** Screen share on/off: the `ScreenSharing` stream's `isAvailable`. */
  screenShare(on: boolean): void;
  /** Sets `isMuted`, fires `isMutedChanged`. */
  muted(muted: boolean): void;
  /** Sets `isSpeaking`, fires `isSpeakingChanged`. */
  speaking(speaking: boolean): void;
  /** Sets `state`, fires `stateChanged`. */
  state(state: RemoteParticipantState): void;
  /** Sets `displayName`, fires `displayNameChanged` (with `{newValue, oldValue, reason: 'editedDisplayName'}`). */
  displayName(name: string): void;
  /** Sets `role`, fires `roleChanged`. */
  role(role: ParticipantRole): void;
  /** Sets a stream's `isReceiving` directly (e.g. a frozen stream: available but not receiving). */
  receiving(kind: RemoteStreamKind, on: boolean): void;
  /** The participant's stream of a kind. */
  stream(kind: RemoteStreamKind): SimulatedRemoteVideoStream;
  /** The next `mute()` rejects (state unchanged). */
  failNext(method: 'mute', error?: Error | Partial<SdkErrorDefinition>): void;
}

let userCounter = 0;

/** A simulated `RemoteParticipant` (implements the SDK interface). */
export class SimulatedRemoteParticipant implements RemoteParticipant {
  readonly #ctx: SimContext;
  readonly #events: Emitter<RemoteParticipantEventName>;
  readonly #identifier: CommunicationIdentifierKind;
  readonly #endpointDetails: EndpointDetails[];
  readonly #streams: SimulatedRemoteVideoStream[];
  readonly #failures = new FailureQueue<'mute'>();
  #displayName: string | undefined;
  #hasDisplayNameChanged = false;
  #state: RemoteParticipantState;
  #callEndReason: CallEndReason | undefined;
  #isMuted: boolean;
  #isSpeaking: boolean;
  #role: ParticipantRole;

  /** Control API (simulator only). */
  readonly simulate: RemoteParticipantSimulation;

  /** @internal */
  constructor(ctx: SimContext, init: ParticipantInit = {}) {
    this.#ctx = ctx;
    const n = ++userCounter;
    this.#identifier = init.identifier ?? {
      kind: 'communicationUser',
      communicationUserId: `8:acs:simulated-${n}-${Math.random().toString(36).slice(2, 10)}`,
    };
    this.#endpointDetails = [{ participantId: uuid() }];
    this.#displayName = init.displayName;
    this.#state = init.state ?? 'Connected';
    this.#isMuted = init.muted ?? false;
    this.#isSpeaking = init.speaking ?? false;
    this.#role = init.role ?? 'Unknown';
    this.#events = new Emitter(
      Object.keys(REMOTE_PARTICIPANT_EVENTS),
      { subject: 'RemoteParticipant', code: 422, subscribeSubCode: 42002, unsubscribeSubCode: 42003 },
      ctx.registry,
      `RemoteParticipant(${init.displayName ?? n})`,
    );
    const name = init.displayName ?? '';
    this.#streams = [
      new SimulatedRemoteVideoStream(ctx, 'Video', name),
      new SimulatedRemoteVideoStream(ctx, 'ScreenSharing', name),
    ];
    if (init.video) this.#streams[0]!.simulate.available(true);
    if (init.screenShare) this.#streams[1]!.simulate.available(true);
    this.simulate = {
      video: (on) => this.simulate.stream('Video').simulate.available(on),
      screenShare: (on) => this.simulate.stream('ScreenSharing').simulate.available(on),
      muted: (muted) => this.#set('isMuted', muted),
      speaking: (speaking) => this.#set('isSpeaking', speaking),
      state: (state) => this.#set('state', state),
      role: (role) => this.#set('role', role),
      displayName: (displayName) => {
        const oldValue = this.#displayName;
        if (oldValue === displayName) return;
        this.#displayName = displayName;
        this.#hasDisplayNameChanged = true;
        for (const s of this.#streams) s.setDisplayName(displayName);
        this.#events.emit('displayNameChanged', { newValue: displayName, oldValue, reason: 'editedDisplayName' });
      },
      receiving: (kind, on) => this.simulate.stream(kind).simulate.receiving(on),
      stream: (kind) => this.#streams.find((s) => s.mediaStreamType === kind)!,
      failNext: (method, error) => this.#failures.add(method, toFailure(error, SDK_ERRORS.MUTE_ALL_PARTICIPANTS)),
    };
  }

  get identifier(): CommunicationIdentifierKind {
    return this.#identifier;
  }
  get displayName(): string | undefined {
    return this.#displayName;
  }
  get hasDisplayNameChanged(): boolean {
    return this.#hasDisplayNameChanged;
  }
  get endpointDetails(): EndpointDetails[] {
    return this.#endpointDetails;
  }
  get state(): RemoteParticipantState {
    return this.#state;
  }
  get callEndReason(): CallEndReason | undefined {
    return this.#callEndReason;
  }
  /** A new array on every read, like the real SDK. */
  get videoStreams(): ReadonlyArray<RemoteVideoStream> {
    return [...this.#streams];
  }
  get isMuted(): boolean {
    return this.#isMuted;
  }
  get isSpeaking(): boolean {
    return this.#isSpeaking;
  }
  get role(): ParticipantRole {
    return this.#role;
  }

  /** @internal Whether the participant's call is a 1:1 call (the SDK cannot mute the other person in one). */
  inOneToOneCall: () => boolean = () => false;

  /**
   * Mutes the participant (others' microphones, after the latency). As the SDK: a participant who is not
   * connected is 405/42005, the other person of a 1:1 call 405/42006.
   */
  async mute(): Promise<void> {
    const failure = this.#failures.take('mute');
    if (this.#state !== 'Connected') throw sdkError(SDK_ERRORS.MUTE_PARTICIPANT_NOT_CONNECTED);
    if (this.inOneToOneCall()) throw sdkError(SDK_ERRORS.MUTE_PARTICIPANT_1_TO_1_UNSUPPORTED);
    await this.#ctx.wait();
    if (failure) throw failure;
    this.#set('isMuted', true);
  }

  on<K extends RemoteParticipantEventName>(event: K, listener: ListenerOf<RemoteParticipant['on'], K>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off<K extends RemoteParticipantEventName>(event: K, listener: ListenerOf<RemoteParticipant['off'], K>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /** Live listeners on this participant and its streams. */
  listenerCount(): number {
    return this.#events.listenerCount() + this.#streams.reduce((n, s) => n + s.listenerCount(), 0);
  }

  #set(prop: 'isMuted' | 'isSpeaking' | 'state' | 'role', value: boolean | string): void {
    switch (prop) {
      case 'isMuted':
        if (this.#isMuted === value) return;
        this.#isMuted = value as boolean;
        this.#events.emit('isMutedChanged');
        return;
      case 'isSpeaking':
        if (this.#isSpeaking === value) return;
        this.#isSpeaking = value as boolean;
        this.#events.emit('isSpeakingChanged');
        return;
      case 'state':
        if (this.#state === value) return;
        this.#state = value as RemoteParticipantState;
        this.#events.emit('stateChanged');
        return;
      case 'role':
        if (this.#role === value) return;
        this.#role = value as ParticipantRole;
        this.#events.emit('roleChanged');
        return;
    }
  }

  /** @internal The participant left the call: Disconnected, streams ended. */
  leave(reason: CallEndReason = { code: 0, subCode: 0 }): void {
    this.#callEndReason = reason;
    this.#set('isSpeaking', false);
    for (const s of this.#streams) s.end();
    this.#set('state', 'Disconnected');
  }
}
