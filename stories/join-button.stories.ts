import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/join-button/acs-join-button.js';
import '../src/components/call-provider/acs-call-provider.js';
import '../src/components/call-status/acs-call-status.js';
import '../src/components/hang-up-button/acs-hang-up-button.js';

const meta: Meta = {
  title: 'Elements/Join Button',
  component: 'acs-join-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false },
};
export default meta;
type Story = StoryObj;

/**
 * Inside a simulated `<acs-call-provider>` (no `autojoin`): "Getting ready…" while the simulator loads, then
 * "Join call"; after "Leave", "Rejoin".
 */
export const JoinAndRejoin: Story = {
  render: (args) =>
    html`<acs-call-provider simulated>
      <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
        <acs-join-button ?label-hidden=${args['label-hidden']}></acs-join-button>
        <acs-hang-up-button></acs-hang-up-button>
        <acs-call-status></acs-call-status>
      </div>
    </acs-call-provider>`,
};

/** Outside a provider there is nothing to join: it says so. */
export const WithoutProvider: Story = { render: () => html`<acs-join-button></acs-join-button>` };
