/**
 * A look-alike of the SDK's `LocalVideoStream`, used only when `createSimulator()` was not given the real SDK
 * module (e.g. `<acs-call-provider simulated>` on a page without the SDK). The SDK class has private members,
 * so this class cannot implement it structurally; it is cast to the SDK type where the SDK type is required.
 * With the real module, `sim.sdk.LocalVideoStream` is a subclass of the real class (see
 * {@link createSdkBackedLocalVideoStream}).
 */
import { uuid } from './uuid.js';
import type {
  LocalVideoStream,
  MediaStreamType,
  VideoDeviceInfo,
  VideoSourceChangedEvent,
} from '@azure/communication-calling';
import type { SimContext } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError } from './errors.js';
import { SimulatedVideoDeviceInfo } from './device-manager.js';
import { featureName, SimulatedVideoEffects } from './features.js';
import { CanvasVideoSource } from './media.js';

/** Constructor type of the SDK's `LocalVideoStream`, as `AcsSdk` declares it. */
export type LocalVideoStreamCtor = new (source: VideoDeviceInfo | MediaStream) => LocalVideoStream;

/** The look-alike's own surface (for the renderer). */
export interface LookAlikeLocalVideoStream {
  readonly source: VideoDeviceInfo;
  readonly mediaStreamType: MediaStreamType;
  getMediaStream(): Promise<MediaStream>;
  /** @internal The painted source of a virtual camera, if any. */
  readonly canvasSource: CanvasVideoSource | undefined;
}

/** Whether `source` is a camera a simulated device manager listed (not a plain copy, not a placeholder). */
const isCamera = (source: unknown): source is SimulatedVideoDeviceInfo => source instanceof SimulatedVideoDeviceInfo;

