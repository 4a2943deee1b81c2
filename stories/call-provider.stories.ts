import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/call-provider/acs-call-provider.js';
import '../src/components/call-status/acs-call-status.js';
import '../src/components/mute-button/acs-mute-button.js';

const meta: Meta = {
  title: 'Elements/Call Provider',
  component: 'acs-call-provider',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/**
 * No JavaScript: `<acs-call-provider simulated autojoin>` loads the simulator lazily and joins a connected call with
 * three participants; every element inside receives the call through context.
 */
export const SimulatedAutojoin: Story = {
  render: () =>
    html`<acs-call-provider simulated autojoin simulated-participants="3">
      <acs-call-status></acs-call-status>
      <acs-mute-button></acs-mute-button>
    </acs-call-provider>`,
};

/** Simulated, joining on a button (`provider.join()`), hanging up with `provider.hangUp()`. */
export const JoinAndHangUp: Story = {
  render: () =>
    html`<acs-call-provider simulated id="p">
      <acs-call-status></acs-call-status>
      <acs-mute-button></acs-mute-button>
      <p>
        <button @click=${() => document.querySelector('acs-call-provider')!.join()}>Join</button>
        <button @click=${() => document.querySelector('acs-call-provider')!.hangUp()}>Hang up</button>
      </p>
    </acs-call-provider>`,
};

/** The real SDK path with a token endpoint that fails: the provider shows the error and "Try again". */
export const TokenFetchFails: Story = {
  render: () =>
    html`<acs-call-provider
      token-url="/this-token-endpoint-does-not-exist"
      group-id="29228d3e-040e-4656-a70e-890ab4e173e5"
      display-name="Ana"
      autojoin
    >
      <acs-call-status></acs-call-status>
    </acs-call-provider>`,
};

/** The real SDK path where the SDK rejects the token (401/44111): shown by the provider. */
export const InvalidToken: Story = {
  render: () =>
    html`<acs-call-provider
      token-url="data:application/json,%7B%22token%22%3A%22malformed%22%7D"
      group-id="29228d3e-040e-4656-a70e-890ab4e173e5"
      autojoin
    >
      <acs-call-status></acs-call-status>
    </acs-call-provider>`,
};
