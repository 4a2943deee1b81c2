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
import { SimulatedCallingError } from './errors.js';
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

/** Creates the look-alike class bound to one simulator (virtual cameras paint a canvas). */
export function createLookAlikeLocalVideoStream(ctx: SimContext): LocalVideoStreamCtor {
  class SimulatedLocalVideoStream implements LookAlikeLocalVideoStream {
    #source: VideoDeviceInfo;
    #mediaStream: MediaStream | undefined;
    #ownStream: MediaStream | undefined;
    #fallback: CanvasVideoSource | undefined;
    readonly #type: MediaStreamType;
    readonly #events: Emitter<'videoSourceChanged'>;
    #disposed = false;

    constructor(source: VideoDeviceInfo | MediaStream) {
      this.#events = new Emitter(
        ['videoSourceChanged'],
        { subject: 'LocalVideoStream', code: 422, subscribeSubCode: 43011, unsubscribeSubCode: 43012 },
        ctx.registry,
        'LocalVideoStream',
      );
      if (typeof MediaStream !== 'undefined' && source instanceof MediaStream) {
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

    async switchSource(source: VideoDeviceInfo): Promise<void> {
      await ctx.wait();
      if (source.id === this.#source.id) {
        throw new SimulatedCallingError({
          message: "Failed to switch video device, unable to switch to the same video device, it's already selected.",
          code: 400,
          subCode: 43005,
        });
      }
      this.#stopOwn();
      this.#source = source;
      this.#events.emit('videoSourceChanged', { source: this });
    }

    async getMediaStream(): Promise<MediaStream> {
      if (this.#mediaStream) return this.#mediaStream;
      const virtual = this.canvasSource;
      if (virtual) return virtual.mediaStream;
      if (!this.#ownStream) {
        const deviceId = this.#source.id.replace(/^camera:/, '');
        try {
          this.#ownStream = await navigator.mediaDevices.getUserMedia({
            video: deviceId ? { deviceId: { exact: deviceId } } : true,
          });
        } catch {
          this.#fallback ??= new CanvasVideoSource(ctx.ticker, {
            label: 'You',
            caption: this.#source.name,
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

    feature(): never {
      throw new SimulatedCallingError({
        message: 'The simulated LocalVideoStream has no features (pass the real SDK to createSimulator).',
        code: 400,
      });
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

    dispose(): void {
      if (this.#disposed) return;
      this.#disposed = true;
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
  const isPlain = (x: unknown): x is VideoDeviceInfo =>
    typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
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
      if (current?.id === source.id) {
        throw new SimulatedCallingError({
          message: "Failed to switch video device, unable to switch to the same video device, it's already selected.",
          code: 400,
          subCode: 43005,
        });
      }
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