/** Creates the look-alike class bound to one simulator (virtual cameras paint a canvas). */
export function createLookAlikeLocalVideoStream(ctx: SimContext): LocalVideoStreamCtor {
  class SimulatedLocalVideoStream implements LookAlikeLocalVideoStream {
    #source: VideoDeviceInfo;
    #mediaStream: MediaStream | undefined;
    #ownStream: MediaStream | undefined;
    #fallback: CanvasVideoSource | undefined;
    /** The tracks handed out by `getMediaStream()` (clones: disposing the stream ends them, not the camera). */
    readonly #handedOut: MediaStreamTrack[] = [];
    readonly #type: MediaStreamType;
    readonly #events: Emitter<'videoSourceChanged'>;
    readonly #features = new Map<string, unknown>();
    #disposed = false;

    /**
     * A camera the simulator listed, or a `MediaStream`; anything else (no source, a plain copy of a camera, an
     * object that is not a device) throws 400/43003, as the SDK's constructor does.
     */
    constructor(source: VideoDeviceInfo | MediaStream) {
      const raw = typeof MediaStream !== 'undefined' && source instanceof MediaStream;
      if (!raw && !isCamera(source)) throw sdkError(SDK_ERRORS.LVS_WRONG_STREAM_TYPE);
      this.#events = new Emitter(
        ['videoSourceChanged'],
        // The SDK's LocalVideoStream reports an unknown name given to off() with its subscribe error.
        { subject: 'LocalVideoStream', code: 422, subscribeSubCode: 43011, offThrowsSubscribeError: true },
        ctx.registry,
        'LocalVideoStream',
      );
      if (raw) {
        this.#mediaStream = source;
        this.#source = { id: uuid(), name: 'CustomMediaStream', deviceType: 'Virtual' };
        this.#type = 'RawMedia';
      } else {
        this.#source = source as VideoDeviceInfo;
        this.#type = 'Video';
      }
    }

    get source(): VideoDeviceInfo {
      return this.#source;
    }
    get mediaStreamType(): MediaStreamType {
      return this.#type;
    }
    get canvasSource(): CanvasVideoSource | undefined {
      return this.#type === 'Video' ? ctx.cameraSource?.(this.#source.id) : undefined;
    }

    /**
     * Switches to another camera the simulator listed: the same camera is 400/43005; anything else that is not a
     * listed camera (a plain copy, a bogus object, nothing) is 400/43004.
     */
    async switchSource(source: VideoDeviceInfo): Promise<void> {
      if (!isCamera(source)) throw sdkError(SDK_ERRORS.SWITCH_SOURCE_WRONG_TYPE);
      if (source.id === this.#source.id) throw sdkError(SDK_ERRORS.SWITCH_SAME_SOURCE);
      await ctx.wait();
      this.#stopOwn();
      this.#source = source;
      this.#events.emit('videoSourceChanged', { source: this });
    }

    /**
     * A new `MediaStream` on each call (the SDK's does the same), whose tracks end when this stream is disposed. A
     * placeholder camera (listed while the camera is not allowed) gives none: 500/43007.
     */
    async getMediaStream(): Promise<MediaStream> {
      const media = await this.#media();
      const tracks = media.getTracks().map((t) => t.clone());
      this.#handedOut.push(...tracks);
      return new MediaStream(tracks);
    }

    async #media(): Promise<MediaStream> {
      if (this.#mediaStream) return this.#mediaStream;
      const camera = this.#source as SimulatedVideoDeviceInfo;
      if (!camera.id || camera.id === 'camera:') throw sdkError(SDK_ERRORS.VIDEO_GET_MEDIA_STREAM);
      const virtual = this.canvasSource;
      if (virtual) return virtual.mediaStream;
      if (!this.#ownStream) {
        const deviceId = camera.id.replace(/^camera:/, '');
        try {
          this.#ownStream = await navigator.mediaDevices.getUserMedia({
            video: deviceId ? { deviceId: { exact: deviceId } } : true,
          });
        } catch {
          this.#fallback ??= new CanvasVideoSource(ctx.ticker, {
            label: 'You',
            caption: camera.name,
            kind: 'local',
          });
          return this.#fallback.mediaStream;
        }
      }
      return this.#ownStream;
    }

    async setMediaStream(source: MediaStream): Promise<void> {
      this.#mediaStream = source;
      this.#events.emit('videoSourceChanged', { source: this });
    }

    /** The stream's features: `Features.VideoEffects` (the simulator's, or the real token's). */
    feature<T>(factory: unknown): T {
      const name = featureName(factory, ctx);
      if (name !== 'VideoEffects') throw sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'Feature failed' });
      let feature = this.#features.get(name);
      if (!feature) this.#features.set(name, (feature = new SimulatedVideoEffects(ctx)));
      return feature as T;
    }

    on(event: 'videoSourceChanged', listener: VideoSourceChangedEvent): void;
    on(event: string, listener: AnyListener): void {
      this.#events.on(event, listener);
    }
    off(event: 'videoSourceChanged', listener: VideoSourceChangedEvent): void;
    off(event: string, listener: AnyListener): void {
      this.#events.off(event, listener);
    }

    /** Live listeners on this stream. */
    listenerCount(): number {
      return this.#events.listenerCount();
    }

    /** Ends the tracks it handed out and releases the camera. */
    dispose(): void {
      if (this.#disposed) return;
      this.#disposed = true;
      for (const track of this.#handedOut.splice(0)) track.stop();
      this.#stopOwn();
      this.#fallback?.dispose();
    }

    #stopOwn(): void {
      this.#ownStream?.getTracks().forEach((t) => t.stop());
      this.#ownStream = undefined;
    }
  }
  // A look-alike, not the SDK class (which has private members): cast to the SDK's constructor type.
  return SimulatedLocalVideoStream as unknown as LocalVideoStreamCtor;
}

/** The camera a SDK-backed stream shows (kept outside the instance: the SDK's constructor runs before fields exist). */
const cameraOf = new WeakMap<object, VideoDeviceInfo>();

