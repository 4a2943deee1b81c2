/**
 * Simulated `CallAgent`: `join` / `startCall` produce calls that connect by themselves (unless told not to),
 * incoming calls, connection state.
 */
import { uuid } from './uuid.js';
import type {
  AcceptCallOptions,
  Call,
  CallAgent,
  CallAgentKind,
  CallEndReason,
  ConnectionState,
  GroupLocator,
  JoinCallOptions,
  LocalVideoStream,
  RoomLocator,
  StartCallOptions,
  TeamsMeetingIdLocator,
  TeamsMeetingLinkLocator,
} from '@azure/communication-calling';
import type {
  CommunicationTokenCredential,
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationUserIdentifier,
} from '@azure/communication-common';
import type { CallAgentEventName } from '../sdk/index.js';
import { SimulatedCall, type CallOwner } from './call.js';
import type { SimContext } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { isJwt } from './credential.js';
import { SDK_ERRORS, sdkError } from './errors.js';
import { SimulatedIncomingCall, type IncomingCallOwner } from './incoming-call.js';
import type { ParticipantInit } from './participant.js';
import type { ListenerOf } from './types.js';

/** Every `CallAgent` event, checked against the SDK's overloads. */
export const CALL_AGENT_EVENTS = {
  incomingCall: 'payload',
  callsUpdated: 'collection',
  connectionStateChanged: 'payload',
  handleIncomingCall: 'payload',
} as const satisfies Record<CallAgentEventName, 'payload' | 'collection'>;

/** What `simulate.incomingCall()` takes. */
export interface IncomingCallInit {
  /** The caller's display name. */
  displayName?: string;
  /** The caller's identifier (default: a new communication user). */
  identifier?: CommunicationIdentifierKind;
  /** How the caller appears once the call is accepted (video on, muted...). */
  caller?: Omit<ParticipantInit, 'identifier' | 'displayName'>;
}

/** Control API of a simulated call agent. */
export interface CallAgentSimulation {
  /** A call rings: fires `incomingCall` with a simulated `IncomingCall`, which is returned. */
  incomingCall(init?: IncomingCallInit): SimulatedIncomingCall;
  /** Sets `connectionState`; fires `connectionStateChanged` with `{newValue, oldValue, reason}`. */
  connection(state: ConnectionState, reason?: 'invalidToken' | 'connectionIssue'): void;
  /**
   * The next `join` / `startCall` produces a call that fails: it goes Connecting, then Disconnected with this
   * `callEndReason` (default 490 / 4525, what the real SDK reports offline); with `viaDisconnecting`, through a
   * Disconnecting state seen on its own first.
   */
  failNext(method: 'join' | 'startCall', reason?: CallEndReason, options?: { viaDisconnecting?: boolean }): void;
  /**
   * The agent's token expires: like the SDK, the agent asks its credential for a new one. A well-formed token keeps
   * everything as it is, and reconnects an agent disconnected by an earlier expiry (resolves true); a `getToken()` that rejects or gives a malformed token ends every call
   * with 495/4507 and the connection goes `Disconnected` with the reason `'invalidToken'` (resolves false).
   */
  expireToken(): Promise<boolean>;
  /** Whether new calls walk to Connected automatically (default: the simulator's `autoConnect` option). */
  autoConnect: boolean;
  /** The calls, typed as simulated. */
  readonly calls: ReadonlyArray<SimulatedCall>;
  /** Incoming calls still ringing. */
  readonly incomingCalls: ReadonlyArray<SimulatedIncomingCall>;
}

