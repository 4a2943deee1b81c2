import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { GROUP_ID, SIZES, box, simulatedProvider, talk, withAgent } from './compositions.js';
import type { createSimulator } from '../src/simulator/index.js';

type Loaded = { sim: ReturnType<typeof createSimulator> };

/**
 * Everything before a call: the camera preview (turn the camera on), the permission guide, the device lists with
 * the microphone level, a line that says whether everything is ready, and "Join call".
 */
const meta: Meta = {
  title: 'Compositions/Call Lobby',
  component: 'acs-call-lobby',
  tags: ['autodocs'],
  loaders: [withAgent(talk)],
  render: (_args, { loaded, parameters }) => {
    const { sim } = loaded as Loaded;
    return box(parameters.size, simulatedProvider(sim, html`<acs-call-lobby></acs-call-lobby>`));
  },
};
export default meta;
type Story = StoryObj;

/** Ready to join, on a desktop window (the simulated user talks: see the microphone level). */
export const Ready: Story = { parameters: { size: SIZES.desktop } };

/** Ready to join, on a phone. */
export const Phone: Story = { parameters: { size: SIZES.phone } };

/** The browser has not been allowed the camera and microphone yet: the guide asks. */
export const BeforePermission: Story = {
  loaders: [withAgent((sim) => sim.deviceManager.simulate.sitePermission('microphone', 'prompt'))],
};

/** The microphone is blocked: the lobby says so, the guide shows how to allow it, "Join call" waits. */
export const MicrophoneBlocked: Story = {
  loaders: [withAgent((sim) => sim.deviceManager.simulate.sitePermission('microphone', 'denied'))],
};

/** The token server does not answer: the lobby shows that it is getting the call ready (and paints meanwhile). */
export const Preparing: Story = {
  render: () =>
    html`<acs-call-provider token-url="/token" group-id=${GROUP_ID} .fetch=${() => new Promise(() => {})}>
      <acs-call-lobby></acs-call-lobby>
    </acs-call-provider>`,
};
