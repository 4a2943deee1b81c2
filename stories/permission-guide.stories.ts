import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/permission-guide/acs-permission-guide.js';
import type { Platform } from '../src/components/permission-guide/acs-permission-guide.js';
import type { PermissionEnvironment, PermissionStatusLike } from '../src/sdk/index.js';
import { createSimulator } from '../src/simulator/index.js';
import type { PermissionOutcome } from '../src/simulator/index.js';

const meta: Meta = {
  title: 'Elements/Permission Guide',
  component: 'acs-permission-guide',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** A Permissions API that reports fixed states (a story must not depend on the browser's real permission). */
function environment(
  camera: PermissionState = 'prompt',
  microphone: PermissionState = 'prompt',
): PermissionEnvironment {
  const status = (state: PermissionState) => Object.assign(new EventTarget(), { state }) as PermissionStatusLike;
  const statuses = { camera: status(camera), microphone: status(microphone) };
  return {
    permissions: { query: async ({ name }) => statuses[name as 'camera' | 'microphone'] },
    mediaDevices: {
      getUserMedia: async () =>
        Promise.reject(Object.assign(new Error('Could not start'), { name: 'NotReadableError' })),
      enumerateDevices: async () => [],
    },
  };
}

/**
 * A simulated device manager whose `askDevicePermission` gives `outcome`, with the simulator's browser (its
 * Permissions API and getUserMedia agree with it: `sim.sdk`); the story asks at once (`auto`).
 */
function story(
  outcome: PermissionOutcome,
  options: { platform?: Platform; timeout?: number; blocked?: boolean; auto?: boolean } = {},
): Story {
  return {
    loaders: [
      async () => {
        const sim = createSimulator({ latency: 300, permission: outcome, preGranted: false });
        // The site was blocked in the browser's settings before the page asked.
        if (options.blocked)
          for (const name of ['camera', 'microphone'] as const)
            sim.deviceManager.simulate.sitePermission(name, 'denied');
        return { sim };
      },
    ],
    render: (_args, { loaded }) =>
      html`<acs-permission-guide
        ?auto=${options.auto ?? true}
        prompt-timeout=${options.timeout ?? 20000}
        .deviceManager=${loaded.sim.deviceManager}
        .sdk=${loaded.sim.sdk}
        .platform=${options.platform}
      ></acs-permission-guide>`,
  };
}

/** Before asking: the explainer and the "Allow" button (the element never prompts on its own). */
export const Idle: Story = story('granted', { auto: false });
/** The browser's prompt is pending: the user is pointed to it. */
export const Prompting: Story = story('prompt');
/** The prompt was not answered in time (here 3 s instead of the browser's 20 s): it expired, retry. */
export const TimedOut: Story = story('prompt', { timeout: 3000 });
/** Allowed. */
export const Granted: Story = story('granted');
/** Blocked by the user just now (Firefox on Windows steps). */
export const Denied: Story = story('denied', { platform: { browser: 'firefox', os: 'windows' } });
/** The site is blocked in Chrome's settings (known before asking). */
export const DeniedPersistent: Story = story('denied', {
  auto: false,
  blocked: true,
  platform: { browser: 'chrome', os: 'macos' },
});
/** macOS blocks Chrome: System Settings steps and deep links. */
export const DeniedBySystemMacOS: Story = story('denied-os', { platform: { browser: 'chrome', os: 'macos' } });
/** Windows blocks Edge: Windows privacy settings steps and links. */
export const DeniedBySystemWindows: Story = story('denied-os', { platform: { browser: 'edge', os: 'windows' } });
/** iOS: Safari steps in the Settings app. */
export const DeniedBySystemIOS: Story = story('denied-os', { platform: { browser: 'safari', os: 'ios' } });

/** Without an SDK, another app holds the device (`getUserMedia` rejects `NotReadableError`). */
export const InUse: Story = {
  render: () => html`<acs-permission-guide auto require="audio" .environment=${environment()}></acs-permission-guide>`,
};

/** No camera enumerated, microphone fine: "Continue without camera" (`allow-audio-only`). */
export const NoCameraAudioOnly: Story = {
  render: () => {
    const env = environment();
    const noCamera: PermissionEnvironment = {
      ...env,
      mediaDevices: {
        ...env.mediaDevices!,
        enumerateDevices: async () => [{ kind: 'audioinput' } as MediaDeviceInfo],
      },
    };
    // A device manager that grants the microphone and refuses the camera (per kind, which the simulator cannot do).
    const refusesCamera = {
      on() {},
      off() {},
      getCameras: async () => [],
      getMicrophones: async () => [],
      getSpeakers: async () => [],
      askDevicePermission: async () => ({ audio: true, video: false }),
    };
    return html`<acs-permission-guide
      auto
      allow-audio-only
      .environment=${noCamera}
      .deviceManager=${refusesCamera}
    ></acs-permission-guide>`;
  },
};

/** In a call: "Leave and reload" hangs up first (the reload is canceled here). */
export const DeniedInCall: Story = {
  loaders: [
    async () => {
      const sim = createSimulator({ latency: 50, permission: 'denied', preGranted: false });
      return { sim, call: await sim.connectedCall() };
    },
  ],
  render: (_args, { loaded }) =>
    html`<acs-permission-guide
      auto
      .deviceManager=${loaded.sim.deviceManager}
      .sdk=${loaded.sim.sdk}
      .call=${loaded.call}
      @acs-reload=${(e: Event) => e.preventDefault()}
    ></acs-permission-guide>`,
};
