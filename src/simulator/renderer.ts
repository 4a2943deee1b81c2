/**
 * The simulator's `VideoStreamRenderer`: the SDK renderer's shape, for simulated remote streams and for local
 * streams (the real SDK's `LocalVideoStream` or the look-alike). It builds the same DOM as the real one
 * (sdk-surface.md section 9) and counts live renderers and views.
 */
import type {
  CreateViewOptions,
  LocalVideoStream,
  RemoteVideoStream,
  ScalingMode,
  VideoStreamRendererView,
} from '@azure/communication-calling';
import type { VideoStreamRendererLike } from '../sdk/index.js';
import type { SimContext } from './context.js';
import { SDK_ERRORS, sdkError } from './errors.js';
import type { CanvasVideoSource } from './media.js';
import { SimulatedRemoteVideoStream } from './streams.js';

const OBJECT_FIT: Record<ScalingMode, string> = { Crop: 'cover', Fit: 'contain', Stretch: 'fill' };

/** Constructor of the simulator's renderer (`sim.sdk.VideoStreamRenderer`). */
export type SimulatedVideoStreamRendererCtor = new (
  stream: LocalVideoStream | RemoteVideoStream,
) => SimulatedVideoStreamRenderer;

/** Whether a value is a scaling mode the SDK knows. */
function isScalingMode(value: unknown): value is ScalingMode {
  return typeof value === 'string' && Object.hasOwn(OBJECT_FIT, value);
}

/**
 * A view: `target` is a `<div>` holding a playing `<video>`. As the SDK's: disposing it twice throws 400/43213
 * and empties the target (it stays where the page put it); a wrong scaling mode rejects 400/43216.
 */
export class SimulatedRendererView implements VideoStreamRendererView {
  /** The element to attach (an own, writable data property, like the SDK's). */
  target: HTMLElement;
  readonly #video: HTMLVideoElement;
  #scalingMode: ScalingMode;
  readonly #isMirrored: boolean;
  #onDispose: (() => void) | undefined;

  /** @internal */
  constructor(
    stream: MediaStream,
    options: { scalingMode: ScalingMode; isMirrored: boolean; flipVideo: boolean; muted: boolean },
    onDispose: () => void,
  ) {
    this.#scalingMode = options.scalingMode;
    this.#isMirrored = options.isMirrored;
    this.#onDispose = onDispose;
    const div = document.createElement('div');
    div.style.width = '100%';
    div.style.height = '100%';
    if (options.isMirrored) div.style.transform = 'rotateY(180deg)';
    const video = document.createElement('video');
    video.setAttribute('playsinline', '');
    video.setAttribute('autoplay', '');
    video.setAttribute('disablepictureinpicture', '');
    video.playsInline = true;
    video.autoplay = true;
    video.muted = options.muted;
    video.style.width = '100%';
    video.style.height = '100%';
    video.style.objectFit = OBJECT_FIT[options.scalingMode];
    if (options.flipVideo) video.style.transform = 'scaleX(-1)';
    video.srcObject = stream;
    div.append(video);
    this.target = div;
    this.#video = video;
    void video.play().catch(() => undefined);
  }

  get scalingMode(): ScalingMode {
    return this.#scalingMode;
  }
  get isMirrored(): boolean {
    return this.#isMirrored;
  }