/**
 * With the real SDK: its `LocalVideoStream` only accepts the SDK's own `VideoDeviceInfo` objects (from its real
 * device manager) or a `MediaStream`. This subclass of the real class accepts the simulator's cameras too: it
 * feeds the real class the camera's `MediaStream` (the virtual camera's canvas, or `getUserMedia` for a browser
 * device) and reports the camera as `source` with `mediaStreamType` `'Video'`, like a real camera stream.
 * Instances are real `LocalVideoStream`s (`instanceof` holds).
 */
export function createSdkBackedLocalVideoStream(
  ctx: SimContext,
  Base: typeof import('@azure/communication-calling').LocalVideoStream,
): LocalVideoStreamCtor {
  const isPlain = isCamera;
  const placeholders = new WeakMap<object, CanvasVideoSource>();

  const streamFor = (camera: VideoDeviceInfo): { stream: MediaStream; placeholder?: CanvasVideoSource } => {
    const virtual = ctx.cameraSource?.(camera.id);
    if (virtual) return { stream: virtual.mediaStream };
    const placeholder = new CanvasVideoSource(ctx.ticker, { label: 'You', caption: camera.name, kind: 'local' });
    return { stream: placeholder.mediaStream, placeholder };
  };

  const attachBrowserCamera = (self: LocalVideoStream, camera: VideoDeviceInfo) => {
    const deviceId = camera.id.replace(/^camera:/, '');
    if (!deviceId || typeof navigator === 'undefined' || !navigator.mediaDevices) return;
    void navigator.mediaDevices
      .getUserMedia({ video: { deviceId: { exact: deviceId } } })
      .then((stream) =>
        cameraOf.get(self) === camera ? self.setMediaStream(stream) : stream.getTracks().forEach((t) => t.stop()),
      )
      .catch(() => undefined);
  };

  class SimulatedCameraLocalVideoStream extends Base {
    constructor(source: VideoDeviceInfo | MediaStream, options?: { autoDisposeOnCallEnd?: boolean }) {
      const camera = isPlain(source) ? source : undefined;
      const fed = camera ? streamFor(camera) : undefined;
      super((fed?.stream ?? source) as MediaStream, options);
      if (camera) {
        cameraOf.set(this, camera);
        if (fed?.placeholder) {
          placeholders.set(this, fed.placeholder);
          attachBrowserCamera(this, camera);
        }
      }
    }

    override get source(): VideoDeviceInfo {
      return cameraOf.get(this) ?? super.source;
    }

    /** As the SDK: the placeholder camera (listed while the camera is not allowed) gives no media, 500/43007. */
    override async getMediaStream(): Promise<MediaStream> {
      const camera = cameraOf.get(this);
      if (camera && (!camera.id || camera.id === 'camera:')) throw sdkError(SDK_ERRORS.VIDEO_GET_MEDIA_STREAM);
      return super.getMediaStream();
    }

    override get mediaStreamType(): MediaStreamType {
      return cameraOf.has(this) ? 'Video' : super.mediaStreamType;
    }

    /** @internal The painted source of a virtual camera, if any (the simulator's renderer uses it). */
    get canvasSource(): CanvasVideoSource | undefined {
      const camera = cameraOf.get(this);
      return camera ? ctx.cameraSource?.(camera.id) : undefined;
    }

    override async switchSource(source: VideoDeviceInfo): Promise<void> {
      if (!isPlain(source)) return super.switchSource(source);
      const current = cameraOf.get(this);
      if (current?.id === source.id) throw sdkError(SDK_ERRORS.SWITCH_SAME_SOURCE);
      const fed = streamFor(source);
      placeholders.get(this)?.dispose();
      if (fed.placeholder) placeholders.set(this, fed.placeholder);
      else placeholders.delete(this);
      cameraOf.set(this, source);
      await this.setMediaStream(fed.stream);
      if (fed.placeholder) attachBrowserCamera(this, source);
    }

    override dispose(): void {
      placeholders.get(this)?.dispose();
      placeholders.delete(this);
      super.dispose();
    }
  }
  return SimulatedCameraLocalVideoStream as unknown as LocalVideoStreamCtor;
}
