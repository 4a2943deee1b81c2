import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PermissionEnvironment, PermissionStatusLike } from '../sdk/index.js';

/** The two kinds of media a call asks for. */
export type MediaKind = 'audio' | 'video';

/** Both kinds, in the order they are asked for. */
export const MEDIA_KINDS: readonly MediaKind[] = ['audio', 'video'];

const PERMISSION_NAME: Record<MediaKind, PermissionName> = {
  audio: 'microphone' as PermissionName,
  video: 'camera' as PermissionName,
};

let browser: PermissionEnvironment | undefined;

/** The real browser's Permissions API and media devices (one object for the page). */
export function browserEnvironment(): PermissionEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return (browser ??= {
    permissions: nav?.permissions as PermissionEnvironment['permissions'],
    mediaDevices: nav?.mediaDevices,
  });
}

/** A status object watched, and the state last told about it. */
interface WatchedStatus {
  readonly kind: MediaKind;
  readonly status: PermissionStatusLike;
  seen: PermissionState;
}

/** What a {@link PermissionStatusController} is given. */
export interface PermissionStatusOptions {
  /** The kinds of media watched (default both). */
  readonly kinds?: readonly MediaKind[];
  /** Where the Permissions API comes from (default the browser's; a simulator's `sim.sdk.environment`). */
  readonly environment?: PermissionEnvironment;
  /** Hears each state: once when first read (`first`), then on every change. The host renders again after it. */
  readonly onState?: (kind: MediaKind, state: PermissionState, first: boolean) => void;
}

/**
 * Follows the Permissions API for the camera and the microphone while the host is connected: a site setting
 * changed elsewhere (the browser's settings, another tab) shows at once. It holds one `change` listener per
 * status object and reads `state` live (`state(kind)`); nothing is copied.
 */
export class PermissionStatusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #kinds: readonly MediaKind[];
  readonly #onState?: PermissionStatusOptions['onState'];
  #environment: PermissionEnvironment;
  /**
   * The status objects, per kind, with the state last told to `onState`. Kept while the host is away (they stay
   * live: `state` is right at once when it comes back); only the listeners are released.
   */
  #statuses: WatchedStatus[] = [];
  #listening = false;
  /** Bumped when the statuses are dropped or the host leaves: a query answered after that is ignored. */
  #generation = 0;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: PermissionStatusOptions = {}) {
    this.#host = host;
    this.#kinds = options.kinds ?? MEDIA_KINDS;
    this.#environment = options.environment ?? browserEnvironment();
    this.#onState = options.onState;
    host.addController(this);
  }

  /** Where the Permissions API comes from. Another one is watched instead (at once, while connected). */
  get environment(): PermissionEnvironment {
    return this.#environment;
  }

  set environment(next: PermissionEnvironment) {
    if (next === this.#environment) return;
    this.#environment = next;
    this.#stopListening();
    this.#statuses = [];
    this.#generation++;
    if (this.#connected) void this.#watch();
  }

  /** What the Permissions API says now for one kind (`undefined` when the browser cannot tell, or before it did). */
  state(kind: MediaKind): PermissionState | undefined {
    return this.#statuses.find((entry) => entry.kind === kind)?.status.state;
  }

  /** Listeners held on `PermissionStatus` objects (for leak tests). */
  get listenerCount(): number {
    return this.#listening ? this.#statuses.length : 0;
  }

  /** Reads the states once, for any kinds (the browser's answer at this moment). */
  async read(kinds: readonly MediaKind[] = this.#kinds): Promise<Partial<Record<MediaKind, PermissionState>>> {
    return Object.fromEntries((await this.#query(kinds)).map(([kind, status]) => [kind, status.state]));
  }

  hostConnected(): void {
    this.#connected = true;
    if (!this.#statuses.length) {
      void this.#watch();
      return;
    }
    this.#listen();
    // A setting changed while the host was away is told now.
    for (const entry of this.#statuses) this.#changed(entry);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#generation++;
    this.#stopListening();
  }

  /** The status objects, per kind the browser knows (a browser that does not know a name has none for it). */
  async #query(kinds: readonly MediaKind[]): Promise<[MediaKind, PermissionStatusLike][]> {
    const api = this.#environment.permissions;
    if (!api) return [];
    const found = await Promise.all(
      kinds.map((kind) =>
        api.query({ name: PERMISSION_NAME[kind] }).then(
          (status): [MediaKind, PermissionStatusLike] => [kind, status],
          () => undefined,
        ),
      ),
    );
    return found.filter((entry) => entry !== undefined);
  }

  async #watch(): Promise<void> {
    const generation = this.#generation;
    const found = await this.#query(this.#kinds);
    if (!this.#connected || generation !== this.#generation || this.#statuses.length) return;
    this.#statuses = found.map(([kind, status]) => ({ kind, status, seen: status.state }));
    this.#listen();
    for (const { kind, status } of this.#statuses) this.#onState?.(kind, status.state, true);
    this.#host.requestUpdate();
  }

  readonly #onChange = () => {
    for (const entry of this.#statuses) this.#changed(entry);
  };

  /** Tells `onState` of a state that is not the one last told, and renders the host again. */
  #changed(entry: WatchedStatus): void {
    const state = entry.status.state;
    if (state === entry.seen) return;
    entry.seen = state;
    this.#onState?.(entry.kind, state, false);
    this.#host.requestUpdate();
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    for (const { status } of this.#statuses) status.addEventListener('change', this.#onChange);
  }

  #stopListening(): void {
    if (!this.#listening) return;
    this.#listening = false;
    for (const { status } of this.#statuses) status.removeEventListener('change', this.#onChange);
  }
}
