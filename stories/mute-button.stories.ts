import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/mute-button/acs-mute-button.js';
import type { AcsMuteButton } from '../src/components/mute-button/mute-button.js';
import { MuteShortcutController } from '../src/controllers/shortcut-controller.js';
import { createSimulator } from '../src/simulator/index.js';
import type { CallState } from '../src/sdk/index.js';

type SimCall = Awaited<ReturnType<ReturnType<typeof createSimulator>['connectedCall']>>;
type Loaded = { call: SimCall; sim: ReturnType<typeof createSimulator> };

/** A simulated connected call, prepared by `setup` (one simulator per story). */
const withCall =
  (setup: (call: SimCall) => void | Promise<void> = () => {}, latency = 300) =>
  async (): Promise<Loaded> => {
    const sim = createSimulator({ latency });
    const call = await sim.connectedCall({ participants: 2 });
    await setup(call);
    return { call, sim };
  };

const render: StoryObj['render'] = (args, { loaded }) => {
  const { call, sim } = loaded as Loaded;
  return html`<acs-mute-button
    .call=${call}
    .sdk=${sim.sdk}
    ?label-hidden=${args['label-hidden']}
    ${ref((el) => {
      // The shortcut is opt-in: a page attaches a MuteShortcutController to the element.
      const button = el as AcsMuteButton | undefined;
      if (button && args.shortcut && !button.shortcut) button.shortcut = new MuteShortcutController(button);
    })}
    guide-href="#permission-guide"
  ></acs-mute-button>`;
};

const meta: Meta = {
  title: 'Elements/Mute Button',
  component: 'acs-mute-button',
  tags: ['autodocs'],
  args: { 'label-hidden': false, shortcut: false },
  render,
};
export default meta;
type Story = StoryObj;

/** Unmuted in a connected call. Clicks go to the simulated SDK (300 ms latency, so "pending" is visible). */
export const Unmuted: Story = { loaders: [withCall()] };

/** Muted (the SDK says so). */
export const Muted: Story = { loaders: [withCall((call) => call.mute())] };

/** Compact: the visible label is hidden, the accessible name stays. */
export const Compact: Story = { loaders: [withCall()], args: { 'label-hidden': true } };

/** Ctrl/Cmd+Shift+M toggles the microphone; the result is announced (opt-in: `MuteShortcutController`). */
export const WithShortcut: Story = { loaders: [withCall()], args: { shortcut: true } };

/** A slow SDK: the click shows "pending" and further clicks are ignored until the SDK answers. */
export const Pending: Story = { loaders: [withCall(() => {}, 3000)] };

/** Not usable in this call state (one story per state would look the same: Ringing shown). */
export const DisabledWhileRinging: Story = {
  loaders: [withCall((call) => call.simulate.state('Ringing' as CallState))],
};

/** Unmuting is not allowed (e.g. a Rooms attendee; capability unmuteMic missing). */
export const NotAllowed: Story = {
  loaders: [
    withCall((call) => {
      call.simulate.mutedByOthers();
      call.simulate.capabilities({ unmuteMic: false }, 'RoleChanged');
    }),
  ],
};

/** Microphone permission denied: clicking to unmute is refused, with a pointer to the permission guide. */
export const PermissionDenied: Story = {
  loaders: [
    withCall(async (call) => {
      await call.mute();
      call.simulate.diagnostic('microphonePermissionDenied', true);
    }),
  ],
};

/** The OS took the microphone (an iOS PSTN call): muted by the system, with the recovery hint. */
export const MutedBySystem: Story = { loaders: [withCall((call) => call.simulate.interruption('pstn'))] };

/** Another participant muted the user (a notice until the user unmutes). */
export const MutedByOthers: Story = {
  loaders: [withCall()],
  // After the button is shown: `mutedByOthers` is an event (the SDK keeps no property for it), so one fired in a
  // loader, before the button listens, would leave a plain "muted" button.
  play: async ({ loaded }) => (loaded as Loaded).call.simulate.mutedByOthers(),
};

/** The SDK hears speech while the microphone is muted. */
export const SpeakingWhileMuted: Story = {
  loaders: [
    withCall(async (call) => {
      await call.mute();
      call.simulate.diagnostic('speakingWhileMicrophoneIsMuted', true);
    }),
  ],
};

/** The next mute fails: the button keeps the SDK's real state and shows the error. Click it. */
export const MuteFails: Story = {
  loaders: [withCall((call) => call.simulate.failNext('mute'))],
};
