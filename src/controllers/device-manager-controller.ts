import type { ReactiveControllerHost } from 'lit';
import { describeError, type AcsErrorDetail } from '../events/acs-error.js';
import type { AudioDeviceInfo, DeviceManager, DeviceManagerEventName, VideoDeviceInfo } from '../sdk/index.js';
import { SubscriptionController } from './subscription-controller.js';

/** The device manager events that change what a device UI shows. */
export const DEVICE_MANAGER_EVENTS = [
  'videoDevicesUpdated',
  'audioDevicesUpdated',
  'selectedMicrophoneChanged',
  'selectedSpeakerChanged',
] as const satisfies readonly DeviceManagerEventName[];

/** What a `*DevicesUpdated` event carries. */
export interface DevicesUpdated<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

/**
 * A placeholder the SDK lists before permission is granted (id `camera:`, `microphone:`, name `''`): not a
 * device a user can choose. A real device with a blank label is one (the picker gives it a numbered name).
 */
export const isRealDevice = (d: { id: string; name: string }): boolean => !d.id.endsWith(':');

const realOrNone = <D extends { id: string; name: string }>(d: D | undefined): D | undefined =>
  d && isRealDevice(d) ? d : undefined;

/** What a {@link DeviceManagerController} tells its host. */
export interface DeviceManagerCallbacks {
  /**
   * Called at once on each `*DevicesUpdated` event (the host can note what was selected then); may return a
   * function, called once the lists have been fetched again (before the host renders them).
   */
  updated?(
    event: 'videoDevicesUpdated' | 'audioDevicesUpdated',
    change: DevicesUpdated<AudioDeviceInfo | VideoDeviceInfo>,
  ): (() => void) | void;
  /** Listing the devices failed (the element shows `error` and fires `acs-error`). */
  error?(detail: AcsErrorDetail): void;
}

/**
 * Follows the `DeviceManager`: re-renders the host on its device events and keeps the last fetched device lists.
 *
 * The lists come from async `getCameras()` / `getMicrophones()` / `getSpeakers()`, so the arrays last fetched
 * (the SDK's own `DeviceInfo` objects) are kept, and fetched again on every `*DevicesUpdated` event. The
 * selected microphone and speaker are always read from the SDK (`selectedMicrophone`, `selectedSpeaker`).
 */
export class DeviceManagerController extends SubscriptionController<DeviceManager, DeviceManagerEventName> {
  /** The cameras last listed by `getCameras()` (placeholders filtered out). */
  cameras: readonly VideoDeviceInfo[] = [];
  /** The microphones last listed by `getMicrophones()` (placeholders filtered out). */
  microphones: readonly AudioDeviceInfo[] = [];
  /** The speakers last listed by `getSpeakers()` (placeholders filtered out). */
  speakers: readonly AudioDeviceInfo[] = [];
  /**
   * The kinds the SDK lists only as its placeholder: there are such devices, but the site may not use them yet
   * (permission not asked, or refused). A kind with no device at all is not listed here.
   */
  awaitingPermission: Readonly<{ camera: boolean; microphone: boolean }> = { camera: false, microphone: false };
  /** The last failure to list devices. */
  error?: AcsErrorDetail;
  /** Whether the lists of the current device manager have been fetched (until then, "no camera" is not known). */
  listed = false;
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: DeviceManagerCallbacks;
  #fetch = 0;
  #fetched?: Promise<void>;

  constructor(host: ReactiveControllerHost, callbacks: DeviceManagerCallbacks = {}) {
    super(host, {
      events: DEVICE_MANAGER_EVENTS,
      onEvent: (event, args) => {
        if (event === 'videoDevicesUpdated' || event === 'audioDevicesUpdated') {
          const then = callbacks.updated?.(event, args[0] as DevicesUpdated<AudioDeviceInfo>);
          void this.refresh(then || undefined);
        }
      },
    });
    this.#host = host;
    this.#callbacks = callbacks;
  }

  /** The device manager followed. */
  get deviceManager(): DeviceManager | undefined {
    return this.target;
  }

  /**
   * `deviceManager.selectedMicrophone`, read from the SDK; none while it is the placeholder (before permission the
   * SDK selects its placeholder device, which is no microphone).
   */
  get selectedMicrophone(): AudioDeviceInfo | undefined {
    return realOrNone(this.target?.selectedMicrophone);
  }

  /** `deviceManager.selectedSpeaker`, read from the SDK; none while it is the placeholder. */
  get selectedSpeaker(): AudioDeviceInfo | undefined {
    return realOrNone(this.target?.selectedSpeaker);
  }

  /** `deviceManager.isSpeakerSelectionAvailable` (false in Safari and Firefox on some platforms). */
  get isSpeakerSelectionAvailable(): boolean {
    return this.target?.isSpeakerSelectionAvailable ?? false;
  }

  /** Resolves when the lists of the current device manager have been fetched once. */
  get fetched(): Promise<void> {
    return this.#fetched ?? Promise.resolve();
  }

  /** The device manager followed; a new one empties the lists and fetches its own. */
  override get target(): DeviceManager | undefined {
    return super.target;
  }

  override set target(next: DeviceManager | undefined) {
    if (next === super.target) return;
    super.target = next;
    this.cameras = this.microphones = this.speakers = [];
    this.awaitingPermission = { camera: false, microphone: false };
    this.listed = false;
    this.#fetched = this.refresh();
  }

  override hostConnected(): void {
    super.hostConnected();
    // Devices may have changed while the host was away (no events were followed then).
    if (this.target) this.#fetched = this.refresh();
  }

  /** Lists the devices again (a failure is kept as `error` and told to the host), then calls `then`. */
  async refresh(then?: () => void): Promise<void> {
    const dm = this.target;
    if (!dm) return;
    const fetch = ++this.#fetch;
    let operation = 'getCameras';
    try {
      const cameras = await dm.getCameras();
      operation = 'getMicrophones';
      const microphones = await dm.getMicrophones();
      operation = 'getSpeakers';
      const speakers = await dm.getSpeakers();
      if (fetch !== this.#fetch || dm !== this.target) return;
      this.cameras = cameras.filter(isRealDevice);
      this.microphones = microphones.filter(isRealDevice);
      this.speakers = speakers.filter(isRealDevice);
      this.awaitingPermission = {
        camera: cameras.length > 0 && this.cameras.length === 0,
        microphone: microphones.length > 0 && this.microphones.length === 0,
      };
      this.error = undefined;
      this.listed = true;
      then?.();
    } catch (error) {
      if (fetch !== this.#fetch) return;
      this.error = describeError(operation, error);
      this.#callbacks.error?.(this.error);
    }
    this.#host.requestUpdate();
  }
}
