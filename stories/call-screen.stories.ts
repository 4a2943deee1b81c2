import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { SIZES, box, joinThen, simulatedProvider, talk, withAgent } from './compositions.js';
import type { createSimulator } from '../src/simulator/index.js';

type Loaded = { sim: ReturnType<typeof createSimulator> };

/**
 * The whole visit in one tag: `<acs-call-screen>` inside `<acs-call-provider>`. The lobby first (preview,
 * permissions, devices, "Join call"), then the call (status, grid, notices over it, control bar), then "call ended"
 * with "Rejoin". Every part is one of the public elements, replaceable through a slot.
 */
const meta: Meta = {
  title: 'Compositions/Call Screen',
  component: 'acs-call-screen',
  tags: ['autodocs'],
  loaders: [withAgent(talk)],
  render: (_args, { loaded, parameters }) => {
    const { sim } = loaded as Loaded;
    return box(parameters.size, simulatedProvider(sim, html`<acs-call-screen></acs-call-screen>`));
  },
};
export default meta;
type Story = StoryObj;

/** The lobby on a desktop window: join from it. */
export const LobbyDesktop: Story = { parameters: { size: SIZES.desktop } };

/** The lobby on a phone. */
export const LobbyPhone: Story = { parameters: { size: SIZES.phone } };

/** In the call, on a desktop window: five people, the controls with their labels. */
export const CallDesktop: Story = { parameters: { size: SIZES.desktop }, play: joinThen() };

/** In the call, on a phone: icons only, screen share and devices in "More". */
export const CallPhone: Story = { parameters: { size: SIZES.phone }, play: joinThen() };

/** After the call: the reason, and "Rejoin". */
export const Ended: Story = {
  parameters: { size: SIZES.desktop },
  play: joinThen((provider) => provider.hangUp()),
};

/** In normal flow (nothing gives it a height): the grid takes 16:9 of the width. */
export const InNormalFlow: Story = { play: joinThen() };

/**
 * No JavaScript at all: `<acs-call-provider simulated>` loads the simulator lazily; the lobby says it is getting
 * the call ready meanwhile.
 */
export const SimulatedNoScript: Story = {
  render: () =>
    box(
      SIZES.desktop,
      html`<acs-call-provider simulated simulated-participants="4"
        ><acs-call-screen></acs-call-screen
      ></acs-call-provider>`,
    ),
};

/** Parts replaced through slots: the page's own heading in the lobby and its own controls during the call. */
export const WithSlots: Story = {
  render: (_args, { loaded }) => {
    const { sim } = loaded as Loaded;
    return box(
      SIZES.desktop,
      simulatedProvider(
        sim,
        html`<acs-call-screen>
          <acs-call-lobby slot="lobby"><span slot="heading">Your visit with Dr. Ana Ortiz</span></acs-call-lobby>
          <acs-control-bar slot="controls" no-screen-share><acs-hold-button></acs-hold-button></acs-control-bar>
        </acs-call-screen>`,
      ),
    );
  },
};
