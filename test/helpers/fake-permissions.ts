import type { PermissionEnvironment, PermissionStatusLike } from '../../src/controllers/permission-controller.js';

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
