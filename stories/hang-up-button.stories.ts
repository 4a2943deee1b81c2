import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/hang-up-button/acs-hang-up-button.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';

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
