import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/call-notices/acs-call-notices.js';
import { DIAGNOSTIC_NOTICES } from '../src/components/call-notices/diagnostic-notices.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import type { DiagnosticName } from '../src/sdk/index.js';

type SimCall = Awaited<ReturnType<Simulator['connectedCall']>>;
type Loaded = { call: SimCall; sim: Simulator };

const withCall = async (): Promise<Loaded> => {
  const sim = createSimulator({ latency: 300 });
  const call = await sim.connectedCall({ participants: 2 });
  return { call, sim };
};

/** Raises diagnostics once the element listens (the SDK's events, not loaders, tell it). */
const raise =
  (...names: DiagnosticName[]) =>
  async ({ loaded }: { loaded: Record<string, unknown> }) => {
    for (const name of names) (loaded as Loaded).call.simulate.diagnostic(name, true);
  };

const meta: Meta = {
  title: 'Elements/Call Notices',
  component: 'acs-call-notices',
  tags: ['autodocs'],
  args: { platform: 'desktop', max: 3 },
  argTypes: { platform: { control: 'inline-radio', options: ['ios', 'android', 'desktop'] } },
  loaders: [withCall],
  render: (args, { loaded }) => {
    const { call, sim } = loaded as Loaded;
    return html`<acs-call-notices
      style="max-width: 32rem"
      platform=${args.platform}
      max=${args.max}
      guide-href="#permission-guide"
      devices-href="#devices"
      network-help-href="#network-help"
      .call=${call}
      .sdk=${sim.sdk}
      .deviceManager=${sim.deviceManager}
    ></acs-call-notices>`;
  },
};
export default meta;
type Story = StoryObj;

/** A phone call on iOS took the microphone and the camera: unmute and restart video when done. */
export const PhoneCallOnIos: Story = {
  args: { platform: 'ios' },
  play: async ({ loaded }) => (loaded as Loaded).call.simulate.interruption('pstn', { os: 'ios' }),
};

/** The network drops: reconnecting and no network, with the link to network help. */
export const NetworkDrop: Story = { play: raise('networkReconnect', 'noNetwork') };

/** Many problems at once: errors first, three shown, the rest behind "Show more". */
export const Capped: Story = {
  play: raise('cameraFreeze', 'microphoneNotFunctioning', 'networkSendQuality', 'cameraPermissionDenied', 'noNetwork'),
};

/** Every diagnostic of the table at once, all shown (`max` 30): the whole wording to review. */
export const EveryDiagnostic: Story = {
  args: { max: 30 },
  play: raise(...(Object.keys(DIAGNOSTIC_NOTICES) as DiagnosticName[])),
};

/** A problem that went away: the short "works again" notice (it goes after 6 s). */
export const Recovered: Story = {
  play: async ({ loaded }) => {
    const { call } = loaded as Loaded;
    call.simulate.diagnostic('networkReconnect', 3);
    await new Promise((r) => setTimeout(r, 50));
    call.simulate.diagnostic('networkReconnect', 1);
  },
};
