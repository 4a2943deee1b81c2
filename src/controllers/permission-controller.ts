import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError, type AcsErrorDetail } from '../events/acs-error.js';
import type { DeviceAccess, DeviceManager, PermissionEnvironment } from '../sdk/index.js';
import { MEDIA_KINDS as KINDS, PermissionStatusController, type MediaKind } from './permission-status-controller.js';

export { browserEnvironment, type MediaKind } from './permission-status-controller.js';

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

/** What a {@link PermissionController} is given. */
export interface PermissionControllerOptions {
  /** How long an unanswered request is waited for (ms); default {@link DEFAULT_PROMPT_TIMEOUT}. */
  readonly timeout?: () => number;
  /** Where the browser facts come from; default `navigator` (see {@link PermissionEnvironment}). */
  readonly environment?: PermissionEnvironment;
  /** `askDevicePermission` rejected (the element shows `error` and fires `acs-error`). */
  readonly onError?: (detail: AcsErrorDetail) => void;
}

const DEVICE_KIND: Record<MediaKind, MediaDeviceKind> = { audio: 'audioinput', video: 'videoinput' };

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
  readonly #host: ReactiveControllerHost;
  readonly #timeout: () => number;
  readonly #onError?: (detail: AcsErrorDetail) => void;
  readonly #statuses: PermissionStatusController;
  #outcome: Record<MediaKind, MediaOutcome> = { audio: 'idle', video: 'idle' };
  #prompting = false;
  #promptVisible = false;
  #timedOut = false;
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;
  #error?: AcsErrorDetail;

  constructor(host: ReactiveControllerHost, options: PermissionControllerOptions = {}) {
    this.#host = host;
    this.#timeout = options.timeout ?? (() => DEFAULT_PROMPT_TIMEOUT);
    this.#onError = options.onError;
    this.#statuses = new PermissionStatusController(host, {
      environment: options.environment,
      onState: (kind, state, first) => this.#onBrowserState(kind, state, first),
    });
    host.addController(this);
  }

  /** The device manager to ask through; without one, `getUserMedia` asks (and the tracks are stopped at once). */
  deviceManager?: DeviceManager;

  /** Where the browser facts come from (tests replace it). Setting it re-reads the Permissions API. */
  get environment(): PermissionEnvironment {
    return this.#statuses.environment;
  }

  set environment(next: PermissionEnvironment) {
    this.#statuses.environment = next;
  }

  hostDisconnected(): void {
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
    return this.#statuses.listenerCount;
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
   * How a refusal is classified (the SDK resolves `false` without detail), from the browser facts of the
   * environment (the real browser, or a simulator's):
   * 1. the watchdog fired → `timed-out`;
   * 2. `enumerateDevices()` lists no device of that kind → `no-device`;
   * 3. the Permissions API says `denied` → `denied-persistent` if it already did before asking (no prompt was
   *    shown: the site is blocked in the settings), else `denied`;
   * 4. the Permissions API says `granted` although the SDK was refused → the browser allows but the device
   *    does not start: one `getUserMedia` probe for that kind tells the OS (`NotAllowedError` "Permission denied
   *    by system" → `denied-os`), another app (`in-use`) or no device (`no-device`); if the probe works, granted;
   * 5. otherwise (`prompt`: dismissed, or no Permissions API) → `denied`.
   * Without a device manager, the `getUserMedia` error itself is classified ({@link classifyMediaError}).
   */
  async request(constraints: MediaRequirement): Promise<void> {
    // One request at a time; after the watchdog fired, a new one replaces the stale one.
    if (this.#prompting && !this.#timedOut) return;
    const kinds = KINDS.filter((k) => constraints[k]);
    if (!kinds.length) return;
    const generation = ++this.#generation;
    const before = await this.#statuses.read();
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
          this.#onError?.(this.#error);
          return;
        }
        if (generation !== this.#generation) return;
        for (const k of kinds) outcome[k] = access[k] ? 'granted' : await this.#classifyRefusal(k, before[k]);
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

  /**
   * Which of the `required` kinds the Permissions API already allows (checking them shows no prompt). None when
   * the browser has no Permissions API.
   */
  async alreadyGranted(required: MediaRequirement): Promise<MediaRequirement> {
    if (!this.environment.permissions) return { audio: false, video: false };
    const states = await this.#statuses.read();
    return {
      audio: !!required.audio && states.audio === 'granted',
      video: !!required.video && states.video === 'granted',
    };
  }

  async #classifyRefusal(kind: MediaKind, before: PermissionState | undefined): Promise<MediaOutcome> {
    if (this.#timedOut) return 'timed-out';
    if (!(await this.#hasDevice(kind))) return 'no-device';
    const after = (await this.#statuses.read())[kind];
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
      const stream = await this.environment.mediaDevices!.getUserMedia({
        audio: kinds.includes('audio'),
        video: kinds.includes('video'),
      });
      stream.getTracks().forEach((t) => t.stop());
      for (const k of kinds) result[k] = 'granted';
    } catch (error) {
      const outcome = classifyMediaError(error, false);
      const after = await this.#statuses.read();
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
      const stream = await this.environment.mediaDevices!.getUserMedia({ [kind]: true });
      stream.getTracks().forEach((t) => t.stop());
      return 'granted';
    } catch (error) {
      return classifyMediaError(error, false);
    }
  }

  async #hasDevice(kind: MediaKind): Promise<boolean> {
    try {
      const devices = (await this.environment.mediaDevices?.enumerateDevices()) ?? undefined;
      return !devices || devices.some((d) => d.kind === DEVICE_KIND[kind]);
    } catch {
      return true;
    }
  }

  /** The Permissions API changed (a setting changed elsewhere), or was first read. */
  #onBrowserState(kind: MediaKind, state: PermissionState, first: boolean): void {
    const was = this.#outcome[kind];
    // A site already blocked in the settings: said before anything is asked.
    if (first) {
      if (state === 'denied' && was === 'idle') this.#outcome[kind] = 'denied-persistent';
      return;
    }
    if (this.#prompting) return;
    if (state === 'denied') this.#outcome[kind] = 'denied-persistent';
    else if (state === 'prompt' && was !== 'granted') this.#outcome[kind] = 'idle';
    else if (state === 'granted' && was !== 'granted' && was !== 'idle') {
      // Allowed again in the settings: check it (no prompt shows for a granted permission).
      void this.request({ audio: kind === 'audio', video: kind === 'video' });
    }
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
