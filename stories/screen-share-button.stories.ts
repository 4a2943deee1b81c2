import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/screen-share-button/acs-screen-share-button.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import type { CallState } from '../src/sdk/index.js';

type SimCall = Awaited<ReturnType<Simulator['connectedCall']>>;
type Loaded = { call: SimCall; sim: Simulator };

const withCall =
  (setup: (call: SimCall) => void | Promise<void> = () => {}) =>
  async (): Promise<Loaded> => {
    const sim = createSimulator({ latency: 300 });
    const call = await sim.connectedCall({ participants: 2 });
    await setup(call);
    return { call, sim };
  };

const meta: Meta = {
  title: 'Elements/Screen Share Button',
  component: 'acs-screen-share-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false },
  render: (args, { loaded }) => {
    const { call, sim } = loaded as Loaded;
    return html`<acs-screen-share-button
      .call=${call}
      .sdk=${sim.sdk}
      ?label-hidden=${args['label-hidden']}
    ></acs-screen-share-button>`;
  },
};
export default meta;
type Story = StoryObj;

/** Not sharing, in a connected call. */
export const NotSharing: Story = { loaders: [withCall()] };

/** Sharing the screen (the SDK says so). */
export const Sharing: Story = { loaders: [withCall((call) => call.startScreenSharing())] };

/** Compact: the visible label is hidden. */
export const Compact: Story = { loaders: [withCall()], args: { 'label-hidden': true } };

/** The call does not allow sharing (capability shareScreen missing). */
export const NotAllowed: Story = {
  loaders: [withCall((call) => call.simulate.capabilities({ shareScreen: false }, 'RoleChanged'))],
};

/** On hold: sharing needs a connected call. */
export const OnHold: Story = { loaders: [withCall((call) => call.simulate.state('LocalHold' as CallState))] };

/** The next start fails (the user closed the browser's chooser). Click it. */
export const StartFails: Story = { loaders: [withCall((call) => call.simulate.failNext('startScreenSharing'))] };
