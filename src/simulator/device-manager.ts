/**
 * Simulated `DeviceManager`: a virtual device list (or the browser's real one), device selection, hot-plug and
 * every permission outcome a UI must handle.
 */
import { uuid } from './uuid.js';
import type {
  AudioDeviceInfo,
  AudioDeviceType,
  DeviceAccess,
  DeviceManager,
  PermissionConstraints,
  StartPreheatDeviceParameters,
  StopPreheatDeviceParameters,
  VideoDeviceInfo,
  VideoDeviceType,
} from '@azure/communication-calling';
import type { DeviceManagerEventName, PermissionEnvironment } from '../sdk/index.js';
import { createSimulatedEnvironment, mediaError, SimulatedPermissionStatus } from './environment.js';
import type { SimContext } from './context.js';
import { FailureQueue, toFailure } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError, type SdkErrorDefinition } from './errors.js';
import { CanvasVideoSource } from './media.js';
import type { ListenerOf } from './types.js';

/** Every `DeviceManager` event, checked against the SDK's overloads. */
export const DEVICE_MANAGER_EVENTS = {
  videoDevicesUpdated: 'collection',
  audioDevicesUpdated: 'collection',
  selectedMicrophoneChanged: 'property',
  selectedSpeakerChanged: 'property',
} as const satisfies Record<DeviceManagerEventName, 'collection' | 'property'>;

/**
 * What the next `askDevicePermission()` does:
 * - `'granted'`: resolves `{audio, video}` true for what was asked; device lists fill in.
 * - `'denied'`: the user blocked the site in the browser. Resolves false (never throws, like the SDK);
 *   `lastPermissionError` is `NotAllowedError` "Permission denied"; `permissionState` becomes `'denied'`.
 * - `'denied-os'`: the OS blocks the browser (macOS Privacy & Security, Windows privacy settings). Resolves false;
 *   `lastPermissionError` is `NotAllowedError` "Permission denied by system" (Chrome's message). The user allowed
 *   the site in the browser's prompt, so `permissionState` becomes `'granted'`: only `getUserMedia` tells.
 * - `'prompt'`: the user has not answered: the promise does not settle until the outcome is changed with
 *   `simulate.permission(...)` (exercises the browser's 20 s timeout and a UI's watchdog).
 * - `'dismissed'`: the user closed the prompt. Resolves false; `NotAllowedError` "Permission dismissed";
 *   `permissionState` stays `'prompt'`.
 */
export type PermissionOutcome = 'granted' | 'denied' | 'denied-os' | 'prompt' | 'dismissed';

/** The error the browser gave the last permission request (a plain copy of the `DOMException`'s name/message). */
export interface PermissionErrorInfo {
  /** `'NotAllowedError'` for every denial; `'NotFoundError'`, `'NotReadableError'`... from a real browser. */
  readonly name: string;
  /** `'Permission denied'`, `'Permission denied by system'`, `'Permission dismissed'`. */
  readonly message: string;
  /** Which outcome produced it. */
  readonly outcome: Exclude<PermissionOutcome, 'granted' | 'prompt'> | 'browser';
}

/** What `navigator.permissions.query({name: 'camera' | 'microphone'})` would report. */
export interface SimulatedPermissionState {
  readonly camera: PermissionState;
  readonly microphone: PermissionState;
}

/** A virtual device to plug in. `id` is prefixed with `camera:` / `microphone:` / `speaker:` when it is not already. */
export interface VirtualDeviceInit {
  readonly kind: 'camera' | 'microphone' | 'speaker';
  readonly name: string;
  readonly id?: string;
  /** Audio only: the OS default device. */
  readonly isSystemDefault?: boolean;
  readonly deviceType?: VideoDeviceType | AudioDeviceType;
}

/** A virtual device list. */
export interface VirtualDevices {
  readonly cameras?: ReadonlyArray<Omit<VirtualDeviceInit, 'kind'>>;
  readonly microphones?: ReadonlyArray<Omit<VirtualDeviceInit, 'kind'>>;
  readonly speakers?: ReadonlyArray<Omit<VirtualDeviceInit, 'kind'>>;
}

/** The default virtual devices: 2 cameras, 3 microphones, 3 speakers (default first, like Chrome). */
export const DEFAULT_VIRTUAL_DEVICES: VirtualDevices = {
  cameras: [
    { id: 'sim-integrated', name: 'Integrated Camera (simulated)' },
    { id: 'sim-usb', name: 'USB Camera (simulated)' },
  ],
  microphones: [
    { id: 'default', name: 'Default - Headset Microphone (simulated)', isSystemDefault: true },
    { id: 'sim-headset', name: 'Headset Microphone (simulated)' },
    { id: 'sim-builtin', name: 'Built-in Microphone (simulated)' },
  ],
  speakers: [
    { id: 'default', name: 'Default - Headset Earphones (simulated)', isSystemDefault: true },
    { id: 'sim-headset', name: 'Headset Earphones (simulated)' },
    { id: 'sim-builtin', name: 'Built-in Speakers (simulated)' },
  ],
};

