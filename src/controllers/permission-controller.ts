import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AcsErrorEvent, describeError, type AcsErrorDetail } from '../events/acs-error.js';
import type { DeviceAccess, DeviceManager } from '../sdk/index.js';

/** The two kinds of media a call asks for. */
export type MediaKind = 'audio' | 'video';

/**
 * Media readiness, as the permission guide shows it:
 * - `idle`: not asked yet (or the site permission was reset);
 * - `prompting`: the browser's request is (or may be) on screen;
 * - `granted`: what is required may be used;
 * - `denied`: the user blocked the request just now (retry or reload may help);
 * - `denied-persistent`: the site is blocked in the browser's settings (only the settings help);
 * - `denied-os`: the operating system blocks the browser (only the OS settings help);
 * - `timed-out`: the request was not answered in time (the browser gives up after about 20 s);
 * - `in-use`: another app holds the device (`NotReadableError`);
 * - `no-device`: there is no such device (`NotFoundError`, none enumerated).
 */
export const MEDIA_READINESS = [
  'idle',
  'prompting',
  'granted',
  'denied',
  'denied-persistent',
  'denied-os',
  'timed-out',
  'in-use',
  'no-device',
] as const;
export type MediaReadiness = (typeof MEDIA_READINESS)[number];

/** The outcome for one kind of media (never `prompting`: that is a property of the request). */
export type MediaOutcome = Exclude<MediaReadiness, 'prompting'>;

/** Which media are needed. */
export type MediaRequirement = Readonly<Record<MediaKind, boolean>>;

/** The part of a `PermissionStatus` this reads (an `EventTarget` with `state`, firing `change`). */
export interface PermissionStatusLike extends EventTarget {
  readonly state: PermissionState;
}

/**
 * What the controller reads from the browser. Defaults to `navigator.permissions` and `navigator.mediaDevices`;
 * tests and the simulator replace it to play denials a real test browser cannot produce.
 */
export interface PermissionEnvironment {
  /** The Permissions API, when the browser has it (Firefox and Safari know `camera`/`microphone` only lately). */
  readonly permissions?: { query(descriptor: { name: PermissionName }): Promise<PermissionStatusLike> };
  /** `getUserMedia` (asking without the SDK, and probing an OS denial) and `enumerateDevices` (no device?). */
  readonly mediaDevices?: Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>;
}

/**
 * A device manager may tell why it was refused (the simulator does, the real SDK does not): the outcome per kind,
 * for the last `askDevicePermission`.
 */
export interface DetailedPermissionSource {
  readonly permissionOutcome?: Partial<Record<MediaKind, MediaOutcome>>;
}

const KIND_NAME: Record<MediaKind, PermissionName> = {
  audio: 'microphone' as PermissionName,
  video: 'camera' as PermissionName,
};
const DEVICE_KIND: Record<MediaKind, MediaDeviceKind> = { audio: 'audioinput', video: 'videoinput' };
const KINDS: readonly MediaKind[] = ['audio', 'video'];

/** Which failure wins when the kinds disagree: the one that needs the most work from the user comes first. */
const SEVERITY: readonly MediaOutcome[] = [
  'denied-os',
  'denied-persistent',
  'denied',
  'timed-out',
  'in-use',
  'no-device',
  'idle',
];

/** The browser's own timeout for an unanswered permission request. */
export const DEFAULT_PROMPT_TIMEOUT = 20_000;

function browserEnvironment(): PermissionEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    permissions: nav?.permissions as PermissionEnvironment['permissions'],
    mediaDevices: nav?.mediaDevices,
  };
}

/**
 * Classifies a `getUserMedia` rejection.
 *
 * - `NotAllowedError` whose message names the system ("Permission denied by system", Chrome) → `denied-os`;
 *   any other `NotAllowedError` → `denied-persistent` when the site was already blocked before asking (no
 *   prompt was shown), else `denied` (the user blocked or dismissed the prompt just now);
 *   `SecurityError` (a permissions policy or an insecure page) → `denied-persistent`;
 * - `NotReadableError` / `TrackStartError` / `AbortError` (the device could not start: another app holds it)
 *   → `in-use`;
 * - `NotFoundError` / `DevicesNotFoundError` / `OverconstrainedError` → `no-device`;
 * - anything else → as an unexplained refusal (`denied`, or `denied-persistent` if blocked before asking).
 */
