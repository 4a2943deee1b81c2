import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { tokens } from '../src/styles/tokens.json';
import { SIZES, box, joinThen, simulatedProvider, talk, withAgent } from './compositions.js';
import type { createSimulator } from '../src/simulator/index.js';

type Loaded = { sim: ReturnType<typeof createSimulator> };
type Token = { name: string; light?: string; dark?: string; value?: string; description: string };

/** Every global token, as a control: colours with a colour picker, the others as text. */
const argTypes: ArgTypes = Object.fromEntries(
  (tokens as Token[]).map((t) => [
    t.name,
    {
      control: t.name.startsWith('color-') ? ({ type: 'color' } as const) : ({ type: 'text' } as const),
      description: t.description,
      table: { category: t.name.startsWith('color-') ? 'Colours' : 'Type, space and shape' },
    },
  ]),
);
const args = Object.fromEntries((tokens as Token[]).map((t) => [t.name, t.light ?? t.value ?? '']));

/**
 * Theme a whole call screen live: each control is a global token (`--acs-<name>`), set on the call screen's
 * container, as a partner's stylesheet would set it on `:root`. The Docs tab lists every token with its light and
 * dark defaults.
 */
const meta: Meta = {
  title: 'Theming/Live Tokens',
  tags: ['autodocs'],
  argTypes,
  args,
  loaders: [withAgent(talk)],
  parameters: { size: SIZES.desktop },
  render: (tokenArgs, { loaded, parameters }) => {
    const { sim } = loaded as Loaded;
    const style = Object.entries(tokenArgs)
      .filter(([name, value]) => value && args[name] !== undefined)
      .map(([name, value]) => `--acs-${name}: ${value}`)
      .join('; ');
    return box(
      parameters.size,
      html`<div style="block-size: 100%; ${style}">
        ${simulatedProvider(sim, html`<acs-call-screen></acs-call-screen>`)}
      </div>`,
    );
  },
};
export default meta;
type Story = StoryObj;

/** The call, with every token editable. */
export const Call: Story = { play: joinThen() };

/** The lobby, with every token editable. */
export const Lobby: Story = {};

/** A clinic's brand, with tokens only: a teal accent, a warm surface, square corners, its own font. */
export const ClinicBrand: Story = {
  args: {
    'color-accent': '#00695c',
    'color-on-accent': '#ffffff',
    'color-surface': '#fffaf3',
    'color-surface-variant': '#f3eadb',
    'color-video-surface': '#203a36',
    'radius-s': '0',
    'radius-m': '0',
    'radius-full': '2px',
    'font-family': 'Georgia, serif',
  },
  play: joinThen(),
};
