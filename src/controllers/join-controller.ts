import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Call, CallAgent, CallEventName } from '../sdk/index.js';
import { describeError, type AcsErrorDetail } from '../events/acs-error.js';
import { SubscriptionController } from './subscription-controller.js';

/**
 * Where joining stands:
 * - `idle`: nothing asked;
 * - `waiting`: `join()` was asked before there was an agent (it joins as soon as one comes);
 * - `joining`: the SDK is joining: the call has not connected yet;
 * - `joined`: the call connected (or is in the lobby, or on hold);
 * - `ended`: the joined call ended (hung up, ended by others, dropped);
 * - `failed`: joining failed (`error` says why), also when the call ended before it connected.
 */
export type JoinState = 'idle' | 'waiting' | 'joining' | 'joined' | 'ended' | 'failed';

/** Starts a call on an agent (`agent.join(locator)`, or a simulator's connected call); `signal` aborts with the run. */
export type JoinFunction = (agent: CallAgent, signal: AbortSignal) => Call | Promise<Call>;

/** What a {@link JoinController} is given. */
export interface JoinOptions {
  /** How a call is started. */
  readonly join: JoinFunction;
  /** The message of a call that ended before it connected (its code follows it in the UI). */
  readonly endedBeforeConnected: () => string;
  /** Joining failed (the element shows `error` and fires `acs-error`). */
  readonly onError?: (detail: AcsErrorDetail) => void;
}

/** Call states in which a join has not finished: it may still connect, or fail. */
const JOINING_STATES: ReadonlySet<string> = new Set(['None', 'Connecting', 'Ringing', 'EarlyMedia', 'Disconnecting']);

/**
 * Joins one call at a time, with an explicit {@link JoinState}: `join()` while joining, or while the joined call has
 * not ended, gives that call (a double click never puts the user in two calls); `join()` before there is an agent
 * waits for one. Each run has its own `AbortSignal`: a run whose agent went away is aborted, and nothing it
 * settles later is taken into account.
 */
