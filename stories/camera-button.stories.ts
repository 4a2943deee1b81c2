import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/camera-button/acs-camera-button.js';
import '../src/components/call-provider/acs-call-provider.js';
import '../src/components/video-grid/acs-video-grid.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import { withSimulatedCall, type SimulatedCallLoaded as Loaded, type SimCall } from './simulated-call.js';
import type { CallState } from '../src/sdk/index.js';

// One simulator and connected call per story (stories/simulated-call.ts).
const withCall = withSimulatedCall;

const startVideo = async (call: SimCall, sim: Simulator) => {
  const [camera] = await sim.deviceManager.getCameras();
  await call.startVideo(new sim.sdk.LocalVideoStream(camera!));
};

const render: StoryObj['render'] = (args, { loaded }) => {
  const { call, sim } = loaded as Loaded;
  return html`<acs-camera-button
    .call=${call}
    .sdk=${sim.sdk}
    .deviceManager=${sim.deviceManager}
    ?label-hidden=${args['label-hidden']}
    background=${args.background}
    guide-href="#permission-guide"
  ></acs-camera-button>`;
};

const meta: Meta = {
  title: 'Elements/Camera Button',
  component: 'acs-camera-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false, background: 'keep' },
  argTypes: { background: { control: 'inline-radio', options: ['keep', 'stop'] } },
  render,
};
export default meta;
type Story = StoryObj;

/** Camera off in a connected call. Clicks go to the simulated SDK (300 ms latency, so "pending" is visible). */
export const Off: Story = { loaders: [withCall()] };

/** Camera on (the SDK says so: the call has a camera stream). */
export const On: Story = { loaders: [withCall(startVideo)] };

/** Compact: the visible label is hidden, the accessible name stays. */
export const Compact: Story = { loaders: [withCall()], args: { 'label-hidden': true } };

/** No camera on this device: disabled, saying why. */
export const NoCamera: Story = {
  loaders: [withCall(() => {}, { devices: { cameras: [], microphones: [{ id: 'mic', name: 'Microphone' }] } })],
};

/** Camera access blocked for the site: disabled, with a link to the permission guide. */
export const PermissionDenied: Story = {
  loaders: [withCall((_, sim) => sim.deviceManager.simulate.sitePermission('camera', 'denied'))],
};

/** The call does not allow video (a Rooms attendee; capability turnVideoOn missing). */
export const NotAllowed: Story = {
  loaders: [withCall((call) => call.simulate.capabilities({ turnVideoOn: false }, 'RoleChanged'))],
};

/** The OS took the camera (another app, an iOS phone call): "stopped by the system" with "Restart video". */
export const StoppedBySystem: Story = {
  loaders: [withCall(startVideo)],
  play: async ({ loaded }) => (loaded as Loaded).call.simulate.interruption('background', { os: 'android' }),
};

/** Not usable in this call state (Ringing shown). */
export const DisabledWhileRinging: Story = {
  loaders: [withCall((call) => call.simulate.state('Ringing' as CallState))],
};

/** The next start fails: the button keeps the SDK's state and says what to do. Click it. */
export const StartFails: Story = { loaders: [withCall((call) => call.simulate.failNext('startVideo'))] };

/**
 * Before a call: inside `<acs-call-provider>` the camera turns on as a preview that the grid shows as the local
 * tile, and the call starts with it.
 */
export const PreviewBeforeCall: Story = {
  loaders: [
    async () => {
      const sim = createSimulator({ latency: 300 });
      return { sim };
    },
  ],
  render: (_, { loaded }) => {
    const { sim } = loaded as { sim: Simulator };
    return html`<acs-call-provider .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
      <div style="display: grid; gap: 1rem; max-width: 480px">
        <acs-video-grid style="height: 270px"></acs-video-grid>
        <acs-camera-button></acs-camera-button>
      </div>
    </acs-call-provider>`;
  },
};