export function classifyMediaError(error: unknown, blockedBefore: boolean): MediaOutcome {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  if (/NotAllowed|PermissionDenied/.test(name) && /system/i.test(message)) return 'denied-os';
  if (/NotReadable|TrackStart|Abort/.test(name)) return 'in-use';
  if (/NotFound|Overconstrained/.test(name)) return 'no-device';
  return blockedBefore || name === 'SecurityError' ? 'denied-persistent' : 'denied';
}

/**
 * Asks for the microphone and camera and knows the media readiness: what the last request gave for each kind
 * of media, whether a request is pending or has outlived the browser's timeout, and the live Permissions API
 * state (a site setting changed in another tab, or reset, is followed at once).
 *
 * The SDK's `askDevicePermission` resolves `{audio, video}` booleans without saying *why* one is `false`, so
 * a refusal is classified here (see {@link PermissionController.request}). The outcomes are transient facts of
 * this page (the SDK has no "permission" property to read); the device lists stay in the SDK.
 */
export class PermissionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #timeout: () => number;
  #env: PermissionEnvironment;
  #outcome: Record<MediaKind, MediaOutcome> = { audio: 'idle', video: 'idle' };
  #statuses: [PermissionStatusLike, EventListener][] = [];
  #prompting = false;
  #promptVisible = false;
  #timedOut = false;
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;
  #connected = false;
  #error?: AcsErrorDetail;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { timeout?: () => number; environment?: PermissionEnvironment } = {},
  ) {
    this.#host = host;
    this.#timeout = options.timeout ?? (() => DEFAULT_PROMPT_TIMEOUT);
    this.#env = options.environment ?? browserEnvironment();
    host.addController(this);
  }

  /** The device manager to ask through; without one, `getUserMedia` asks (and the tracks are stopped at once). */
  deviceManager?: DeviceManager;

  /** Where the browser facts come from (tests replace it). Setting it re-reads the Permissions API. */
  get environment(): PermissionEnvironment {
    return this.#env;
  }

  set environment(next: PermissionEnvironment) {
    this.#env = next;
    if (this.#connected) {
      this.#release();
      void this.#watch();
    }
  }

  hostConnected(): void {
    this.#connected = true;
    void this.#watch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
    this.#clearTimer();
    // A request still in flight settles later: it must not touch a disconnected host.
    this.#generation++;
    this.#prompting = false;
  }

  /** The outcome of the last request for one kind of media (`idle` until asked). */
  outcome(kind: MediaKind): MediaOutcome {
    return this.#outcome[kind];
  }

  /** A request is in flight and the browser is showing (or may show) its prompt: not already granted. */
  get promptVisible(): boolean {
    return this.#prompting && this.#promptVisible;
  }

  /** The last failure of the SDK's `askDevicePermission` (it rejected), until the next request. */
  get error(): AcsErrorDetail | undefined {
    return this.#error;
  }

  /** Listeners held on `PermissionStatus` objects (for leak tests). */
  get listenerCount(): number {
    return this.#statuses.length;
  }

  /** Whether every required kind of media is granted. */
  isGranted(required: MediaRequirement): boolean {
    return KINDS.every((k) => !required[k] || this.#outcome[k] === 'granted');
  }

  /** The readiness of what is required. */
  status(required: MediaRequirement): MediaReadiness {
    if (this.#prompting) return this.#timedOut ? 'timed-out' : 'prompting';
    const needed = KINDS.filter((k) => required[k]);
    if (needed.every((k) => this.#outcome[k] === 'granted')) return needed.length ? 'granted' : 'idle';
    for (const s of SEVERITY) if (needed.some((k) => this.#outcome[k] === s)) return s;
    return 'idle';
  }

  /**
   * Asks for the given media through the SDK's `askDevicePermission` (or `getUserMedia` when there is no device
   * manager yet), with a watchdog: when the request is still unanswered after the timeout, the state is
   * `timed-out` (the browser has given up: a late "Allow" does not count).
   *
   * How a refusal is classified (the SDK resolves `false` without detail):
   * 1. a device manager that tells the outcome (the simulator's `permissionOutcome`) is believed;
   * 2. the watchdog fired → `timed-out`;
   * 3. `enumerateDevices()` lists no device of that kind → `no-device`;
   * 4. the Permissions API says `denied` → `denied-persistent` if it already did before asking (no prompt was
   *    shown: the site is blocked in the settings), else `denied`;
   * 5. the Permissions API says `granted` although the SDK was refused → the browser allows but the device
   *    does not start: one `getUserMedia` probe for that kind tells the OS (`NotAllowedError` "Permission denied
   *    by system" → `denied-os`), another app (`in-use`) or no device (`no-device`); if the probe works, granted;
   * 6. otherwise (`prompt`: dismissed, or no Permissions API) → `denied`.
   * Without a device manager, the `getUserMedia` error itself is classified ({@link classifyMediaError}).
   */
  async request(constraints: MediaRequirement): Promise<void> {
    // One request at a time; after the watchdog fired, a new one replaces the stale one.
    if (this.#prompting && !this.#timedOut) return;
    const kinds = KINDS.filter((k) => constraints[k]);
    if (!kinds.length) return;
    const generation = ++this.#generation;
    const before = await this.#readStates();
    if (generation !== this.#generation) return;
    this.#prompting = true;
    this.#timedOut = false;
    this.#promptVisible = kinds.some((k) => before[k] !== 'granted');
    this.#error = undefined;
    this.#startTimer(generation);
    this.#host.requestUpdate();
    const outcome: Partial<Record<MediaKind, MediaOutcome>> = {};
    try {
      const dm = this.deviceManager;
      if (dm) {
        let access: DeviceAccess;
        try {
          access = await dm.askDevicePermission({ audio: !!constraints.audio, video: !!constraints.video });
        } catch (error) {
          if (generation !== this.#generation) return;
          this.#error = describeError('askDevicePermission', error);
          this.#host.dispatchEvent(new AcsErrorEvent(this.#error));
          return;
        }
        if (generation !== this.#generation) return;
        const detail = (dm as DeviceManager & DetailedPermissionSource).permissionOutcome;
        for (const k of kinds) {
          outcome[k] = access[k] ? 'granted' : (detail?.[k] ?? (await this.#classifyRefusal(k, before[k])));
        }
      } else {
        Object.assign(outcome, await this.#askBrowser(kinds, before));
      }
      if (generation !== this.#generation) return;
      if (this.#timedOut) for (const k of kinds) if (outcome[k] !== 'granted') outcome[k] = 'timed-out';
      this.#outcome = { ...this.#outcome, ...outcome };
    } finally {
      if (generation === this.#generation) {
        this.#prompting = false;
        this.#clearTimer();
        this.#host.requestUpdate();
      }
    }
  }

  /** Whether the Permissions API says every required kind is already granted (asking then shows no prompt). */
  async alreadyGranted(required: MediaRequirement): Promise<boolean> {
    if (!this.#env.permissions) return false;
    const states = await this.#readStates();
    return KINDS.every((k) => !required[k] || states[k] === 'granted');
  }

  async #classifyRefusal(kind: MediaKind, before: PermissionState | undefined): Promise<MediaOutcome> {
    if (this.#timedOut) return 'timed-out';
    if (!(await this.#hasDevice(kind))) return 'no-device';
    const after = (await this.#readStates())[kind];
    if (after === 'denied') return before === 'denied' ? 'denied-persistent' : 'denied';
    if (after === 'granted') return this.#probe(kind);
    return 'denied';
  }

  async #askBrowser(
    kinds: readonly MediaKind[],
    before: Partial<Record<MediaKind, PermissionState>>,
  ): Promise<Partial<Record<MediaKind, MediaOutcome>>> {
    const result: Partial<Record<MediaKind, MediaOutcome>> = {};
    try {
      const stream = await this.#env.mediaDevices!.getUserMedia({
        audio: kinds.includes('audio'),
        video: kinds.includes('video'),
      });
      stream.getTracks().forEach((t) => t.stop());
      for (const k of kinds) result[k] = 'granted';
    } catch (error) {
      const outcome = classifyMediaError(error, false);
      const after = await this.#readStates();
      for (const k of kinds) {
        // Which device failed is not said: probe each when both were asked and the devices could not start;
        // otherwise the refusal holds for each kind the Permissions API does not say is granted.
        result[k] =
          kinds.length > 1 && (outcome === 'in-use' || outcome === 'no-device')
            ? await this.#probe(k)
            : kinds.length > 1 && outcome === 'denied' && after[k] === 'granted'
              ? 'granted'
              : classifyMediaError(error, before[k] === 'denied');
      }
    }
    return result;
  }

  /** One `getUserMedia` for one kind; the tracks are stopped at once. */
  async #probe(kind: MediaKind): Promise<MediaOutcome> {
    try {
      const stream = await this.#env.mediaDevices!.getUserMedia({ [kind]: true });
      stream.getTracks().forEach((t) => t.stop());
      return 'granted';
    } catch (error) {
      return classifyMediaError(error, false);
    }
  }

  async #hasDevice(kind: MediaKind): Promise<boolean> {
    try {
      const devices = (await this.#env.mediaDevices?.enumerateDevices()) ?? undefined;
      return !devices || devices.some((d) => d.kind === DEVICE_KIND[kind]);
    } catch {
      return true;
    }
  }

  /** The Permissions API's status objects, per kind the browser knows. */
  async #query(): Promise<[MediaKind, PermissionStatusLike][]> {
    const api = this.#env.permissions;
    const found: [MediaKind, PermissionStatusLike][] = [];
    if (api)
      await Promise.all(
        KINDS.map((k) =>
          api.query({ name: KIND_NAME[k] }).then(
            (status) => found.push([k, status]),
            () => 0, // This browser does not know this permission name.
          ),
        ),
      );
    return found;
  }

  async #readStates(): Promise<Partial<Record<MediaKind, PermissionState>>> {
    return Object.fromEntries((await this.#query()).map(([k, status]) => [k, status.state]));
  }

  /** Follows the Permissions API live: a setting changed elsewhere (site settings, another tab) shows at once. */
  async #watch(): Promise<void> {
    const generation = this.#generation;
    const found = await this.#query();
    if (!this.#connected || generation !== this.#generation || this.#statuses.length) return;
    for (const [kind, status] of found) {
      const listener = () => this.#onBrowserChange(kind, status.state);
      status.addEventListener('change', listener);
      this.#statuses.push([status, listener]);
      // A site already blocked in the settings: say so before anything is asked.
      if (status.state === 'denied' && this.#outcome[kind] === 'idle') this.#outcome[kind] = 'denied-persistent';
    }
    this.#host.requestUpdate();
  }

  #onBrowserChange(kind: MediaKind, state: PermissionState): void {
    if (!this.#prompting) {
      const was = this.#outcome[kind];
      if (state === 'denied') this.#outcome[kind] = 'denied-persistent';
      else if (state === 'prompt' && was !== 'granted') this.#outcome[kind] = 'idle';
      else if (state === 'granted' && was !== 'granted' && was !== 'idle') {
        // Allowed again in the settings: check it (no prompt shows for a granted permission).
        void this.request({ audio: kind === 'audio', video: kind === 'video' });
      }
    }
    this.#host.requestUpdate();
  }

  #release(): void {
    for (const [status, listener] of this.#statuses) status.removeEventListener('change', listener);
    this.#statuses = [];
  }

  #startTimer(generation: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      if (generation !== this.#generation || !this.#prompting) return;
      this.#timedOut = true;
      this.#host.requestUpdate();
    }, this.#timeout());
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