/** A simulated `CallAgent` (implements the SDK interface). */
export class SimulatedCallAgent implements CallAgent, CallOwner, IncomingCallOwner {
  readonly #ctx: SimContext;
  readonly #events: Emitter<CallAgentEventName>;
  #displayName: string | undefined;
  readonly #self: CommunicationUserIdentifier;
  readonly #onDispose: () => void;
  readonly #credential: CommunicationTokenCredential;
  #calls: SimulatedCall[] = [];
  #allCalls = new Set<SimulatedCall>();
  #incoming: SimulatedIncomingCall[] = [];
  #allIncoming = new Set<SimulatedIncomingCall>();
  #connectionState: ConnectionState = 'Connected';
  #failNext = new Map<'join' | 'startCall', { reason: CallEndReason; viaDisconnecting: boolean }[]>();
  #disposed = false;

  /** Control API (simulator only). */
  readonly simulate: CallAgentSimulation;

  /** @internal */
  constructor(
    ctx: SimContext,
    options: {
      displayName?: string;
      userId: string;
      autoConnect: boolean;
      onDispose: () => void;
      credential: CommunicationTokenCredential;
    },
  ) {
    this.#ctx = ctx;
    this.#credential = options.credential;
    this.#displayName = options.displayName;
    this.#self = { communicationUserId: options.userId };
    this.#onDispose = options.onDispose;
    this.#events = new Emitter(
      Object.keys(CALL_AGENT_EVENTS),
      { subject: 'CallAgent', code: 422, subscribeSubCode: 40205, unsubscribeSubCode: 40206 },
      ctx.registry,
      'CallAgent',
    );
    const self = this;
    this.simulate = {
      incomingCall: (init = {}) => this.#ring(init),
      connection: (state, reason) => {
        const oldValue = this.#connectionState;
        if (oldValue === state) return;
        this.#connectionState = state;
        this.#events.emit('connectionStateChanged', { newValue: state, oldValue, reason });
      },
      failNext: (method, reason = OFFLINE_END, options) => {
        const list = this.#failNext.get(method) ?? [];
        list.push({ reason, viaDisconnecting: !!options?.viaDisconnecting });
        this.#failNext.set(method, list);
      },
      expireToken: () => this.#expireToken(),
      autoConnect: options.autoConnect,
      get calls() {
        return self.#calls;
      },
      get incomingCalls() {
        return self.#incoming;
      },
    };
  }

  get kind(): CallAgentKind {
    return 'CallAgent' as CallAgentKind;
  }
  get connectionState(): ConnectionState {
    return this.#connectionState;
  }
  /** The same array until an update, then a new one. */
  get calls(): ReadonlyArray<Call> {
    return this.#calls;
  }
  /** The local user's display name; it can be set, as the SDK's can. */
  get displayName(): string | undefined {
    return this.#displayName;
  }
  set displayName(name: string | undefined) {
    this.#displayName = name;
  }

  /** @internal Whether the agent was disposed. */
  get disposed(): boolean {
    return this.#disposed;
  }

  /** @internal The local user's identifier. */
  get selfIdentifier(): CommunicationUserIdentifier {
    return this.#self;
  }

  /**
   * Starts an outgoing call: `None`, then (after the latency each) `Connecting`, `Ringing`, `Connected`.
   * The callees are remote participants from the start (`Connecting`, then `Connected` with the call).
   */
  startCall(participants: CommunicationIdentifier[], options?: StartCallOptions): Call {
    const call = this.#create(
      'startCall',
      ['Connecting', 'Ringing', 'Connected'],
      options,
      undefined,
      participants.length === 1,
    );
    for (const id of participants) {
      const identifier = toKind(id);
      call.simulate.addParticipant({
        identifier,
        state: 'Connecting',
        displayName: identifier.kind === 'phoneNumber' ? identifier.phoneNumber : undefined,
      });
    }
    return call;
  }

  /** Joins a group call / meeting / room: `None`, then `Connecting`, `Connected` (after the latency each). */
  join(
    locator: GroupLocator | TeamsMeetingLinkLocator | TeamsMeetingIdLocator | RoomLocator,
    options?: JoinCallOptions,
  ): Call {
    const groupId = 'groupId' in locator ? locator.groupId : undefined;
    return this.#create('join', ['Connecting', 'Connected'], options, groupId);
  }

  on<K extends CallAgentEventName>(event: K, listener: ListenerOf<CallAgent['on'], K>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off<K extends CallAgentEventName>(event: K, listener: ListenerOf<CallAgent['off'], K>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /**
   * Hangs up every call and releases the agent (a new one can then be created). A second dispose rejects
   * 409/40203, as the SDK's does; a call started after it cannot reach the service: Connecting, then Disconnected
   * 490/4525, and stays in `calls` once ended. Disposing drops the agent's listeners (as SDK 2.0.0 does).
   */
  async dispose(): Promise<void> {
    if (this.#disposed) throw sdkError(SDK_ERRORS.ACS_ALREADY_DISPOSED);
    this.#disposed = true;
    for (const call of [...this.#calls]) call.simulate.end({ code: 0, subCode: 0 }, { viaDisconnecting: true });
    for (const incoming of [...this.#incoming]) incoming.simulate.end({ code: 0, subCode: 0 });
    // As the SDK's: the listeners are dropped (one added later hears of a later call being added, not removed).
    this.#events.clear();
    this.#onDispose();
    await this.#ctx.wait();
  }

  /** Live listeners on this agent and everything it created. */
  listenerCount(): number {
    let n = this.#events.listenerCount();
    for (const c of this.#allCalls) n += c.listenerCount();
    for (const i of this.#allIncoming) n += i.listenerCount();
    return n;
  }

  /** @internal A connected call for `sim.connectedCall()`. */
  connectedCall(options: { muted?: boolean; localVideoStreams?: LocalVideoStream[] }): SimulatedCall {
    this.#assertAlive();
    const call = new SimulatedCall(this.#ctx, this, {
      direction: 'Outgoing',
      muted: options.muted,
      localVideoStreams: options.localVideoStreams,
      groupId: uuid(),
      initialState: 'Connected',
    });
    this.#add(call);
    return call;
  }

  // ---- owner hooks ----
  /** @internal */
  callEnded(call: SimulatedCall): void {
    if (this.#disposed || !this.#calls.includes(call)) return;
    this.#calls = this.#calls.filter((c) => c !== call);
    this.#events.emit('callsUpdated', { added: [], removed: [call] });
  }

  /** @internal */
  accepted(incoming: SimulatedIncomingCall, options: AcceptCallOptions | undefined): SimulatedCall {
    const call = new SimulatedCall(this.#ctx, this, {
      direction: 'Incoming',
      id: incoming.id,
      callerInfo: incoming.callerInfo,
      muted: options?.audioOptions?.muted,
      localVideoStreams: options?.videoOptions?.localVideoStreams,
      initialState: 'Connecting',
      autoWalk: this.simulate.autoConnect ? ['Connected'] : [],
    });
    call.simulate.addParticipant({
      ...incoming.callerParticipant,
      identifier: incoming.callerInfo.identifier,
      displayName: incoming.callerInfo.displayName,
      state: 'Connected',
    });
    this.#add(call);
    return call;
  }

  /** @internal */
  finished(incoming: SimulatedIncomingCall): void {
    this.#incoming = this.#incoming.filter((i) => i !== incoming);
  }

  // ---- internals ----
  async #expireToken(): Promise<boolean> {
    let token: unknown;
    try {
      token = (await this.#credential.getToken())?.token;
    } catch {
      token = undefined;
    }
    if (isJwt(token)) {
      // Renewed: an agent that had lost its connection for want of a token has it back.
      if (this.#connectionState === 'Disconnected') this.simulate.connection('Connected');
      return true;
    }
    for (const call of [...this.#calls]) call.simulate.end(TOKEN_EXPIRED_END, { viaDisconnecting: true });
    this.simulate.connection('Disconnected', 'invalidToken');
    return false;
  }

  #assertAlive(): void {
    if (this.#disposed) throw sdkError(SDK_ERRORS.ACS_ALREADY_DISPOSED);
  }

  #create(
    method: 'join' | 'startCall',
    walk: ('Connecting' | 'Ringing' | 'Connected')[],
    options: JoinCallOptions | undefined,
    groupId?: string,
    oneToOne = false,
  ): SimulatedCall {
    // A disposed agent cannot reach the service: its call fails as an offline one does (measured on SDK 2.0.0),
    // and a failure queued for a live agent waits for one.
    const failure = this.#disposed
      ? { reason: OFFLINE_END, viaDisconnecting: false }
      : this.#failNext.get(method)?.shift();
    const call = new SimulatedCall(this.#ctx, this, {
      direction: 'Outgoing',
      // Joined muted: the SDK mutes once media starts, not when join returns.
      mutedOnConnect: options?.audioOptions?.muted,
      localVideoStreams: options?.videoOptions?.localVideoStreams,
      groupId,
      oneToOne,
      autoWalk: failure ? ['Connecting'] : this.simulate.autoConnect ? walk : [],
    });
    this.#add(call);
    if (failure) {
      // Connecting after one latency, then the failure after another.
      const at = this.#ctx.latency * 2 + 1;
      // Through Disconnecting on its own (a state of its own, one latency before the end), or straight to the end.
      if (failure.viaDisconnecting) this.#ctx.schedule(() => call.simulate.state('Disconnecting'), at);
      const end = failure.viaDisconnecting ? at + this.#ctx.latency + 1 : at;
      this.#ctx.schedule(() => call.simulate.end(failure.reason, { viaDisconnecting: false }), end);
    }
    return call;
  }

  #add(call: SimulatedCall): void {
    this.#allCalls.add(call);
    this.#calls = [...this.#calls, call];
    this.#events.emit('callsUpdated', { added: [call], removed: [] });
  }

  #ring(init: IncomingCallInit): SimulatedIncomingCall {
    this.#assertAlive();
    const identifier: CommunicationIdentifierKind = init.identifier ?? {
      kind: 'communicationUser',
      communicationUserId: `8:acs:simulated-caller-${uuid()}`,
    };
    const incoming = new SimulatedIncomingCall(
      this.#ctx,
      this,
      { identifier, displayName: init.displayName },
      init.caller,
    );
    this.#allIncoming.add(incoming);
    this.#incoming = [...this.#incoming, incoming];
    this.#events.emit('incomingCall', { incomingCall: incoming });
    return incoming;
  }
}

/** How the SDK ends the calls of an agent whose token expired and could not be renewed. */
const TOKEN_EXPIRED_END: CallEndReason = { code: 495, subCode: 4507 };

/** How the SDK ends a call it cannot reach the service for (offline): the default of `failNext`. */
const OFFLINE_END: CallEndReason = {
  message: 'NetworkError',
  code: 490,
  subCode: 4525,
  resultCategories: ['UnexpectedClientError'],
} as CallEndReason;

function toKind(id: CommunicationIdentifier): CommunicationIdentifierKind {
  const o = id as unknown as Record<string, string | undefined>;
  if ('kind' in o && typeof o['kind'] === 'string') return id as unknown as CommunicationIdentifierKind;
  if (o['communicationUserId']) return { kind: 'communicationUser', communicationUserId: o['communicationUserId'] };
  if (o['phoneNumber']) return { kind: 'phoneNumber', phoneNumber: o['phoneNumber'], rawId: o['rawId'] };
  if (o['microsoftTeamsUserId'])
    return { kind: 'microsoftTeamsUser', microsoftTeamsUserId: o['microsoftTeamsUserId'], rawId: o['rawId'] };
  if (o['teamsAppId']) return { kind: 'microsoftTeamsApp', teamsAppId: o['teamsAppId'], rawId: o['rawId'] };
  return { kind: 'unknown', id: o['id'] ?? o['rawId'] ?? JSON.stringify(id) };
}
