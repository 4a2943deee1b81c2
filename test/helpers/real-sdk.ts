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
let shared: Promise<{ sdk: SdkModule; deviceManager: DeviceManager }> | undefined;

/** The real SDK module and the page's one `DeviceManager` (created on first use). */
export function realSdk(): Promise<{ sdk: SdkModule; deviceManager: DeviceManager }> {
  return (shared ??= (async () => {
    const sdk = await import('@azure/communication-calling');
    const client = new sdk.CallClient();
    const deviceManager = await client.getDeviceManager();
    return { sdk, deviceManager };
  })());
}

/** How many configuration requests were answered locally (a test can check the interception still works). */
export function configRequestsAnswered(): number {
  return answered;
}
