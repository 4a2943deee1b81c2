/**
 * Shared state of one simulator: options, the listener registry, timers, the frame ticker, renderer counts,
 * the optional real SDK module and the feature tokens. Internal (not exported from the public entry).
 */
import type * as Sdk from '@azure/communication-calling';
import type { DiagnosticValueType } from '@azure/communication-calling';
import { ListenerRegistry } from './emitter.js';
import { SimulatedCallingError, type SdkErrorDefinition } from './errors.js';
import { FrameTicker } from './media.js';
import { systemClock, type Clock, type ClockTimer } from '../clock.js';

/** The parts of the real SDK module the simulator can use (pass `import * as sdk from '@azure/communication-calling'`). */
export type SdkModule = Pick<typeof Sdk, 'LocalVideoStream' | 'Features'>;

/** Internal, per-simulator state. */
export class SimContext {
  readonly registry = new ListenerRegistry();
  readonly ticker: FrameTicker;
  readonly timers = new Set<ClockTimer>();
  /** The clock every latency and scheduled change is measured with (a virtual one moves only when told). */
  readonly clock: Clock;
  readonly sdkModule: SdkModule | undefined;
  /** Milliseconds every async SDK operation takes. */
  latency: number;
  /** How media diagnostics report their value (the SDK 2.0.0 uses flags). */
  mediaDiagnosticValueType: DiagnosticValueType;
  /** Live renderer and view counts. */
  liveRenderers = 0;
  liveViews = 0;
  #ids = 0;
  disposed = false;
  /** The simulated user's microphone level (0 to 100), read by the volumes of local audio streams. */
  microphoneLevel = 0;
  /** The live volumes of local audio streams (`sim.deviceManager.simulate.microphoneLevel()` sets them). */
  readonly volumes = new Set<import('./local-audio.js').SimulatedLevelSink>();
  /** Resolves a local camera id to a painted source (virtual cameras). Set by the device manager. */
  cameraSource?: (deviceId: string) => import('./media.js').CanvasVideoSource | undefined;

  constructor(options: {
    latency: number;
    fps: number;
    sdk?: SdkModule;
    mediaDiagnosticValueType: DiagnosticValueType;
    clock?: Clock;
  }) {
    this.clock = options.clock ?? systemClock;
    this.latency = options.latency;
    this.ticker = new FrameTicker(options.fps);
    this.sdkModule = options.sdk;
    this.mediaDiagnosticValueType = options.mediaDiagnosticValueType;
  }

  /** A process-unique number, for ids. */
  nextId(): number {
    return ++this.#ids;
  }

  /** Runs `fn` after `ms` (default: the latency), unless the simulator is disposed first. */
  schedule(fn: () => void, ms = this.latency): ClockTimer {
    const handle = this.clock.setTimeout(() => {
      this.timers.delete(handle);
      if (!this.disposed) fn();
    }, ms);
    this.timers.add(handle);
    return handle;
  }

  cancel(handle: ClockTimer | undefined): void {
    if (handle === undefined) return;
    this.clock.clearTimeout(handle);
    this.timers.delete(handle);
  }

  /** Waits for the latency (a task of its own even at latency 0, like a real round-trip). */
  wait(ms = this.latency): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) this.clock.clearTimeout(t);
    this.timers.clear();
    this.ticker.dispose();
  }
}

/**
 * Pending one-shot failures (`simulate.failNext(method)`): the next call of `method` rejects with the given
 * (or default) SDK-shaped error and leaves the state unchanged.
 */
export class FailureQueue<M extends string> {
  readonly #next = new Map<M, Error[]>();

  add(method: M, error: Error): void {
    const list = this.#next.get(method);
    if (list) list.push(error);
    else this.#next.set(method, [error]);
  }

  /** Takes the pending failure for `method`, if any. */
  take(method: M): Error | undefined {
    const list = this.#next.get(method);
    const e = list?.shift();
    if (list && list.length === 0) this.#next.delete(method);
    return e;
  }
}

/** Turns `failNext`'s optional argument into an Error (an SDK-shaped one by default). */
export function toFailure(error: Error | Partial<SdkErrorDefinition> | undefined, fallback: SdkErrorDefinition): Error {
  if (error instanceof Error) return error;
  return new SimulatedCallingError({ ...fallback, ...(error ?? {}) } as SdkErrorDefinition);
}