/** `DeviceManager` methods `simulate.failNext()` can make fail. */
export type DeviceManagerMethod = 'askDevicePermission' | 'selectMicrophone' | 'selectSpeaker' | 'startPreheatDevices';

const METHOD_ERRORS = {
  askDevicePermission: SDK_ERRORS.ADP_FAIL,
  selectMicrophone: SDK_ERRORS.SELECT_MICROPHONE_FAIL,
  selectSpeaker: SDK_ERRORS.SELECT_SPEAKER_FAIL,
  startPreheatDevices: SDK_ERRORS.ADP_FAIL,
} as const satisfies Record<DeviceManagerMethod, SdkErrorDefinition>;

/** Control API of the simulated device manager. */
export interface DeviceManagerSimulation {
  /** Plugs a device in (`videoDevicesUpdated` / `audioDevicesUpdated` with `added`, when permission is granted). */
  plug(device: VirtualDeviceInit): VideoDeviceInfo | AudioDeviceInfo;
  /**
   * Unplugs a device by id. If it was the selected microphone or speaker, the system default (or the first
   * remaining device) is selected and `selectedMicrophoneChanged` / `selectedSpeakerChanged` fires, as the SDK does.
   */
  unplug(id: string): void;
  /** Sets the outcome of permission requests; a pending `'prompt'` request settles with the new outcome. */
  permission(outcome: PermissionOutcome): void;
  /**
   * The user changes the site's permission in the browser's settings (another tab, the address bar): the
   * Permissions API reports `state` (firing `change`), and the device lists follow, as the SDK's do: `granted`
   * lists the devices, `denied` and `prompt` leave the placeholders. Later requests keep their outcome.
   */
  sitePermission(name: 'camera' | 'microphone', state: PermissionState): void;
  /** Whether speaker selection is available (Safari/Firefox: false). */
  speakerSelection(available: boolean): void;
  /**
   * The user's voice level at the microphone, 0 to 100: the `Volume` of every live `LocalAudioStream` takes it
   * (firing `levelChanged` when it changes), as a level meter shows it.
   */
  microphoneLevel(level: number): void;
  /** The next call of `method` rejects with an SDK-shaped error (or the given one). */
  failNext(method: DeviceManagerMethod, error?: Error | Partial<SdkErrorDefinition>): void;
  /** The current outcome. */
  readonly outcome: PermissionOutcome;
  /**
   * The detailed reason of the last failed permission request, as the browser reported it. A UI tells
   * OS-level denial (`message === 'Permission denied by system'`) from browser-level denial (`'Permission denied'`,
   * with `permissionState` `'denied'`) and from a dismissed prompt (`'Permission dismissed'`).
   * `undefined` after a granted request.
   */
  readonly lastPermissionError: PermissionErrorInfo | undefined;
  /** What the Permissions API (`navigator.permissions.query`) reports for camera and microphone. */
  readonly permissionState: SimulatedPermissionState;
  /** Which kinds are granted (device lists are real only for those). */
  readonly granted: Readonly<DeviceAccess>;
  /** `askDevicePermission` calls still waiting for an answer (outcome `'prompt'`). */
  readonly pendingRequests: number;
}

/** Options of the simulated device manager (from `createSimulator`). */
export interface DeviceManagerOptions {
  devices: 'virtual' | 'browser' | VirtualDevices;
  permission: PermissionOutcome;
  preGranted: boolean;
  isSpeakerSelectionAvailable: boolean;
}

type DeviceKind = VirtualDeviceInit['kind'];
const PREFIX: Record<DeviceKind, string> = { camera: 'camera:', microphone: 'microphone:', speaker: 'speaker:' };

/**
 * A camera, microphone or speaker as the SDK hands it out: an instance of an SDK class, with its values in own
 * `_` fields read through prototype getters, and a reference back to its device manager. Like the SDK's, it cannot
 * be serialised (`JSON.stringify` meets the cycle through the device manager) or cloned (`structuredClone`), and
 * a plain copy of it (`{...device}`, `{id, name}`) is not a device: `LocalVideoStream` and `switchSource` refuse it.
 */
export class SimulatedDeviceInfo {
  _name: string;
  _id: string;
  _deviceType: string;
  _deviceManager: SimulatedDeviceManager;

  constructor(deviceManager: SimulatedDeviceManager, id: string, name: string, deviceType: string) {
    this._name = name;
    this._id = id;
    this._deviceType = deviceType;
    this._deviceManager = deviceManager;
  }

  get id(): string {
    return this._id;
  }
  get name(): string {
    return this._name;
  }
  get deviceType(): string {
    return this._deviceType;
  }
  /** The device manager that listed it. */
  get deviceManager(): SimulatedDeviceManager {
    return this._deviceManager;
  }
}

/** A simulated `VideoDeviceInfo` (see {@link SimulatedDeviceInfo}). */
export class SimulatedVideoDeviceInfo extends SimulatedDeviceInfo implements VideoDeviceInfo {
  override get deviceType(): VideoDeviceType {
    return this._deviceType as VideoDeviceType;
  }
}

