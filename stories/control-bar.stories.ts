import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { withSimulatedCall, type SimulatedCallLoaded as Loaded } from './simulated-call.js';

/**
 * The call's controls in one toolbar: Tab reaches it once, the arrow keys move between the controls. The split
 * buttons beside mute and camera open the device lists; narrow, screen share and devices move into "More".
 */
const meta: Meta = {
  title: 'Compositions/Control Bar',
  component: 'acs-control-bar',
  tags: ['autodocs'],
  args: { width: '1280px' },
  argTypes: { width: { control: 'text' } },
  loaders: [withSimulatedCall()],
  render: (args, { loaded }) => {
    const { sim } = loaded as Loaded;
    return html`<div style="inline-size:${args.width};max-inline-size:100%">
      <acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-control-bar></acs-control-bar>
      </acs-call-provider>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/** A desktop window: every control with its label. */
export const Desktop: Story = {};

/** A tablet: icons only (the labels stay the accessible names). */
export const Tablet: Story = { args: { width: '768px' } };

/** A phone: screen share and the device lists in "More". */
export const Phone: Story = { args: { width: '390px' } };

/** An extra control (hold) in the default slot, before "Leave". */
export const WithHold: Story = {
  render: (_args, { loaded }) => {
    const { sim } = loaded as Loaded;
    return html`<acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
      <acs-control-bar><acs-hold-button></acs-hold-button></acs-control-bar>
    </acs-call-provider>`;
  },
};

/** Themed with CSS only: the control tokens on an ancestor, the bar's background and gap. */
export const Themed: Story = {
  render: (_args, { loaded }) => {
    const { sim } = loaded as Loaded;
    return html`<div
      style="--acs-control-background:#23263a;--acs-control-color:#fff;--acs-control-border-color:transparent;--acs-control-radius:12px;--acs-control-bar-background:#14162a;--acs-control-bar-gap:12px;--acs-control-bar-padding:12px"
    >
      <acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-control-bar></acs-control-bar>
      </acs-call-provider>
    </div>`;
  },
};
