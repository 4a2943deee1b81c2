import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withSimulatedCall, type SimulatedCallLoaded as Loaded } from './simulated-call.js';
import { html } from 'lit';
import '../src/components/hang-up-button/acs-hang-up-button.js';

// One simulator and connected call per story (stories/simulated-call.ts).
const withCall = withSimulatedCall;

const meta: Meta = {
  title: 'Elements/Hang Up Button',
  component: 'acs-hang-up-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false },
  render: (args, { loaded }) => {
    const { call, sim } = loaded as Loaded;
    return html`<acs-hang-up-button
      .call=${call}
      .sdk=${sim.sdk}
      ?label-hidden=${args['label-hidden']}
    ></acs-hang-up-button>`;
  },
};
export default meta;
type Story = StoryObj;

/** "Leave" only: the call does not grant ending it for everyone. */
export const Leave: Story = {
  loaders: [withCall((call) => call.simulate.capabilities({ hangUpForEveryOne: false }))],
};

/** The call grants ending it for everyone (an organiser): "End for everyone", behind a confirmation. */
export const EndForEveryone: Story = { loaders: [withCall()] };

/** The call has ended: the button does nothing to it (the SDK would reject hangUp). */
export const Ended: Story = { loaders: [withCall((call) => call.simulate.end({ code: 0, subCode: 0 }))] };

/** The next hang-up fails. Click it. */
export const HangUpFails: Story = { loaders: [withCall((call) => call.simulate.failNext('hangUp'))] };
