/**
 * Simulated `IncomingCall`: ringing until accepted, rejected or ended by the caller.
 */
import { uuid } from './uuid.js';
import type {
  AcceptCallOptions,
  Call,
  CallEndReason,
  CallerInfo,
  CallInfo,
  IncomingCall,
  IncomingCallKind,
} from '@azure/communication-calling';
import type { IncomingCallEventName } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { FailureQueue, toFailure } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError, type SdkErrorDefinition } from './errors.js';
import { SimulatedCallInfo, type SimulatedCall } from './call.js';
import type { ParticipantInit } from './participant.js';
import type { ListenerOf } from './types.js';

/** Every `IncomingCall` event, checked against the SDK's overloads. */
export const INCOMING_CALL_EVENTS = {
  callEnded: 'payload',
  callerInfoChanged: 'property',
  transferorInfoChanged: 'property',
} as const satisfies Record<IncomingCallEventName, 'payload' | 'property'>;

/** `IncomingCall` methods `simulate.failNext()` can make fail. */
export type IncomingCallMethod = 'accept' | 'reject';

/** Control API of a simulated incoming call. */
export interface IncomingCallSimulation {
  /** The caller gave up (or the call was answered elsewhere): sets `callEndReason`, fires `callEnded`. */
  end(reason?: CallEndReason): void;
  /** The next `accept()` / `reject()` rejects with an SDK-shaped error (or the given one). */
  failNext(method: IncomingCallMethod, error?: Error | Partial<SdkErrorDefinition>): void;
  /** Whether the call is still ringing (not accepted, rejected or ended). */
  readonly ringing: boolean;
  /** The call `accept()` produced, if any. */
  readonly call: SimulatedCall | undefined;
}

/** Hooks from the owning agent (internal). */
export interface IncomingCallOwner {
  accepted(incoming: SimulatedIncomingCall, options: AcceptCallOptions | undefined): SimulatedCall;
  finished(incoming: SimulatedIncomingCall): void;
}

/** A simulated `IncomingCall` (implements the SDK interface). */
export class SimulatedIncomingCall implements IncomingCall {
  readonly #ctx: SimContext;
  readonly #owner: IncomingCallOwner;
  readonly #events: Emitter<IncomingCallEventName>;
  readonly #failures = new FailureQueue<IncomingCallMethod>();
  readonly #id = uuid();
  readonly #callerInfo: CallerInfo;
  readonly #info: SimulatedCallInfo;
  #callEndReason: CallEndReason | undefined;
  #ringing = true;
  #call: SimulatedCall | undefined;
  /** @internal How the caller appears once accepted. */
  readonly callerParticipant: Omit<ParticipantInit, 'identifier' | 'displayName'> | undefined;

  /** Control API (simulator only). */
  readonly simulate: IncomingCallSimulation;

  /** @internal */
  constructor(
    ctx: SimContext,
    owner: IncomingCallOwner,
    callerInfo: CallerInfo,
    caller?: Omit<ParticipantInit, 'identifier' | 'displayName'>,
  ) {
    this.#ctx = ctx;
    this.callerParticipant = caller;
    this.#owner = owner;
    this.#callerInfo = callerInfo;
    this.#info = new SimulatedCallInfo(ctx, undefined);
    this.#events = new Emitter(
      Object.keys(INCOMING_CALL_EVENTS),
      { subject: 'IncomingCall', code: 422 },
      ctx.registry,
      `IncomingCall(${callerInfo.displayName ?? ''})`,
    );
    const self = this;
    this.simulate = {
      end: (reason = { code: 0, subCode: 0 }) => this.#finish(reason),
      failNext: (method, error) =>
        this.#failures.add(
          method,
          toFailure(error, method === 'accept' ? SDK_ERRORS.ACCEPT_INCOMING_CALL : SDK_ERRORS.REJECT_CALL_FAILED),
        ),
      get ringing() {
        return self.#ringing;
      },
      get call() {
        return self.#call;
      },
    };
  }

  get kind(): IncomingCallKind {
    return 'IncomingCall' as IncomingCallKind;
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
  get callEndReason(): CallEndReason | undefined {
    return this.#callEndReason;
  }
  get customContext(): undefined {
    return undefined;
  }
  get info(): CallInfo {
    return this.#info;
  }

  /** Accepts: after the latency, resolves with a call (Connecting, then Connected) that is added to `agent.calls`. */
  async accept(options?: AcceptCallOptions): Promise<Call> {
    const failure = this.#failures.take('accept');
    await this.#ctx.wait();
    if (failure) throw failure;
    if (!this.#ringing) throw sdkError(SDK_ERRORS.ACCEPT_NOT_RINGING);
    this.#ringing = false;
    this.#call = this.#owner.accepted(this, options);
    this.#owner.finished(this);
    return this.#call;
  }

  /** Rejects: after the latency, `callEnded` fires with `callEndReason` `{code: 0, subCode: 0}`. */
  async reject(): Promise<void> {
    const failure = this.#failures.take('reject');
    await this.#ctx.wait();
    if (failure) throw failure;
    if (!this.#ringing) throw sdkError(SDK_ERRORS.REJECT_NOT_RINGING);
    this.#finish({ code: 0, subCode: 0 });
  }

  on<K extends IncomingCallEventName>(event: K, listener: ListenerOf<IncomingCall['on'], K>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off<K extends IncomingCallEventName>(event: K, listener: ListenerOf<IncomingCall['off'], K>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /** Live listeners on this incoming call. */
  listenerCount(): number {
    return this.#events.listenerCount() + this.#info.listenerCount();
  }

  #finish(reason: CallEndReason): void {
    if (!this.#ringing) return;
    this.#ringing = false;
    this.#callEndReason = { ...reason };
    this.#events.emit('callEnded', { callEndReason: this.#callEndReason });
    this.#owner.finished(this);
  }
}
