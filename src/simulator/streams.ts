/**
 * Simulated `RemoteVideoStream`: a real `MediaStream` from an animated canvas (the participant's initials, or a
 * fake slide for a screen share).
 */
import type { ClockTimer } from '../clock.js';
import type {
  MediaStreamType,
  PropertyChangedEvent,
  RemoteVideoStream,
  StreamSize,
} from '@azure/communication-calling';
import type { RemoteVideoStreamEventName } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError } from './errors.js';
import { CanvasVideoSource, initials } from './media.js';

/** Every `RemoteVideoStream` event, checked against the SDK's overloads (a drift fails the build). */
export const REMOTE_VIDEO_STREAM_EVENTS = {
  isAvailableChanged: 'property',
  sizeChanged: 'property',
  isReceivingChanged: 'property',
} as const satisfies Record<RemoteVideoStreamEventName, 'property'>;

/** The stream kinds a simulated participant sends. */
export type RemoteStreamKind = Extract<MediaStreamType, 'Video' | 'ScreenSharing'>;

/** Control API of a simulated remote video stream. */
export interface RemoteVideoStreamSimulation {
  /** Makes the stream (un)available; fires `isAvailableChanged`; `isReceiving` follows after the latency. */
  available(on: boolean): void;
  /** Sets `isReceiving` now; fires `isReceivingChanged`. */
  receiving(on: boolean): void;
  /** Sets `size`; fires `sizeChanged`. */
  size(width: number, height: number): void;
  /** Renderer views currently showing this stream. */
  readonly views: number;
  /** Whether the stream's canvas is being repainted now (only while a view exists and it is available). */
  readonly animating: boolean;
  /** Frames painted so far. */
  readonly frames: number;
  /** The canvas behind the stream (for debugging). */
  readonly canvas: HTMLCanvasElement;
}

const DEFAULT_SIZE: Record<RemoteStreamKind, StreamSize> = {
  Video: { width: 640, height: 360 },
  ScreenSharing: { width: 1280, height: 720 },
};

/** A simulated `RemoteVideoStream` (implements the SDK interface). */
export class SimulatedRemoteVideoStream implements RemoteVideoStream {
  readonly #ctx: SimContext;
  readonly #events: Emitter<RemoteVideoStreamEventName>;
  readonly #id: number;
  readonly #type: RemoteStreamKind;
  #name: string;
  #source: CanvasVideoSource | undefined;
  #isAvailable = false;
  #isReceiving = false;
  #size: StreamSize = { width: 0, height: 0 };
  #receivingTimer: ClockTimer | undefined;
  #disposed = false;

  /** Control API (simulator only). */
  readonly simulate: RemoteVideoStreamSimulation;

  /** @internal */
  constructor(ctx: SimContext, type: RemoteStreamKind, displayName: string) {
    this.#ctx = ctx;
    this.#id = ctx.nextId();
    this.#type = type;
    this.#name = displayName;
    this.#events = new Emitter(
      Object.keys(REMOTE_VIDEO_STREAM_EVENTS),
      { subject: 'RemoteVideoStream', code: 422, subscribeSubCode: 43100, unsubscribeSubCode: 43101 },
      ctx.registry,
      `RemoteVideoStream#${this.#id}`,
    );
    const self = this;
    this.simulate = {
      available: (on) => this.#setAvailable(on),
      receiving: (on) => {
        // An explicit value wins over the pending automatic one.
        this.#ctx.cancel(this.#receivingTimer);
        this.#receivingTimer = undefined;
        this.#setReceiving(on);
      },
      size: (width, height) => this.#setSize({ width, height }),
      get views() {
        return self.#source?.holders ?? 0;
      },
      get animating() {
        return self.#source?.animating ?? false;
      },
      get frames() {
        return self.#source?.frames ?? 0;
      },
      get canvas() {
        return self.videoSource.canvas;
      },
    };
  }

  get id(): number {
    return this.#id;
  }
  get mediaStreamType(): MediaStreamType {
    return this.#type;
  }
  get isAvailable(): boolean {
    return this.#isAvailable;
  }
  get isReceiving(): boolean {
    return this.#isReceiving;
  }
  get size(): StreamSize {
    return this.#size;
  }

  on(event: RemoteVideoStreamEventName, listener: PropertyChangedEvent): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off(event: RemoteVideoStreamEventName, listener: PropertyChangedEvent): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /** The stream's media (an animated canvas); while the stream is not available, 400/43103 (as the SDK). */
  async getMediaStream(): Promise<MediaStream> {
    if (!this.#isAvailable) throw sdkError(SDK_ERRORS.REMOTE_STREAM_NOT_AVAILABLE);
    return this.videoSource.mediaStream;
  }

  /** Live listeners on this stream. */
  listenerCount(): number {
    return this.#events.listenerCount();
  }

  /** @internal The painted canvas source (created lazily). */
  get videoSource(): CanvasVideoSource {
    if (!this.#source) {
      const size = this.#type === 'ScreenSharing' ? { width: 640, height: 360 } : { width: 320, height: 180 };
      this.#source = new CanvasVideoSource(this.#ctx.ticker, {
        label: initials(this.#name),
        caption: this.#name,
        kind: this.#type === 'ScreenSharing' ? 'screen' : 'camera',
        ...size,
      });
      this.#source.enabled = this.#isAvailable;
    }
    return this.#source;
  }

  /** @internal */
  setDisplayName(name: string): void {
    this.#name = name;
    this.#source?.setText(initials(name), name);
  }

  #setAvailable(on: boolean): void {
    if (this.#disposed || on === this.#isAvailable) return;
    this.#isAvailable = on;
    if (this.#source) this.#source.enabled = on;
    this.#events.emit('isAvailableChanged');
    if (on && this.#size.width === 0) this.#setSize(DEFAULT_SIZE[this.#type]);
    // isReceiving follows isAvailable after a network round trip, like the real SDK.
    this.#ctx.cancel(this.#receivingTimer);
    this.#receivingTimer = this.#ctx.schedule(() => {
      this.#receivingTimer = undefined;
      this.#setReceiving(this.#isAvailable);
    });
  }

  #setReceiving(on: boolean): void {
    if (this.#disposed || on === this.#isReceiving) return;
    this.#isReceiving = on;
    this.#events.emit('isReceivingChanged');
  }

  #setSize(size: StreamSize): void {
    if (size.width === this.#size.width && size.height === this.#size.height) return;
    this.#size = { ...size };
    this.#events.emit('sizeChanged');
  }

  /** @internal The participant left: the stream becomes unavailable and stops painting. */
  end(): void {
    this.#setAvailable(false);
    this.#ctx.cancel(this.#receivingTimer);
    this.#setReceiving(false);
    this.#disposed = true;
    this.#source?.dispose();
  }
}
