import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/screen-share-button/acs-screen-share-button.js';
import { withSimulatedCall, type SimulatedCallLoaded as Loaded } from './simulated-call.js';
import type { CallState } from '../src/sdk/index.js';

// One simulator and connected call per story (stories/simulated-call.ts).
const withCall = withSimulatedCall;

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