  /**
   * Changes `object-fit` (Crop = cover, Fit = contain, Stretch = fill). A wrong value rejects 400/43216 and
   * keeps the mode; a disposed view rejects 400/43215.
   */
  async updateScalingMode(scalingMode: ScalingMode): Promise<void> {
    if (!this.#onDispose) throw sdkError(SDK_ERRORS.SCALING_MODE_DISPOSED);
    if (!isScalingMode(scalingMode)) throw sdkError(SDK_ERRORS.SCALING_MODE_WRONG_VAL);
    this.#scalingMode = scalingMode;
    this.#video.style.objectFit = OBJECT_FIT[scalingMode];
  }

  /** Detaches the stream, empties the target and stops counting this view; a second call throws 400/43213. */
  dispose(): void {
    if (!this.#onDispose) throw sdkError(SDK_ERRORS.VIEW_ALREADY_DISPOSED);
    this.release();
  }

  /** @internal Disposes the view once (its renderer's dispose). */
  release(): void {
    const done = this.#onDispose;
    if (!done) return;
    this.#onDispose = undefined;
    this.#video.pause();
    this.#video.srcObject = null;
    this.target.replaceChildren();
    done();
  }
}

/** Whether a value can be rendered: a simulated remote stream, or a (real or simulated) local video stream. */
function isRenderableStream(stream: unknown): stream is LocalVideoStream | RemoteVideoStream {
  if (stream instanceof SimulatedRemoteVideoStream) return true;
  const s = stream as Partial<LocalVideoStream> | null | undefined;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.mediaStreamType === 'string' &&
    typeof s.getMediaStream === 'function'
  );
}

/**
 * The simulator's renderer, with the SDK renderer's rules: a value that is not a video stream throws 400/43218;
 * `createView()` rejects 412/43200 for a remote stream that is not available and 400/43219 after `dispose()`;
 * disposing twice throws 400/43222. A local camera's view is mirrored and stretched unless told otherwise, as in
 * the SDK. A simulated stream's canvas is animated only while at least one view of it exists.
 */
export class SimulatedVideoStreamRenderer implements VideoStreamRendererLike {
  readonly #ctx: SimContext;
  readonly #stream: LocalVideoStream | RemoteVideoStream;
  readonly #views = new Set<SimulatedRendererView>();
  #disposed = false;

  /** @internal Use `new sim.sdk.VideoStreamRenderer(stream)`. */
  constructor(ctx: SimContext, stream: LocalVideoStream | RemoteVideoStream) {
    if (!isRenderableStream(stream)) throw sdkError(SDK_ERRORS.RENDERER_WRONG_STREAM_TYPE);
    this.#ctx = ctx;
    this.#stream = stream;
    ctx.liveRenderers++;
  }

  /** The stream's size (deprecated in the SDK). */
  get size(): { width: number; height: number } {
    const s = this.#stream as Partial<RemoteVideoStream>;
    return s.size ?? { width: 0, height: 0 };
  }

  /** Live views of this renderer. */
  get viewCount(): number {
    return this.#views.size;
  }

  async createView(options: CreateViewOptions = {}): Promise<VideoStreamRendererView> {
    if (this.#disposed) throw sdkError(SDK_ERRORS.RENDERER_DISPOSED);
    const stream = this.#stream;
    let source: CanvasVideoSource | undefined;
    let media: MediaStream;
    let local = false;
    if (stream instanceof SimulatedRemoteVideoStream) {
      if (!stream.isAvailable) throw sdkError(SDK_ERRORS.STREAM_ISAVAILABLE_FALSE);
      source = stream.videoSource;
      media = source.mediaStream;
    } else {
      local = true;
      const lvs = stream as LocalVideoStream & { canvasSource?: CanvasVideoSource };
      source =
        lvs.canvasSource ?? (lvs.mediaStreamType === 'Video' ? this.#ctx.cameraSource?.(lvs.source?.id) : undefined);
      media = source ? source.mediaStream : await lvs.getMediaStream();
    }
    if (this.#disposed) throw sdkError(SDK_ERRORS.RENDERER_DISPOSED);
    const release = source?.acquire();
    const camera = local && (stream as LocalVideoStream).mediaStreamType === 'Video';
    const view = new SimulatedRendererView(
      media,
      {
        scalingMode: options.scalingMode ?? 'Stretch',
        isMirrored: options.isMirrored ?? camera,
        flipVideo: camera,
        muted: !(local && (stream as LocalVideoStream).mediaStreamType === 'RawMedia'),
      },
      () => {
        release?.();
        this.#views.delete(view);
        this.#ctx.liveViews--;
      },
    );
    this.#views.add(view);
    this.#ctx.liveViews++;
    return view;
  }

  /** Disposes every view; the renderer cannot create views any more. A second call throws 400/43222. */
  dispose(): void {
    if (this.#disposed) throw sdkError(SDK_ERRORS.RENDERER_ALREADY_DISPOSED);
    this.#disposed = true;
    for (const v of [...this.#views]) v.release();
    this.#ctx.liveRenderers--;
  }
}

/** A renderer class bound to one simulator (what `sim.sdk.VideoStreamRenderer` is). */
export function createRendererClass(ctx: SimContext): SimulatedVideoStreamRendererCtor {
  return class VideoStreamRenderer extends SimulatedVideoStreamRenderer {
    constructor(stream: LocalVideoStream | RemoteVideoStream) {
      super(ctx, stream);
    }
  };
}
