import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Call, CallAgent, CallAgentEventName, CallEventName, IncomingCall } from '../sdk/index.js';
import { SubscriptionController } from './subscription-controller.js';

/** The agent events that change what a UI shows. */
export const CALL_AGENT_EVENTS = [
  'callsUpdated',
  'incomingCall',
  'connectionStateChanged',
] as const satisfies readonly CallAgentEventName[];

/**
 * Follows a `CallAgent`: its calls (and their states, which decide the active call), its connection state and the
 * incoming calls that are still ringing.
 *
 * The SDK has no list of incoming calls: they arrive through the `incomingCall` event and end with their own
 * `callEnded` event (or when accepted or rejected). The controller keeps references to the ringing ones only (SDK
 * objects, never values) and forgets each when it ends.
 */
export class CallAgentController implements ReactiveController {
  readonly #agent: SubscriptionController<CallAgent, CallAgentEventName>;
  readonly #calls: SubscriptionController<Call, CallEventName>;
  readonly #incoming: SubscriptionController<IncomingCall, 'callEnded'>;

  /** `onEvent` hears each agent event (the SDK's arguments) before the host renders again. */
  constructor(host: ReactiveControllerHost, onEvent?: (event: CallAgentEventName, args: readonly unknown[]) => void) {
    this.#agent = new SubscriptionController<CallAgent, CallAgentEventName>(host, {
      events: CALL_AGENT_EVENTS,
      onEvent: (event, args) => {
        if (event === 'incomingCall') this.#addIncoming((args[0] as { incomingCall: IncomingCall }).incomingCall);
        if (event === 'callsUpdated') this.#followCalls();
        onEvent?.(event, args);
      },
    });
    // The active call changes with the calls' states.
    this.#calls = new SubscriptionController<Call, CallEventName>(host, { events: ['stateChanged'] });
    this.#incoming = new SubscriptionController(host, {
      events: ['callEnded'],
      onEvent: (_, __, call) => this.forgetIncoming(call),
    });
    host.addController(this);
  }

  /** The agent followed; another agent forgets the previous one's incoming calls. */
  get agent(): CallAgent | undefined {
    return this.#agent.target;
  }

  set agent(next: CallAgent | undefined) {
    if (next === this.#agent.target) return;
    this.#agent.target = next;
    this.#incoming.follow([]);
    this.#followCalls();
  }

  hostConnected(): void {
    // Calls may have come and gone while the host was away; incoming calls seen before are kept (the SDK has no
    // list of them) unless they ended meanwhile.
    this.#followCalls();
    this.#incoming.follow(this.#incoming.targets.filter((call) => !call.callEndReason));
  }

  /** `agent.calls` (live). */
  get calls(): readonly Call[] {
    return this.#agent.target?.calls ?? [];
  }

  /** Incoming calls still ringing, oldest first. */
  get incomingCalls(): readonly IncomingCall[] {
    return this.#incoming.targets;
  }

  /** The call the UI should show: the connected (or held) one, else the newest that has not ended. */
  get activeCall(): Call | undefined {
    const calls = this.calls;
    const live = calls.filter((c) => c.state !== 'Disconnected');
    return (
      live.find((c) => c.state === 'Connected') ??
      live.find((c) => c.state === 'LocalHold' || c.state === 'RemoteHold') ??
      live[live.length - 1] ??
      calls[calls.length - 1]
    );
  }

  /** Every listener this controller holds (agent, calls, incoming calls). */
  get listenerCount(): number {
    return this.#agent.listenerCount + this.#calls.listenerCount + this.#incoming.listenerCount;
  }

  /** Stops showing an incoming call (it ended, or it was accepted or rejected). */
  forgetIncoming(call: IncomingCall): void {
    this.#incoming.follow(this.#incoming.targets.filter((c) => c !== call));
  }

  #followCalls(): void {
    const calls = this.calls;
    this.#calls.follow(calls);
    // An incoming call that became one of the agent's calls (accepted here, or by page code) rings no more: the
    // call keeps its id (whether or not the SDK also fires `callEnded` for it).
    const ringing = this.#incoming.targets;
    if (ringing.some((incoming) => calls.some((c) => c.id === incoming.id)))
      this.#incoming.follow(ringing.filter((incoming) => !calls.some((c) => c.id === incoming.id)));
  }

  #addIncoming(call: IncomingCall): void {
    if (call.callEndReason) return;
    this.#incoming.follow([...this.#incoming.targets, call]);
  }
}
