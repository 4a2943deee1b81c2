import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/call-status/acs-call-status.js';
import { createSimulator } from '../src/simulator/index.js';
import { CALL_STATES, type CallEndReason, type CallState, type IncomingCall } from '../src/sdk/index.js';

type Sim = ReturnType<typeof createSimulator>;
type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;
type Loaded = { call: SimCall; sim: Sim; incoming?: IncomingCall; deviceManager?: unknown };

/** A 0.4 s 440 Hz tone followed by 0.6 s of silence, as a WAV data URL (no network needed). */
function beep(): string {
  const rate = 8000;
  const samples = rate;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    bytes[44 + i] = i < rate * 0.4 ? 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate)) : 128;
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

const withCall =
  (setup: (call: SimCall, sim: Sim) => void | Partial<Loaded> | Promise<void | Partial<Loaded>> = () => {}) =>
  async (): Promise<Loaded> => {
    const sim = createSimulator({ latency: 200 });
    const call = await sim.connectedCall({ participants: 2 });
    const extra = (await setup(call, sim)) || {};
    return { call, sim, ...extra };
  };

const render: StoryObj['render'] = (args, { loaded }) => {
  const { call, sim, incoming, deviceManager } = loaded as Loaded;
  return html`<acs-call-status
    .call=${call}
    .sdk=${sim.sdk}
    .incomingCall=${incoming}
    .deviceManager=${deviceManager}
    ringtone=${args.ringtone || ''}
  ></acs-call-status>`;
};

const meta: Meta = {
  title: 'Elements/Call Status',
  component: 'acs-call-status',
  tags: ['autodocs'],
  args: { ringtone: '' },
  render,
};
export default meta;
type Story = StoryObj;

const stateStory = (state: CallState): Story => ({
  loaders: [
    withCall((call) => {
      if (state === 'Disconnected') call.simulate.end({ code: 0, subCode: 0 });
      else call.simulate.state(state);
    }),
  ],
});

/** Connected, with the running duration. */
export const Connected: Story = stateStory('Connected');
export const None: Story = stateStory('None');
export const Connecting: Story = stateStory('Connecting');
export const Ringing: Story = stateStory('Ringing');
export const EarlyMedia: Story = stateStory('EarlyMedia');
export const LocalHold: Story = stateStory('LocalHold');
export const RemoteHold: Story = stateStory('RemoteHold');
export const InLobby: Story = stateStory('InLobby');
export const Disconnecting: Story = stateStory('Disconnecting');
export const Disconnected: Story = stateStory('Disconnected');

/** A state this version does not know: a generic label with the raw name. */
export const UnknownState: Story = stateStory('Reconnecting' as CallState);

/** Every state side by side. */
export const AllStates: Story = {
  loaders: [
    async () => {
      const sim = createSimulator({ latency: 200 });
      const calls = [];
      for (const state of CALL_STATES) {
        const call = await sim.connectedCall();
        if (state === 'Disconnected') call.simulate.end({ code: 0, subCode: 0 });
        else call.simulate.state(state);
        calls.push(call);
      }
      return { calls, sim };
    },
  ],
  render: (_args, { loaded }) => {
    const { calls, sim } = loaded as { calls: SimCall[]; sim: Sim };
    return html`<div style="display:grid;gap:8px">
      ${calls.map((call) => html`<acs-call-status .call=${call} .sdk=${sim.sdk}></acs-call-status>`)}
    </div>`;
  },
};

/** The network dropped: `networkReconnect` is Bad. */
export const Reconnecting: Story = {
  loaders: [withCall((call) => call.simulate.diagnostic('networkReconnect', 3))],
};

/** The network came back (Good after Bad). */
export const Reconnected: Story = {
  render,
  loaders: [withCall()],
  play: async ({ loaded }) => {
    const { call } = loaded as Loaded;
    call.simulate.diagnostic('networkReconnect', 3);
    setTimeout(() => call.simulate.diagnostic('networkReconnect', 1), 1500);
  },
};

const ended = (reason: CallEndReason): Story => ({ loaders: [withCall((call) => call.simulate.end(reason))] });
export const EndedNormally: Story = ended({ code: 0, subCode: 0 });
export const RemovedByParticipant: Story = ended({ code: 0, subCode: 5300 });
export const Transferred: Story = ended({ code: 0, subCode: 7015 });
export const Declined: Story = ended({ code: 603, subCode: 0 });
export const Busy: Story = ended({ code: 486, subCode: 560486 });
export const NoAnswer: Story = ended({ code: 487, subCode: 10004 });
export const NotInvitedToRoom: Story = ended({ code: 403, subCode: 5828 });
export const NoNetwork: Story = ended({ code: 490, subCode: 4525 });
export const Failed: Story = ended({ code: 410, subCode: 3112 });
export const UnknownEndCode: Story = ended({ code: 299, subCode: 42 });

/** An incoming call while another call is active: accept (with or without video) or decline. */
export const IncomingWhileInCall: Story = {
  loaders: [
    withCall(async (_call, sim) => ({
      incoming: sim.agent!.simulate.incomingCall({ displayName: 'Grace Hopper' }),
      deviceManager: await sim.callClient.getDeviceManager(),
    })),
  ],
};

/** An outgoing call that rings, with a ringtone (an audio file URL) that stops when the state leaves Ringing. */
export const RingingWithRingtone: Story = {
  ...stateStory('Ringing'),
  args: { ringtone: beep() },
};
