import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/hold-button/acs-hold-button.js';
import { withSimulatedCall, type SimCall } from './simulated-call.js';
import type { CallState } from '../src/sdk/index.js';

// One simulator and connected call per story (stories/simulated-call.ts).
const withCall = withSimulatedCall;

const meta: Meta = {
  title: 'Elements/Hold Button',
  component: 'acs-hold-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false },
  render: (args, { loaded }) =>
    html`<acs-hold-button
      .call=${(loaded as { call: SimCall }).call}
      ?label-hidden=${args['label-hidden']}
    ></acs-hold-button>`,
};
export default meta;
type Story = StoryObj;

/** In a connected call: "Hold". */
export const Connected: Story = { loaders: [withCall()] };

/** On hold here: "Resume". */
export const OnHold: Story = { loaders: [withCall((call) => call.hold())] };

/** The other side put the call on hold: nothing to do here, and it says so. */
export const RemoteHold: Story = { loaders: [withCall((call) => call.simulate.state('RemoteHold' as CallState))] };

/** The next hold fails. Click it. */
export const HoldFails: Story = { loaders: [withCall((call) => call.simulate.failNext('hold'))] };
