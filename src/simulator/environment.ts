/**
 * The browser's side of media permissions, simulated coherently with the simulated `DeviceManager`: what
 * `navigator.permissions.query()` says for the camera and the microphone, what `getUserMedia()` gives or why it
 * fails, and what `enumerateDevices()` lists. Elements read these through `sim.sdk.environment` (the real browser
 * otherwise), so a simulated "denied" scenario is denied everywhere: the SDK, the Permissions API and
 * `getUserMedia` agree.
 */
import type { PermissionEnvironment, PermissionStatusLike } from '../sdk/index.js';

/** A `PermissionStatus` whose state the simulator sets (it fires `change`, as the browser's does). */
export class SimulatedPermissionStatus extends EventTarget implements PermissionStatusLike {
  readonly name: 'camera' | 'microphone';
  #state: PermissionState;
  /** `onchange`, as on the browser's `PermissionStatus`. */
  onchange: ((this: SimulatedPermissionStatus, event: Event) => unknown) | null = null;

  constructor(name: 'camera' | 'microphone', state: PermissionState) {
    super();
    this.name = name;
    this.#state = state;
  }

  get state(): PermissionState {
    return this.#state;
  }

  /** @internal Sets the state (from the device manager) and fires `change` when it changed. */
  set(state: PermissionState): void {
    if (state === this.#state) return;
    this.#state = state;
    const event = new Event('change');
    this.dispatchEvent(event);
    this.onchange?.call(this, event);
  }

  /** Listeners added and not removed (for leak tests). */
  get listenerCount(): number {
    return this.#listeners;
  }

  #listeners = 0;

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[1]) this.#listeners++;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[1]) this.#listeners = Math.max(0, this.#listeners - 1);
    super.removeEventListener(...args);
  }
}

/** What the simulated browser needs from the device manager. */
export interface SimulatedBrowserSource {
  /** The permission statuses (one object each for the page, like the browser's). */
  readonly statuses: Readonly<Record<'camera' | 'microphone', SimulatedPermissionStatus>>;
  /** `getUserMedia` as the simulated user and OS answer it. */
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  /** The virtual devices, labelled once their kind is allowed. */
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

/** A {@link PermissionEnvironment} backed by a simulated device manager. */
export function createSimulatedEnvironment(source: SimulatedBrowserSource): PermissionEnvironment {
  return {
    permissions: {
      query: async ({ name }) => {
        if (name !== 'camera' && name !== 'microphone')
          throw new TypeError(`The simulated Permissions API knows camera and microphone only, not "${name}".`);
        return source.statuses[name];
      },
    },
    mediaDevices: {
      getUserMedia: (constraints?: MediaStreamConstraints) => source.getUserMedia(constraints ?? {}),
      enumerateDevices: () => source.enumerateDevices(),
    },
  };
}

/** The `DOMException` a browser rejects `getUserMedia` with. */
export const mediaError = (name: string, message: string): DOMException => new DOMException(message, name);
