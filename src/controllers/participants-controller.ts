import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Call,
  CallEventName,
  RemoteParticipant,
  RemoteParticipantEventName,
  RemoteVideoStream,
  RemoteVideoStreamEventName,
} from '../sdk/index.js';
import { SubscriptionController } from './subscription-controller.js';

/** A participant's stream of one kind: the first available one, else the first one. */
export function streamOf(
  participant: RemoteParticipant | undefined,
  type: 'Video' | 'ScreenSharing',
): RemoteVideoStream | undefined {
  if (!participant) return undefined;
  let first: RemoteVideoStream | undefined;
  for (const s of participant.videoStreams) {
    if (s.mediaStreamType !== type) continue;
    if (s.isAvailable) return s;
    first ??= s;
  }
  return first;
}

/** The participant events a tile shows. */
export const PARTICIPANT_EVENTS = [
  'stateChanged',
  'isMutedChanged',
  'isSpeakingChanged',
  'displayNameChanged',
] as const satisfies readonly RemoteParticipantEventName[];

/** The stream events a tile shows. */
export const STREAM_EVENTS = [
  'isAvailableChanged',
  'isReceivingChanged',
] as const satisfies readonly RemoteVideoStreamEventName[];

/** The call events that change the local user's tile. */
export const LOCAL_PARTICIPANT_EVENTS = [
  'isMutedChanged',
  'localVideoStreamsUpdated',
  'isLocalVideoStartedChanged',
] as const satisfies readonly CallEventName[];

/**
 * Follows ONE participant: a remote participant and its streams of one type (`Video` or `ScreenSharing`), or the
 * local user (the call's mute and local video events). Renders the host (a tile) again on their events and keeps
 * nothing but the references: the host reads the SDK at render time. This is what makes one participant's change
 * cost one tile's update, whatever the number of participants.
 */
export class ParticipantController implements ReactiveController {
  #type: 'Video' | 'ScreenSharing';
  readonly #local: SubscriptionController<Call, CallEventName>;
  readonly #participant: SubscriptionController<RemoteParticipant, RemoteParticipantEventName>;
  readonly #streams: SubscriptionController<RemoteVideoStream, RemoteVideoStreamEventName>;

  constructor(host: ReactiveControllerHost, type: 'Video' | 'ScreenSharing' = 'Video') {
    this.#type = type;
    this.#local = new SubscriptionController<Call, CallEventName>(host, { events: LOCAL_PARTICIPANT_EVENTS });
    this.#participant = new SubscriptionController<RemoteParticipant, RemoteParticipantEventName>(host, {
      events: [...PARTICIPANT_EVENTS, 'videoStreamsUpdated'],
      onEvent: (event) => {
        if (event === 'videoStreamsUpdated') this.#followStreams();
      },
    });
    this.#streams = new SubscriptionController<RemoteVideoStream, RemoteVideoStreamEventName>(host, {
      events: STREAM_EVENTS,
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Streams may have come and gone while the host was away (their videoStreamsUpdated was not heard).
    this.#followStreams();
  }

  /** The participant followed. */
  get participant(): RemoteParticipant | undefined {
    return this.#participant.target;
  }

  set participant(next: RemoteParticipant | undefined) {
    this.#participant.target = next;
    this.#followStreams();
  }

  /** The call whose local user is followed (instead of a remote participant). */
  set call(next: Call | undefined) {
    this.#local.target = next;
  }

  /** Which of the participant's streams to follow: the camera (`Video`) or the screen share. */
  set type(next: 'Video' | 'ScreenSharing') {
    if (next === this.#type) return;
    this.#type = next;
    this.#followStreams();
  }

  /** The participant's stream of this controller's type (first available, else first). */
  get stream(): RemoteVideoStream | undefined {
    return streamOf(this.#participant.target, this.#type);
  }

  /** Listeners held on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#local.listenerCount + this.#participant.listenerCount + this.#streams.listenerCount;
  }

  /** Streams come and go: follow the participant's current streams of this controller's type. */
  #followStreams(): void {
    const streams = this.#participant.target?.videoStreams ?? [];
    this.#streams.follow(streams.filter((s) => s.mediaStreamType === this.#type));
  }
}

/** What the call-level participants controller reports. */
export interface ParticipantsCallbacks {
  /** Participants joined or left (for announcements). Called before `structure`. */
  updated?(added: readonly RemoteParticipant[], removed: readonly RemoteParticipant[]): void;
  /** The set of tiles may have changed: participants, screen shares, the local screen share. */
  structure(): void;
}

/** The call events that change the grid's structure (not one tile). */
export const GRID_CALL_EVENTS = [
  'remoteParticipantsUpdated',
  'isScreenSharingOnChanged',
  'stateChanged',
] as const satisfies readonly CallEventName[];

interface CollectionUpdate<T> {
  added?: readonly T[];
  removed?: readonly T[];
}

/**
 * Follows a call's participants for the **structure** of a grid: who is in the call, whose camera is on (people
 * with their camera on come first) and who shares a screen. Subscribes to the call's `remoteParticipantsUpdated`,
 * each participant's `videoStreamsUpdated` and each stream's `isAvailableChanged`; a participant's other changes
 * (mute, speaking, name, receiving) are left to its tile. Listeners follow the collections: joined participants and
 * new streams are subscribed, those that left are released.
 */
export class ParticipantsController implements ReactiveController {
  readonly #call: SubscriptionController<Call, CallEventName>;
  readonly #participants: SubscriptionController<RemoteParticipant, 'videoStreamsUpdated'>;
  readonly #streams: SubscriptionController<RemoteVideoStream, 'isAvailableChanged'>;

  constructor(host: ReactiveControllerHost, callbacks: ParticipantsCallbacks) {
    const structure = () => callbacks.structure();
    this.#call = new SubscriptionController<Call, CallEventName>(host, {
      events: GRID_CALL_EVENTS,
      update: false,
      onEvent: (event, args) => {
        if (event === 'remoteParticipantsUpdated') {
          const { added = [], removed = [] } = (args[0] ?? {}) as CollectionUpdate<RemoteParticipant>;
          this.#followParticipants();
          callbacks.updated?.(added, removed);
        }
        structure();
      },
    });
    this.#participants = new SubscriptionController(host, {
      events: ['videoStreamsUpdated'],
      update: false,
      onEvent: () => {
        // A screen share changes the layout; a camera, the order.
        this.#followStreams();
        structure();
      },
    });
    this.#streams = new SubscriptionController(host, {
      events: ['isAvailableChanged'],
      update: false,
      onEvent: structure,
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Participants and screen shares may have changed while the host was away.
    this.#followParticipants();
  }

  /** The call followed. */
  get call(): Call | undefined {
    return this.#call.target;
  }

  set call(next: Call | undefined) {
    this.#call.target = next;
    this.#followParticipants();
  }

  /** Listeners held on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#call.listenerCount + this.#participants.listenerCount + this.#streams.listenerCount;
  }

  #followParticipants(): void {
    this.#participants.follow(this.#call.target?.remoteParticipants ?? []);
    this.#followStreams();
  }

  #followStreams(): void {
    this.#streams.follow(this.#participants.targets.flatMap((p) => p.videoStreams));
  }
}
