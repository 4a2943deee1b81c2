import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Call,
  CallEventName,
  RemoteParticipant,
  RemoteParticipantEventName,
  RemoteVideoStream,
  RemoteVideoStreamEventName,
} from '../sdk/index.js';
import type { SdkEmitter } from './sdk-events.js';

type Listener = (...args: unknown[]) => void;

/** Listeners grouped by the SDK object they are on, so one object's listeners are released in O(1). */
class ListenerMap {
  readonly #byTarget = new Map<SdkEmitter, [string, Listener][]>();
  #count = 0;

  add(target: SdkEmitter, events: readonly string[], listener: Listener): void {
    let list = this.#byTarget.get(target);
    if (!list) this.#byTarget.set(target, (list = []));
    for (const event of events) {
      target.on(event, listener);
      list.push([event, listener]);
      this.#count++;
    }
  }

  has(target: SdkEmitter): boolean {
    return this.#byTarget.has(target);
  }

  release(target: SdkEmitter): void {
    const list = this.#byTarget.get(target);
    if (!list) return;
    this.#byTarget.delete(target);
    for (const [event, listener] of list) target.off(event, listener);
    this.#count -= list.length;
  }

  releaseAll(): void {
    for (const target of [...this.#byTarget.keys()]) this.release(target);
  }

  get size(): number {
    return this.#count;
  }
}

/**
 * A controller that follows SDK objects while its host is connected: connecting subscribes, disconnecting
 * releases, and `retarget()` (what to follow changes) releases, applies the change and subscribes again if the
 * host is connected. Subclasses call `host.addController(this)` at the end of their constructor (their fields must
 * exist before `hostConnected()`).
 */
export abstract class FollowingController implements ReactiveController {
  #connected = false;

  /** Whether the host is connected (listeners are held only then). */
  protected get connected(): boolean {
    return this.#connected;
  }

  hostConnected(): void {
    this.#connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.release();
  }

  /** Releases what is followed, applies `change` (the new target), and follows it if the host is connected. */
  protected retarget(change: () => void): void {
    this.release();
    change();
    if (this.#connected) this.subscribe();
  }

  /** Adds the listeners on what is followed (only what is not held yet). */
  protected abstract subscribe(): void;

  /** Removes every listener held. */
  protected abstract release(): void;
}

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
 * local user (the call's mute and local video events). Re-renders the host (a tile) on their events and keeps
 * nothing but the references: the host reads the SDK at render time. This is what makes one participant's change
 * cost one tile's update, whatever the number of participants.
 */
export class ParticipantController extends FollowingController {
  readonly #host: ReactiveControllerHost;
  #type: 'Video' | 'ScreenSharing';
  readonly #subs = new ListenerMap();
  #participant?: RemoteParticipant;
  #call?: Call;

  constructor(host: ReactiveControllerHost, type: 'Video' | 'ScreenSharing' = 'Video') {
    super();
    this.#host = host;
    this.#type = type;
    host.addController(this);
  }

  /** The participant followed. */
  get participant(): RemoteParticipant | undefined {
    return this.#participant;
  }

  set participant(next: RemoteParticipant | undefined) {
    if (next === this.#participant) return;
    this.retarget(() => (this.#participant = next));
  }

  /** The call whose local user is followed (instead of a remote participant). */
  set call(next: Call | undefined) {
    if (next === this.#call) return;
    this.retarget(() => (this.#call = next));
  }

  /** Which of the participant's streams to follow: the camera (`Video`) or the screen share. */
  set type(next: 'Video' | 'ScreenSharing') {
    if (next === this.#type) return;
    this.#type = next;
    if (this.connected && this.#participant) this.#subscribeStreams();
  }

  /** The participant's stream of this controller's type (first available, else first). */
  get stream(): RemoteVideoStream | undefined {
    return streamOf(this.#participant, this.#type);
  }

  /** Listeners held on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#subs.size;
  }

  readonly #changed = () => this.#host.requestUpdate();

  readonly #streamsUpdated = () => {
    this.#subscribeStreams();
    this.#host.requestUpdate();
  };

  protected subscribe(): void {
    const call = this.#call;
    if (call && !this.#subs.has(call)) this.#subs.add(call, LOCAL_PARTICIPANT_EVENTS, this.#changed);
    const p = this.#participant;
    if (!p || this.#subs.has(p)) return;
    this.#subs.add(p, PARTICIPANT_EVENTS, this.#changed);
    this.#subs.add(p, ['videoStreamsUpdated'], this.#streamsUpdated);
    this.#subscribeStreams();
  }

  #subscribeStreams() {
    const p = this.#participant;
    if (!p) return;
    // Streams come and go: release all stream listeners, then follow the current ones of our type.
    const keep = new Set<SdkEmitter>();
    for (const s of p.videoStreams) if (s.mediaStreamType === this.#type) keep.add(s);
    for (const s of this.#streams) if (!keep.has(s)) this.#subs.release(s);
    this.#streams = keep;
    for (const s of keep) if (!this.#subs.has(s)) this.#subs.add(s, STREAM_EVENTS, this.#changed);
  }

  #streams = new Set<SdkEmitter>();

  protected release(): void {
    this.#subs.releaseAll();
    this.#streams = new Set();
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
 * Follows a call's participants for the **structure** of a grid: who is in the call and who shares a screen.
 * Subscribes to `remoteParticipantsUpdated`, each participant's `videoStreamsUpdated` and each screen-share
 * stream's `isAvailableChanged`; a participant's own changes (mute, speaking, camera) are left to its tile.
 * Listeners follow the collection: added participants are subscribed, removed ones released.
 */
export class ParticipantsController extends FollowingController {
  readonly #subs = new ListenerMap();
  readonly #callbacks: ParticipantsCallbacks;
  #call?: Call;

  constructor(host: ReactiveControllerHost, callbacks: ParticipantsCallbacks) {
    super();
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** The call followed. */
  get call(): Call | undefined {
    return this.#call;
  }

  set call(next: Call | undefined) {
    if (next === this.#call) return;
    this.retarget(() => (this.#call = next));
  }

  /** Listeners held on SDK objects (for leak tests). */
  get listenerCount(): number {
    return this.#subs.size;
  }

  protected release(): void {
    this.#subs.releaseAll();
    this.#screens.clear();
  }

  readonly #structure = () => this.#callbacks.structure();

  readonly #participantsUpdated = (...args: unknown[]) => {
    const { added = [], removed = [] } = (args[0] ?? {}) as CollectionUpdate<RemoteParticipant>;
    for (const p of removed) this.#releaseParticipant(p);
    for (const p of added) this.#follow(p);
    this.#callbacks.updated?.(added, removed);
    this.#callbacks.structure();
  };

  protected subscribe(): void {
    const call = this.#call;
    if (!call || this.#subs.has(call)) return;
    this.#subs.add(call, ['remoteParticipantsUpdated'], this.#participantsUpdated);
    this.#subs.add(call, ['isScreenSharingOnChanged', 'stateChanged'], this.#structure);
    for (const p of call.remoteParticipants) this.#follow(p);
  }

  #follow(p: RemoteParticipant) {
    if (this.#subs.has(p)) return;
    const onStreams = (...args: unknown[]) => {
      const { added = [], removed = [] } = (args[0] ?? {}) as CollectionUpdate<RemoteVideoStream>;
      let screen = false;
      for (const s of removed) {
        if (s.mediaStreamType !== 'ScreenSharing') continue;
        this.#subs.release(s);
        this.#screens.get(p)?.delete(s);
        screen = true;
      }
      for (const s of added) {
        if (s.mediaStreamType !== 'ScreenSharing') continue;
        this.#followScreen(p, s);
        screen = true;
      }
      // A camera stream added or removed is its tile's business; a screen share changes the layout.
      if (screen) this.#callbacks.structure();
    };
    this.#subs.add(p, ['videoStreamsUpdated'], onStreams);
    for (const s of p.videoStreams) if (s.mediaStreamType === 'ScreenSharing') this.#followScreen(p, s);
  }

  /** Screen-share streams followed, per participant (so a leaving participant's are released even if gone). */
  readonly #screens = new Map<RemoteParticipant, Set<RemoteVideoStream>>();

  #followScreen(p: RemoteParticipant, s: RemoteVideoStream) {
    if (this.#subs.has(s)) return;
    this.#subs.add(s, ['isAvailableChanged'], this.#structure);
    let set = this.#screens.get(p);
    if (!set) this.#screens.set(p, (set = new Set()));
    set.add(s);
  }

  #releaseParticipant(p: RemoteParticipant) {
    for (const s of this.#screens.get(p) ?? []) this.#subs.release(s);
    this.#screens.delete(p);
    this.#subs.release(p);
  }
}
