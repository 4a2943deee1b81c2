import type { ReactiveControllerHost } from 'lit';
import type { Call, CallAgent, CallAgentEventName, IncomingCall } from '../sdk/index.js';
import { SdkEventsController, Subscriptions } from './sdk-events.js';

export const CALL_AGENT_EVENTS = [
  'callsUpdated',
  'incomingCall',
  'connectionStateChanged',
] as const satisfies readonly CallAgentEventName[];

/** Call states in which a call has ended. */
const ENDED = new Set(['Disconnected']);

/**
 * Follows a `CallAgent`: its calls, its connection state and the incoming calls that are still ringing.
 *
 * The SDK has no list of incoming calls: they arrive through the `incomingCall` event and end with their own
 * `callEnded` event (or when accepted or rejected). The controller keeps references to the ringing ones only
 * (SDK objects, never values) and forgets each when it ends.
 */
export class CallAgentController extends SdkEventsController<CallAgent> {
  #incoming: IncomingCall[] = [];
  readonly #incomingSubs = new Subscriptions();
  readonly #callSubs = new Subscriptions();

  constructor(host: ReactiveControllerHost & HTMLElement, onEvent?: (event: string, args: unknown[]) => void) {
    super(host, CALL_AGENT_EVENTS, (event, args) => {
      if (event === 'incomingCall') this.#addIncoming((args[0] as { incomingCall: IncomingCall }).incomingCall);
      if (event === 'callsUpdated') this.#followCalls();
      onEvent?.(event, args);
    });
  }

  /** The agent followed; a new one forgets the previous one's incoming calls. */
  override get target(): CallAgent | undefined {
    return super.target;
  }

  override set target(next: CallAgent | undefined) {
    if (next === super.target) return;
    super.target = next;
    for (const call of this.#incoming) this.#incomingSubs.release(call);
    this.#incoming = [];
    this.#followCalls();
  }

  override hostConnected(): void {
    super.hostConnected();
    this.#followCalls();
    // Incoming calls seen before a removal are kept (the SDK has no list of them); those that ended meanwhile
    // have a callEndReason and are dropped.
    this.#incoming = this.#incoming.filter((call) => !call.callEndReason);
    for (const call of this.#incoming) this.#incomingSubs.add(call, ['callEnded'], () => this.forgetIncoming(call));
    this.host.requestUpdate();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.#incomingSubs.release();
    this.#callSubs.release();
  }

  /** The agent followed. */
  get agent(): CallAgent | undefined {
    return this.target;
  }

  /** `agent.calls` (live). */
  get calls(): readonly Call[] {
    return this.target?.calls ?? [];
  }

  /** Incoming calls still ringing, oldest first. */
  get incomingCalls(): readonly IncomingCall[] {
    return this.#incoming;
  }

  /** The call the UI should show: the connected (or held) one, else the newest that has not ended. */
  get activeCall(): Call | undefined {
    const calls = this.calls;
    const live = calls.filter((c) => !ENDED.has(c.state));
    return (
      live.find((c) => c.state === 'Connected') ??
      live.find((c) => c.state === 'LocalHold' || c.state === 'RemoteHold') ??
      live[live.length - 1] ??
      calls[calls.length - 1]
    );
  }

  /** Every listener this controller holds (agent, calls, incoming calls). */
  override get listenerCount(): number {
    return super.listenerCount + this.#incomingSubs.size + this.#callSubs.size;
  }

  // The active call changes with the calls' states, so follow each call's stateChanged.
  #followCalls() {
    this.#callSubs.release();
    // An incoming call that became one of the agent's calls (accepted here, or by page code) rings no more: the
    // call keeps its id (whether or not the SDK also fires `callEnded` for it).
    for (const ringing of this.#incoming) if (this.calls.some((c) => c.id === ringing.id)) this.forgetIncoming(ringing);
    if (!this.host.isConnected) return;
    for (const call of this.calls) this.#callSubs.add(call, ['stateChanged'], () => this.host.requestUpdate());
  }

  #addIncoming(call: IncomingCall) {
    if (this.#incoming.includes(call) || call.callEndReason) return;
    this.#incoming = [...this.#incoming, call];
    this.#incomingSubs.add(call, ['callEnded'], () => this.forgetIncoming(call));
  }

  /** Stops showing an incoming call (it ended, or it was accepted or rejected). */
  forgetIncoming(call: IncomingCall): void {
    this.#incomingSubs.release(call);
    this.#incoming = this.#incoming.filter((c) => c !== call);
    this.host.requestUpdate();
  }
}