/** A simulated `AudioDeviceInfo` (see {@link SimulatedDeviceInfo}). */
export class SimulatedAudioDeviceInfo extends SimulatedDeviceInfo implements AudioDeviceInfo {
  _isSystemDefault: boolean;

  constructor(
    deviceManager: SimulatedDeviceManager,
    id: string,
    name: string,
    deviceType: string,
    isSystemDefault: boolean,
  ) {
    super(deviceManager, id, name, deviceType);
    this._isSystemDefault = isSystemDefault;
  }

  override get deviceType(): AudioDeviceType {
    return this._deviceType as AudioDeviceType;
  }
  get isSystemDefault(): boolean {
    return this._isSystemDefault;
  }
}

function toVideo(dm: SimulatedDeviceManager, d: Omit<VirtualDeviceInit, 'kind'>): SimulatedVideoDeviceInfo {
  const id = d.id ?? uuid();
  return new SimulatedVideoDeviceInfo(
    dm,
    id.startsWith(PREFIX.camera) ? id : PREFIX.camera + id,
    d.name,
    (d.deviceType as VideoDeviceType | undefined) ?? 'UsbCamera',
  );
}

function toAudio(
  dm: SimulatedDeviceManager,
  d: Omit<VirtualDeviceInit, 'kind'>,
  kind: 'microphone' | 'speaker',
): SimulatedAudioDeviceInfo {
  const id = d.id ?? uuid();
  return new SimulatedAudioDeviceInfo(
    dm,
    id.startsWith(PREFIX[kind]) ? id : PREFIX[kind] + id,
    d.name,
    (d.deviceType as AudioDeviceType | undefined) ?? (kind === 'microphone' ? 'Microphone' : 'Speaker'),
    d.isSystemDefault ?? false,
  );
}

/** The same audio device, default or not (a new object, as the SDK lists a changed device anew). */
const withDefault = (d: SimulatedAudioDeviceInfo, isSystemDefault: boolean) =>
  new SimulatedAudioDeviceInfo(d._deviceManager, d.id, d.name, d.deviceType, isSystemDefault);

/** How long the SDK waits for a device it does not know before it gives up on the selection. */
const SELECTION_TIMEOUT = 3000;

const ERROR_OF: Record<'denied' | 'denied-os' | 'dismissed', { name: string; message: string }> = {
  denied: { name: 'NotAllowedError', message: 'Permission denied' },
  'denied-os': { name: 'NotAllowedError', message: 'Permission denied by system' },
  dismissed: { name: 'NotAllowedError', message: 'Permission dismissed' },
};

