/**
 * The real `@azure/communication-calling` in tests, offline.
 *
 * The SDK's first `getDeviceManager()` waits ~7 s for its configuration-service request (an `XMLHttpRequest` GET to
 * `https://ecs.communication.microsoft.com/config/v1/Skype/3617_<version>_stable?...`) to fail 3 times. Importing
 * this module first answers that request in the page: `XMLHttpRequest.prototype.open` is wrapped so that URL is
 * opened as a local `blob:` holding `{"Headers":{"ETag":"\"x\"","Expires":"<tomorrow>"}}` (status 200), which cuts
 * the wait to ~0.1 s. This leans on an SDK internal (the URL and the JSON shape): if the SDK changes it, the tests
 * still pass, only ~7 s slower per file.
 *
 * It also keeps ONE `CallClient` and `DeviceManager` per page (per test file): a second `CallClient` on a page
 * returns the first one's undisposed agent.
 */
import type { DeviceManager } from '../../src/sdk/index.js';
import type { PermissionEnvironment, PermissionStatusLike } from '../../src/sdk/index.js';

const CONFIG_URL = /\/config\/v1\/Skype\//;
const body = JSON.stringify({ Headers: { ETag: '"x"', Expires: new Date(Date.now() + 86_400_000).toUTCString() } });
const answer = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
const open = XMLHttpRequest.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
let answered = 0;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
  if (CONFIG_URL.test(String(url))) {
    answered++;
    return open.call(this, method, answer, ...rest);
  }
  return open.call(this, method, url, ...rest);
} as typeof XMLHttpRequest.prototype.open;

type SdkModule = typeof import('@azure/communication-calling');
type CallClient = import('@azure/communication-calling').CallClient;
let shared: Promise<{ sdk: SdkModule; client: CallClient; deviceManager: DeviceManager }> | undefined;

/** The real SDK module, the page's one `CallClient` and its `DeviceManager` (created on first use). */
export function realSdk(): Promise<{ sdk: SdkModule; client: CallClient; deviceManager: DeviceManager }> {
  return (shared ??= (async () => {
    const sdk = await import('@azure/communication-calling');
    const client = new sdk.CallClient();
    const deviceManager = await client.getDeviceManager();
    return { sdk, client, deviceManager };
  })());
}

/** How long the real SDK may take to load on a busy machine (10 MB of JavaScript, then its device manager). */
export const REAL_SDK_LOAD_TIMEOUT = 120_000;

/**
 * Loads the real SDK and the page's one `DeviceManager` once for the test file, in a `before` hook of the calling
 * `describe` with a timeout of its own: no test's timeout pays for the load. Returns a getter for the tests.
 */
export function useRealSdk(): () => { sdk: SdkModule; client: CallClient; deviceManager: DeviceManager } {
  let loaded: { sdk: SdkModule; client: CallClient; deviceManager: DeviceManager } | undefined;
  before(async function () {
    this.timeout(REAL_SDK_LOAD_TIMEOUT);
    loaded = await realSdk();
  });
  return () => {
    if (!loaded) throw new Error('useRealSdk(): the real SDK is loaded by a before hook; call it inside describe()');
    return loaded;
  };
}

/** How many configuration requests were answered locally (a test can check the interception still works). */
export function configRequestsAnswered(): number {
  return answered;
}

// ---------------------------------------------------------------------------------------------------------------
// What a real test browser cannot play (it always grants): Permissions API states and getUserMedia failures.
// ---------------------------------------------------------------------------------------------------------------

/** A `PermissionStatus` stand-in whose state a test changes (firing `change`), counting its listeners. */
export class FakePermissionStatus extends EventTarget implements PermissionStatusLike {
  listeners = 0;
  constructor(public state: PermissionState) {
    super();
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }
  set(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

/** A browser environment for the permission controller: Permissions API states and a scripted getUserMedia. */
export function fakeEnvironment(
  init: { camera?: PermissionState; microphone?: PermissionState } = {},
  options: {
    getUserMedia?: (c: MediaStreamConstraints) => Promise<MediaStream>;
    devices?: MediaDeviceKind[];
  } = {},
) {
  const camera = new FakePermissionStatus(init.camera ?? 'prompt');
  const microphone = new FakePermissionStatus(init.microphone ?? 'prompt');
  const asked: MediaStreamConstraints[] = [];
  const environment: PermissionEnvironment = {
    permissions: { query: async ({ name }) => (name === 'camera' ? camera : microphone) },
    mediaDevices: {
      getUserMedia: async (c?: MediaStreamConstraints) => {
        asked.push(c ?? {});
        return (options.getUserMedia ?? ((x) => navigator.mediaDevices.getUserMedia(x)))(c ?? {});
      },
      enumerateDevices: async () =>
        (options.devices ?? ['audioinput', 'videoinput', 'audiooutput']).map(
          (kind) => ({ kind, deviceId: '', groupId: '', label: '' }) as MediaDeviceInfo,
        ),
    },
  };
  return { environment, camera, microphone, asked };
}

/** A DOMException-like error as getUserMedia rejects. */
export const mediaError = (name: string, message = '') => Object.assign(new Error(message), { name });
