import { createContext } from '@lit/context';
import type { AcsSdk, LocalVideoStream, VideoDeviceInfo } from '../sdk/index.js';

/** The one event a {@link LocalMedia} fires. */
export type LocalMediaEventName = 'changed';

/**
 * The local user's media choices that no single SDK object holds, shared by the elements of one
 * `<acs-call-provider>`:
 *
 * - `camera`: the camera the user chose (in `<acs-device-picker>`); the SDK has no "selected camera", so the
 *   camera button starts video with this one, and the picker shows it.
 * - `preview`: the camera stream turned on before a call (with `<acs-camera-button>`): `<acs-video-grid>` shows
 *   it as the local tile, and the provider joins with it, so the call starts with video.
 *
 * It fires `changed` (followed through `on`/`off`, like an SDK object) when either changes. Everything else is
 * read from the SDK at render time.
 */
export class LocalMedia {
  #camera?: VideoDeviceInfo;
  #preview?: LocalVideoStream;
  readonly #listeners = new Set<() => void>();

  /** The camera the user chose, if any (an SDK `VideoDeviceInfo`, kept as the SDK gave it). */
  get camera(): VideoDeviceInfo | undefined {
    return this.#camera;
  }

  set camera(device: VideoDeviceInfo | undefined) {
    if (device?.id === this.#camera?.id && device === this.#camera) return;
    this.#camera = device;
    this.#changed();
  }

  /** The camera stream started before a call, if any. */
  get preview(): LocalVideoStream | undefined {
    return this.#preview;
  }

  /**
   * Turns the camera on before a call: a `LocalVideoStream` of `camera` (built with the SDK's class, as the SDK
   * requires its own objects). A preview already on is kept.
   */
  startPreview(sdk: AcsSdk, camera: VideoDeviceInfo): LocalVideoStream {
    if (this.#preview) return this.#preview;
    this.#preview = new sdk.LocalVideoStream(camera);
    this.#changed();
    return this.#preview;
  }

  /**
   * Turns the preview off (`keep`: the stream now belongs to a call, which stops it; otherwise it is disposed
   * where the SDK can dispose it).
   */
  stopPreview(keep = false): void {
    const stream = this.#preview;
    if (!stream) return;
    this.#preview = undefined;
    // The elements let go of it first (the grid releases its view), then it is disposed.
    this.#changed();
    if (!keep) (stream as { dispose?: () => void }).dispose?.();
  }

  on(_event: LocalMediaEventName, listener: () => void): void {
    this.#listeners.add(listener);
  }

  off(_event: LocalMediaEventName, listener: () => void): void {
    this.#listeners.delete(listener);
  }

  /** @internal Listeners held (for leak tests). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The local media choices of a provider's elements, provided by `<acs-call-provider>`. */
export const localMediaContext = createContext<LocalMedia | undefined>('acs-ce/local-media');