/** A simulated `DeviceManager` (implements the SDK interface). */
export class SimulatedDeviceManager implements DeviceManager {
  readonly #ctx: SimContext;
  readonly #events: Emitter<DeviceManagerEventName>;
  readonly #failures = new FailureQueue<DeviceManagerMethod>();
  readonly #browser: boolean;
  readonly #cameraSources = new Map<string, CanvasVideoSource>();
  #cameras: SimulatedVideoDeviceInfo[] = [];
  #microphones: SimulatedAudioDeviceInfo[] = [];
  #speakers: SimulatedAudioDeviceInfo[] = [];
  #selectedMicrophone: SimulatedAudioDeviceInfo | undefined;
  #selectedSpeaker: SimulatedAudioDeviceInfo | undefined;
  /** The placeholders the SDK lists (and, for audio, selects) while a kind is not allowed. */
  readonly #placeholders = {
    camera: new SimulatedVideoDeviceInfo(this, 'camera:', '', 'UsbCamera'),
    microphone: new SimulatedAudioDeviceInfo(this, 'microphone:', '', 'Microphone', true),
    speaker: new SimulatedAudioDeviceInfo(this, 'speaker:', '', 'Speaker', true),
  };
  /**
   * The lists `getCameras()`, `getMicrophones()` and `getSpeakers()` return: the device manager's own arrays, the
   * same on every call and updated in place, as the SDK's are (a page that mutates one changes the list).
   */
  _cameras: SimulatedVideoDeviceInfo[] = [];
  _microphones: SimulatedAudioDeviceInfo[] = [];
  _speakers: SimulatedAudioDeviceInfo[] = [];
  #speakerSelection: boolean;
  #outcome: PermissionOutcome;
  #granted = { audio: false, video: false };
  /** What the Permissions API says, one status object per kind for the page (like the browser's). */
  readonly #statuses = {
    camera: new SimulatedPermissionStatus('camera', 'prompt'),
    microphone: new SimulatedPermissionStatus('microphone', 'prompt'),
  };
  #lastError: PermissionErrorInfo | undefined;
  #environment?: PermissionEnvironment;
  #pending: (() => void)[] = [];
  #deviceChange: (() => void) | undefined;
  #ready: Promise<void>;

  /** Control API (simulator only). */
  readonly simulate: DeviceManagerSimulation;

  /** @internal Use `sim.callClient.getDeviceManager()`. */
  constructor(ctx: SimContext, options: DeviceManagerOptions) {
    this.#ctx = ctx;
    this.#browser = options.devices === 'browser';
    this.#outcome = options.permission;
    this.#speakerSelection = options.isSpeakerSelectionAvailable;
    this.#events = new Emitter(
      Object.keys(DEVICE_MANAGER_EVENTS),
      { subject: 'DeviceManager', code: 422, subscribeSubCode: 40603, unsubscribeSubCode: 40604 },
      ctx.registry,
      'DeviceManager',
    );
    if (options.preGranted) {
      this.#granted = { audio: true, video: true };
      this.#setPermissionState({ audio: true, video: true }, 'granted');
    }
    if (this.#browser) {
      this.#ready = this.#enumerateBrowser(false);
      const md = navigator.mediaDevices;
      if (md?.addEventListener) {
        this.#deviceChange = () => void this.#enumerateBrowser(true);
        md.addEventListener('devicechange', this.#deviceChange);
      }
    } else {
      const list: VirtualDevices = typeof options.devices === 'object' ? options.devices : DEFAULT_VIRTUAL_DEVICES;
      this.#cameras = (list.cameras ?? []).map((d) => toVideo(this, d));
      this.#microphones = (list.microphones ?? []).map((d) => toAudio(this, d, 'microphone'));
      this.#speakers = (list.speakers ?? []).map((d) => toAudio(this, d, 'speaker'));
      this.#ready = Promise.resolve();
      if (this.#granted.audio) this.#selectDefaults(false);
    }
    ctx.cameraSource = (id) => this.#cameraSource(id);
    this.simulate = this.#createSimulation();
  }

  /** @internal Resolves when the initial device list is known (browser mode). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /**
   * The browser's side of permissions, coherent with this device manager (`sim.sdk.environment` hands it to the
   * elements): the Permissions API states, `getUserMedia` and `enumerateDevices` of the simulated user and OS.
   */
  get environment(): PermissionEnvironment {
    return (this.#environment ??= createSimulatedEnvironment({
      statuses: this.#statuses,
      getUserMedia: (constraints) => this.#getUserMedia(constraints),
      enumerateDevices: () => this.#enumerateDevices(),
    }));
  }

  get isSpeakerSelectionAvailable(): boolean {
    return this.#speakerSelection;
  }
  /** The microphone in use; while the microphone is not allowed, the placeholder (as the SDK selects it). */
  get selectedMicrophone(): AudioDeviceInfo | undefined {
    if (!this.#granted.audio) return this.#microphones.length ? this.#placeholders.microphone : undefined;
    return this.#selectedMicrophone;
  }
  /** The speaker in use; while the microphone is not allowed, the placeholder (as the SDK selects it). */
  get selectedSpeaker(): AudioDeviceInfo | undefined {
    if (!this.#granted.audio) return this.#speakers.length ? this.#placeholders.speaker : undefined;
    return this.#selectedSpeaker;
  }

  /** Cameras; before the camera permission is granted, one placeholder with id `'camera:'` and an empty name. */
  async getCameras(): Promise<VideoDeviceInfo[]> {
    await this.#ready;
    return this.#relist()._cameras;
  }
  /** Microphones; before the microphone permission is granted, one placeholder (`'microphone:'`, empty name). */
  async getMicrophones(): Promise<AudioDeviceInfo[]> {
    await this.#ready;
    return this.#relist()._microphones;
  }
  /** Speakers; before the microphone permission is granted, one placeholder (`'speaker:'`, empty name). */
  async getSpeakers(): Promise<AudioDeviceInfo[]> {
    await this.#ready;
    return this.#relist()._speakers;
  }

  /**
   * Selects a microphone after the latency; fires `selectedMicrophoneChanged` (no payload). As the SDK: no device
   * is 400/40615, a placeholder 400/40616; a device it does not list is waited for 3 s, then it falls back to the
   * default (`selectedMicrophoneChanged`) and rejects 408/40607.
   */
  async selectMicrophone(microphoneDevice: AudioDeviceInfo): Promise<void> {
    if (!microphoneDevice?.id) throw sdkError(SDK_ERRORS.INVALID_DEVICE);
    if (microphoneDevice.id === this.#placeholders.microphone.id) throw sdkError(SDK_ERRORS.DEVICE_NOT_SELECTABLE);
    const device = this.#microphones.find((d) => d.id === microphoneDevice.id);
    if (!device || !this.#granted.audio) {
      await this.#ctx.wait(SELECTION_TIMEOUT);
      if (this.#granted.audio) this.#setMicrophone(this.#defaultOf(this.#microphones));
      throw sdkError(SDK_ERRORS.SELECT_MICROPHONE_TIMEOUT);
    }
    // A queued failure is for a selection the SDK would make (the refusals above come first).
    const failure = this.#failures.take('selectMicrophone');
    await this.#ctx.wait();
    if (failure) throw failure;
    this.#setMicrophone(device);
  }

  /**
   * Selects a speaker after the latency; fires `selectedSpeakerChanged`. Rejects when speaker selection is
   * unavailable; otherwise as {@link SimulatedDeviceManager.selectMicrophone} (408/40609 for an unknown speaker).
   */
  async selectSpeaker(speakerDevice: AudioDeviceInfo): Promise<void> {
    if (!speakerDevice?.id) throw sdkError(SDK_ERRORS.INVALID_DEVICE);
    if (speakerDevice.id === this.#placeholders.speaker.id) throw sdkError(SDK_ERRORS.DEVICE_NOT_SELECTABLE);
    if (!this.#speakerSelection) {
      await this.#ctx.wait();
      throw sdkError(SDK_ERRORS.SELECT_SPEAKER_FAIL);
    }
    const device = this.#speakers.find((d) => d.id === speakerDevice.id);
    if (!device || !this.#granted.audio) {
      await this.#ctx.wait(SELECTION_TIMEOUT);
      if (this.#granted.audio) this.#setSpeaker(this.#defaultOf(this.#speakers));
      throw sdkError(SDK_ERRORS.SELECT_SPEAKER_TIMEOUT);
    }
    const failure = this.#failures.take('selectSpeaker');
    await this.#ctx.wait();
    if (failure) throw failure;
    this.#setSpeaker(device);
  }

  /** Brings the listed arrays in line with the devices and the permissions, in place. */
  #relist(): this {
    const replace = <T>(list: T[], next: T[]) => {
      if (list.length !== next.length || list.some((d, i) => d !== next[i])) list.splice(0, list.length, ...next);
    };
    const { camera, microphone, speaker } = this.#placeholders;
    replace(this._cameras, this.#granted.video ? this.#cameras : this.#cameras.length ? [camera] : []);
    replace(this._microphones, this.#granted.audio ? this.#microphones : this.#microphones.length ? [microphone] : []);
    replace(this._speakers, this.#granted.audio ? this.#speakers : this.#speakers.length ? [speaker] : []);
    return this;
  }

  /**
   * Asks for permission; the result depends on the simulated outcome (see {@link PermissionOutcome}). Never
   * rejects on denial (resolves `{audio: false, video: false}`), like the SDK.
   */
  askDevicePermission(permissionConstraints: PermissionConstraints): Promise<DeviceAccess> {
    const failure = this.#failures.take('askDevicePermission');
    const wanted = { audio: !!permissionConstraints?.audio, video: !!permissionConstraints?.video };
    return new Promise<DeviceAccess>((resolve, reject) => {
      const attempt = async () => {
        await this.#ctx.wait();
        if (failure) return reject(failure);
        if (!permissionConstraints)
          return reject(sdkError({ ...SDK_ERRORS.OPERATION_FAILED, message: 'askDevicePermission failed' }));
        if (!wanted.audio && !wanted.video) return reject(sdkError(SDK_ERRORS.ONE_PERMISSION_ATLEAST));
        if (this.#outcome === 'prompt') {
          this.#pending.push(() => void settle());
          return;
        }
        await settle();
      };
      const settle = async () => {
        try {
          resolve(await this.#applyOutcome(wanted));
        } catch (e) {
          reject(e);
        }
      };
      void attempt();
    });
  }

  async startPreheatDevices(_parameters: StartPreheatDeviceParameters): Promise<void> {
    const failure = this.#failures.take('startPreheatDevices');
    await this.#ctx.wait();
    if (failure) throw failure;
  }

  stopPreheatDevices(_parameters: StopPreheatDeviceParameters): void {}

  on<K extends DeviceManagerEventName>(event: K, listener: ListenerOf<DeviceManager['on'], K>): void;
  on(event: string, listener: AnyListener): void {
    this.#events.on(event, listener);
  }
  off<K extends DeviceManagerEventName>(event: K, listener: ListenerOf<DeviceManager['off'], K>): void;
  off(event: string, listener: AnyListener): void {
    this.#events.off(event, listener);
  }

  /** Live listeners on the device manager. */
  listenerCount(): number {
    return this.#events.listenerCount();
  }

  /** @internal */
  dispose(): void {
    if (this.#deviceChange) navigator.mediaDevices.removeEventListener('devicechange', this.#deviceChange);
    for (const s of this.#cameraSources.values()) s.dispose();
    this.#cameraSources.clear();
    this.#pending = [];
  }

  // ---- internals ----

  #cameraSource(id: string): CanvasVideoSource | undefined {
    if (this.#browser) return undefined;
    const camera = this.#cameras.find((c) => c.id === id);
    if (!camera) return undefined;
    let source = this.#cameraSources.get(id);
    if (!source) {
      source = new CanvasVideoSource(this.#ctx.ticker, { label: 'You', caption: camera.name, kind: 'local' });
      this.#cameraSources.set(id, source);
    }
    return source;
  }

  async #applyOutcome(wanted: { audio: boolean; video: boolean }): Promise<DeviceAccess> {
    const outcome = this.#outcome;
    if (outcome === 'granted') {
      if (this.#browser) {
        const real = await this.#realRequest(wanted);
        if (!real.audio && !real.video && (wanted.audio || wanted.video)) return real;
      }
      this.#lastError = undefined;
      this.#grant(wanted);
      // The state of both kinds, also of the one not asked for.
      return { ...this.#granted };
    }
    const error = ERROR_OF[outcome as 'denied' | 'denied-os' | 'dismissed'];
    this.#lastError = { ...error, outcome: outcome as 'denied' | 'denied-os' | 'dismissed' };
    if (outcome === 'denied') {
      this.#setPermissionState(wanted, 'denied');
      this.#revoke(wanted);
    }
    // The user allowed the site; the operating system refuses the browser.
    if (outcome === 'denied-os') this.#setPermissionState(wanted, 'granted');
    return { audio: this.#granted.audio && !wanted.audio, video: this.#granted.video && !wanted.video };
  }

  /** Sets what the Permissions API says for the kinds in `kinds` (firing `change` on their status objects). */
  #setPermissionState(kinds: { audio: boolean; video: boolean }, state: PermissionState): void {
    if (kinds.video) this.#statuses.camera.set(state);
    if (kinds.audio) this.#statuses.microphone.set(state);
  }

  /** `getUserMedia` as the simulated user and OS answer it: the same outcome as `askDevicePermission`. */
  #getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
    const wanted = { audio: !!constraints.audio, video: !!constraints.video };
    return new Promise<MediaStream>((resolve, reject) => {
      const settle = () => {
        if (!wanted.audio && !wanted.video)
          return reject(new TypeError('At least one of audio and video must be requested'));
        if ((wanted.video && !this.#cameras.length) || (wanted.audio && !this.#microphones.length))
          return reject(mediaError('NotFoundError', 'Requested device not found'));
        const outcome = this.#outcome;
        if (outcome === 'granted') {
          this.#grant(wanted);
          return resolve(new MediaStream());
        }
        const error = ERROR_OF[outcome as 'denied' | 'denied-os' | 'dismissed'];
        if (outcome === 'denied') this.#setPermissionState(wanted, 'denied');
        if (outcome === 'denied-os') this.#setPermissionState(wanted, 'granted');
        reject(mediaError(error.name, error.message));
      };
      void this.#ctx.wait().then(() => (this.#outcome === 'prompt' ? this.#pending.push(settle) : settle()));
    });
  }

  /** The virtual devices as `enumerateDevices()` lists them: labels only for the kinds allowed. */
  async #enumerateDevices(): Promise<MediaDeviceInfo[]> {
    await this.#ready;
    const info = (kind: MediaDeviceKind, d: { id: string; name: string }, allowed: boolean) =>
      ({ kind, deviceId: allowed ? d.id : '', groupId: '', label: allowed ? d.name : '' }) as MediaDeviceInfo;
    return [
      ...this.#microphones.map((d) => info('audioinput', d, this.#granted.audio)),
      ...this.#cameras.map((d) => info('videoinput', d, this.#granted.video)),
      ...this.#speakers.map((d) => info('audiooutput', d, this.#granted.audio)),
    ];
  }

  async #realRequest(wanted: { audio: boolean; video: boolean }): Promise<DeviceAccess> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(wanted);
      const access = { audio: stream.getAudioTracks().length > 0, video: stream.getVideoTracks().length > 0 };
      stream.getTracks().forEach((t) => t.stop());
      await this.#enumerateBrowser(false);
      return access;
    } catch (e) {
      const err = e as { name?: string; message?: string };
      this.#lastError = { name: err.name ?? 'Error', message: err.message ?? String(e), outcome: 'browser' };
      return { audio: false, video: false };
    }
  }

  #grant(wanted: { audio: boolean; video: boolean }): void {
    const before = { ...this.#granted };
    this.#granted = { audio: before.audio || wanted.audio, video: before.video || wanted.video };
    this.#setPermissionState(wanted, 'granted');
    this.#relist();
    const { camera, microphone, speaker } = this.#placeholders;
    if (!before.video && this.#granted.video && this.#cameras.length) {
      this.#events.emit('videoDevicesUpdated', { added: [...this.#cameras], removed: [camera] });
    }
    if (!before.audio && this.#granted.audio) {
      const added = [...this.#microphones, ...this.#speakers];
      if (added.length) this.#events.emit('audioDevicesUpdated', { added, removed: [microphone, speaker] });
      // The placeholders were selected: the real devices are now.
      this.#selectDefaults(false);
      if (this.#microphones.length) this.#events.emit('selectedMicrophoneChanged');
      if (this.#speakers.length && this.#speakerSelection) this.#events.emit('selectedSpeakerChanged');
    }
  }

  #revoke(wanted: { audio: boolean; video: boolean }): void {
    const { camera, microphone, speaker } = this.#placeholders;
    if (wanted.video && this.#granted.video) {
      this.#granted = { ...this.#granted, video: false };
      this.#relist();
      this.#events.emit('videoDevicesUpdated', { added: [camera], removed: [...this.#cameras] });
    }
    if (wanted.audio && this.#granted.audio) {
      this.#granted = { ...this.#granted, audio: false };
      this.#relist();
      this.#events.emit('audioDevicesUpdated', {
        added: [microphone, speaker],
        removed: [...this.#microphones, ...this.#speakers],
      });
      // The placeholders are selected now.
      if (this.#microphones.length) this.#events.emit('selectedMicrophoneChanged');
      if (this.#speakers.length && this.#speakerSelection) this.#events.emit('selectedSpeakerChanged');
    }
  }

  #defaultOf<T extends AudioDeviceInfo>(list: T[]): T | undefined {
    return list.find((d) => d.isSystemDefault) ?? list[0];
  }

  #selectDefaults(emit: boolean): void {
    const mic = this.#selectedMicrophone ?? this.#defaultOf(this.#microphones);
    const speaker = this.#speakerSelection ? (this.#selectedSpeaker ?? this.#defaultOf(this.#speakers)) : undefined;
    if (emit) {
      this.#setMicrophone(mic);
      this.#setSpeaker(speaker);
    } else {
      this.#selectedMicrophone = mic;
      this.#selectedSpeaker = speaker;
    }
  }

  #setMicrophone(device: SimulatedAudioDeviceInfo | undefined): void {
    if (this.#selectedMicrophone === device) return;
    this.#selectedMicrophone = device;
    if (this.#granted.audio) this.#events.emit('selectedMicrophoneChanged');
  }

  #setSpeaker(device: SimulatedAudioDeviceInfo | undefined): void {
    if (this.#selectedSpeaker === device) return;
    this.#selectedSpeaker = device;
    if (this.#granted.audio) this.#events.emit('selectedSpeakerChanged');
  }

  #plug(init: VirtualDeviceInit): VideoDeviceInfo | AudioDeviceInfo {
    if (init.kind === 'camera') {
      const d = toVideo(this, init);
      this.#cameras = [...this.#cameras.filter((c) => c.id !== d.id), d];
      this.#relist();
      if (this.#granted.video) this.#events.emit('videoDevicesUpdated', { added: [d], removed: [] });
      return d;
    }
    const d = toAudio(this, init, init.kind);
    const key = init.kind === 'microphone' ? 'mic' : 'speaker';
    let list = key === 'mic' ? this.#microphones : this.#speakers;
    if (d.isSystemDefault) list = list.map((x) => (x.isSystemDefault ? withDefault(x, false) : x));
    list = [...list.filter((x) => x.id !== d.id), d];
    if (key === 'mic') this.#microphones = list;
    else this.#speakers = list;
    this.#relist();
    if (this.#granted.audio) this.#events.emit('audioDevicesUpdated', { added: [d], removed: [] });
    return d;
  }

  #unplug(id: string): void {
    // Chrome's 'default' entry follows the OS default: when the device it points at goes, it points at another.
    const retarget = (list: SimulatedAudioDeviceInfo[], gone: SimulatedAudioDeviceInfo) => {
      const alias = list.find((d) => /:default$/.test(d.id));
      if (!alias || !alias.name.endsWith(gone.name)) return list;
      const next = list.find((d) => d !== alias);
      if (!next) return list.filter((d) => d !== alias);
      const renamed = new SimulatedAudioDeviceInfo(this, alias.id, `Default - ${next.name}`, alias.deviceType, true);
      return list.map((d) => (d === alias ? renamed : d));
    };
    const camera = this.#cameras.find((c) => c.id === id);
    if (camera) {
      this.#cameras = this.#cameras.filter((c) => c !== camera);
      this.#cameraSources.get(id)?.dispose();
      this.#cameraSources.delete(id);
      this.#relist();
      if (this.#granted.video) this.#events.emit('videoDevicesUpdated', { added: [], removed: [camera] });
      return;
    }
    const mic = this.#microphones.find((d) => d.id === id);
    const speaker = this.#speakers.find((d) => d.id === id);
    if (!mic && !speaker) return;
    const promote = (list: SimulatedAudioDeviceInfo[], gone: SimulatedAudioDeviceInfo) => {
      const rest = list.filter((d) => d !== gone);
      if (gone.isSystemDefault && rest.length && !rest.some((d) => d.isSystemDefault))
        rest[0] = withDefault(rest[0]!, true);
      return rest;
    };
    const removed: SimulatedAudioDeviceInfo[] = [];
    if (mic) {
      this.#microphones = retarget(promote(this.#microphones, mic), mic);
      removed.push(mic);
    }
    if (speaker) {
      this.#speakers = retarget(promote(this.#speakers, speaker), speaker);
      removed.push(speaker);
      // The SDK also drops 'speaker:default' when the speaker in use goes (measured in Chromium).
      const alias = this.#selectedSpeaker?.id === id && this.#speakers.find((d) => d.id === PREFIX.speaker + 'default');
      if (alias) {
        this.#speakers = this.#speakers.filter((d) => d !== alias);
        removed.push(alias);
      }
    }
    this.#relist();
    if (this.#granted.audio) this.#events.emit('audioDevicesUpdated', { added: [], removed });
    // The SDK falls back to the system default when the selected device disappears.
    if (mic && this.#selectedMicrophone?.id === id) this.#setMicrophone(this.#defaultOf(this.#microphones));
    else if (this.#selectedMicrophone) {
      const fresh = this.#microphones.find((d) => d.id === this.#selectedMicrophone!.id);
      if (fresh) this.#setMicrophone(fresh);
    }
    if (speaker && this.#selectedSpeaker?.id === id) {
      this.#setSpeaker(this.#speakerSelection ? this.#defaultOf(this.#speakers) : undefined);
    } else if (this.#selectedSpeaker) {
      const fresh = this.#speakers.find((d) => d.id === this.#selectedSpeaker!.id);
      if (fresh) this.#setSpeaker(fresh);
    }
  }

  async #enumerateBrowser(emit: boolean): Promise<void> {
    let infos: MediaDeviceInfo[] = [];
    try {
      infos = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
    } catch {
      infos = [];
    }
    const cameras = infos
      .filter((d) => d.kind === 'videoinput')
      .map((d) => toVideo(this, { id: d.deviceId, name: d.label, deviceType: 'UsbCamera' }));
    const audio = (kind: 'microphone' | 'speaker', k: MediaDeviceKind) =>
      infos
        .filter((d) => d.kind === k)
        .map((d) => toAudio(this, { id: d.deviceId, name: d.label, isSystemDefault: d.deviceId === 'default' }, kind));
    const microphones = audio('microphone', 'audioinput');
    const speakers = audio('speaker', 'audiooutput');
    const labelled = infos.some((d) => d.label);
    if (labelled) {
      this.#granted = {
        audio: this.#granted.audio || infos.some((d) => d.kind === 'audioinput' && d.label),
        video: this.#granted.video || infos.some((d) => d.kind === 'videoinput' && d.label),
      };
    }
    const diff = <T extends { id: string }>(before: T[], after: T[]) => ({
      added: after.filter((a) => !before.some((b) => b.id === a.id)),
      removed: before.filter((b) => !after.some((a) => a.id === b.id)),
    });
    const v = diff(this.#cameras, cameras);
    const a = diff([...this.#microphones, ...this.#speakers], [...microphones, ...speakers]);
    this.#cameras = cameras;
    this.#microphones = microphones;
    this.#speakers = speakers;
    this.#relist();
    if (emit && this.#granted.video && (v.added.length || v.removed.length))
      this.#events.emit('videoDevicesUpdated', v);
    if (emit && this.#granted.audio && (a.added.length || a.removed.length))
      this.#events.emit('audioDevicesUpdated', a);
    if (this.#granted.audio) {
      const micGone = this.#selectedMicrophone && !microphones.some((d) => d.id === this.#selectedMicrophone!.id);
      const spkGone = this.#selectedSpeaker && !speakers.some((d) => d.id === this.#selectedSpeaker!.id);
      if (micGone || !this.#selectedMicrophone) this.#setMicrophone(this.#defaultOf(microphones));
      if (this.#speakerSelection && (spkGone || !this.#selectedSpeaker)) this.#setSpeaker(this.#defaultOf(speakers));
    }
  }

  #createSimulation(): DeviceManagerSimulation {
    const self = this;
    return {
      plug: (device) => this.#plug(device),
      unplug: (id) => this.#unplug(id),
      permission: (outcome) => {
        this.#outcome = outcome;
        if (outcome === 'prompt') return;
        const pending = this.#pending;
        this.#pending = [];
        for (const settle of pending) settle();
      },
      sitePermission: (name, state) => {
        const kinds = { audio: name === 'microphone', video: name === 'camera' };
        this.#setPermissionState(kinds, state);
        if (state === 'granted') this.#grant(kinds);
        else this.#revoke(kinds);
      },
      microphoneLevel: (level) => {
        this.#ctx.microphoneLevel = Math.max(0, Math.min(100, level));
        for (const volume of this.#ctx.volumes) volume.setLevel(this.#ctx.microphoneLevel);
      },
      speakerSelection: (available) => {
        this.#speakerSelection = available;
        if (!available) this.#setSpeaker(undefined);
        else if (this.#granted.audio && !this.#selectedSpeaker) this.#setSpeaker(this.#defaultOf(this.#speakers));
      },
      failNext: (method, error) => this.#failures.add(method, toFailure(error, METHOD_ERRORS[method])),
      get outcome() {
        return self.#outcome;
      },
      get lastPermissionError() {
        return self.#lastError;
      },
      get permissionState() {
        return { camera: self.#statuses.camera.state, microphone: self.#statuses.microphone.state };
      },
      get granted() {
        return { ...self.#granted };
      },
      get pendingRequests() {
        return self.#pending.length;
      },
    };
  }
}