export class JoinController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: JoinOptions;
  // Follows the joined call's state: connected is joined, ended before that with an error code is a failure.
  readonly #call: SubscriptionController<Call, CallEventName>;
  #state: JoinState = 'idle';
  #agent?: CallAgent;
  #error?: AcsErrorDetail;
  /** The run in progress: its abort controller and its result. */
  #run?: { controller: AbortController; result: Promise<Call | undefined> };
  /** `join()` calls waiting for an agent. */
  #waiting: ((call: Call | undefined) => void)[] = [];
  /** A call was started: {@link JoinController.autojoin} joins once. */
  #joinedOnce = false;
  /** The agent `autojoin()` last tried. */
  #autojoinTried?: CallAgent;

  constructor(host: ReactiveControllerHost, options: JoinOptions) {
    this.#host = host;
    this.#options = options;
    this.#call = new SubscriptionController<Call, CallEventName>(host, {
      events: ['stateChanged'],
      onEvent: () => this.#check(),
    });
    host.addController(this);
  }

  /** Where joining stands. */
  get state(): JoinState {
    return this.#state;
  }

  /** Why the last join failed (with `failed`). */
  get error(): AcsErrorDetail | undefined {
    return this.#error;
  }

  /** The call the last join started (kept after it ended). */
  get call(): Call | undefined {
    return this.#call.target;
  }

  /** The agent calls are joined with. Another agent aborts a run of the previous one; a waiting join starts. */
  get agent(): CallAgent | undefined {
    return this.#agent;
  }

  set agent(next: CallAgent | undefined) {
    if (next === this.#agent) return;
    this.#agent = next;
    this.#run?.controller.abort();
    this.#run = undefined;
    this.#call.target = undefined;
    if (this.#state !== 'waiting' && this.#state !== 'failed') this.#set('idle');
    if (next && this.#waiting.length) void this.join();
  }

  hostConnected(): void {
    this.#check();
  }

  /**
   * Joins, unless a join is in progress or the joined call has not ended (that call is returned). Without an
   * agent it waits for one (`cancel()` settles the wait). Resolves the call (which may still be connecting), or
   * `undefined` when joining failed or was cancelled.
   */
  join(): Promise<Call | undefined> {
    const agent = this.#agent;
    if (!agent) {
      this.#set('waiting');
      return new Promise((resolve) => this.#waiting.push(resolve));
    }
    const live = this.#call.target;
    if (this.#run) return this.#run.result;
    if (live && live.state !== 'Disconnected') return this.#settleWaiting(Promise.resolve(live));
    const controller = new AbortController();
    const result = this.#start(agent, controller.signal);
    this.#run = { controller, result };
    return this.#settleWaiting(result);
  }

  /**
   * Joins once, for pages that join by themselves: not again after a call was joined (a user who hung up stays
   * out), but again with another agent, or when `again` (the call to join was named since).
   */
  autojoin(again = false): void {
    const agent = this.#agent;
    if (!agent || this.#joinedOnce || (this.#autojoinTried === agent && !again)) return;
    this.#autojoinTried = agent;
    void this.join();
  }

  /** Joins again with the next agent (the session was replaced while in a call). */
  rejoinWithNextAgent(): void {
    this.agent = undefined;
    void this.join();
  }

  /** Forgets everything: the element left the page (a waiting join settles, `autojoin` may join again). */
  reset(): void {
    this.cancel();
    this.clearError();
    this.#joinedOnce = false;
    this.#autojoinTried = undefined;
  }

  /** Gives up waiting for an agent (the session that was to make one failed, or the element left). */
  cancel(): void {
    this.#run?.controller.abort();
    this.#run = undefined;
    for (const resolve of this.#waiting.splice(0)) resolve(undefined);
    if (this.#state === 'waiting' || this.#state === 'joining') this.#set('idle');
  }

  /** Forgets the last failure (a new session, or the user dismissed it). */
  clearError(): void {
    if (this.#state !== 'failed') return;
    this.#error = undefined;
    this.#set(this.#call.target?.state === 'Disconnected' ? 'ended' : 'idle');
  }

  #settleWaiting(result: Promise<Call | undefined>): Promise<Call | undefined> {
    const waiting = this.#waiting.splice(0);
    if (waiting.length) void result.then((call) => waiting.forEach((resolve) => resolve(call)));
    return result;
  }

  async #start(agent: CallAgent, signal: AbortSignal): Promise<Call | undefined> {
    this.#error = undefined;
    this.#set('joining');
    let call: Call;
    try {
      call = await this.#options.join(agent, signal);
    } catch (error) {
      if (!signal.aborted) this.#fail(describeError('join', error));
      return undefined;
    } finally {
      if (this.#run?.controller.signal === signal) this.#run = undefined;
    }
    if (signal.aborted) return undefined;
    this.#joinedOnce = true;
    this.#call.target = call;
    this.#check();
    return call;
  }

  /** Reads the joined call's state: still joining, joined, ended, or failed before it connected. */
  #check(): void {
    const call = this.#call.target;
    if (!call || this.#state === 'failed') return;
    if (JOINING_STATES.has(call.state)) {
      if (this.#state === 'joined') this.#set('ended');
      return;
    }
    if (call.state !== 'Disconnected') return this.#set('joined');
    const reason = call.callEndReason;
    if (this.#state === 'joining' && reason && reason.code !== 0) {
      // The code is shown after the message by the UI: the message does not repeat it.
      this.#fail({ ...describeError('join', reason), message: this.#options.endedBeforeConnected() });
    } else this.#set('ended');
  }

  #fail(detail: AcsErrorDetail): void {
    this.#error = detail;
    this.#set('failed');
    this.#options.onError?.(detail);
  }

  #set(state: JoinState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
