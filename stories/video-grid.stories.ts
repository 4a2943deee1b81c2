import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/video-grid/acs-video-grid.js';
import { createSimulator } from '../src/simulator/index.js';
import type { Call } from '../src/sdk/index.js';

type Sim = ReturnType<typeof createSimulator>;
type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;
type Loaded = { sim: Sim; call: SimCall };
type Person = ReturnType<SimCall['simulate']['addParticipant']>;

const NAMES = [
  'Ana Silva',
  'Ben Okafor',
  'Chen Wei',
  'Dora Nagy',
  'Emil Berg',
  'Farah Haddad',
  'Gus Ito',
  'Hana Novak',
];

/** A connected simulated call with remote participants whose cameras show moving video. */
async function liveCall(count: number, extra: (call: SimCall, people: Person[]) => void = () => {}): Promise<Loaded> {
  const sim = createSimulator({ latency: 200 });
  const call = (await sim.connectedCall()) as SimCall;
  const people: Person[] = [];
  for (let i = 0; i < count; i++)
    people.push(
      call.simulate.addParticipant({
        displayName: i < NAMES.length ? NAMES[i] : `Guest ${i + 1}`,
        video: i % 3 !== 2,
        muted: i % 2 === 1,
      }),
    );
  extra(call, people);
  return { sim, call };
}

const grid = (loaded: Loaded, layout = 'auto', pageSize = 9) =>
  html`<div style="height: 70vh; min-height: 360px">
    <acs-video-grid
      layout=${layout}
      page-size=${pageSize}
      .call=${loaded.call as unknown as Call}
      .sdk=${loaded.sim.sdk}
    ></acs-video-grid>
  </div>`;

const meta: Meta = {
  title: 'Elements/Video Grid',
  component: 'acs-video-grid',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'select', options: ['auto', 'grid', 'screen-share', 'one-to-one', 'speaker'] },
    'page-size': { control: 'number' },
  },
};
export default meta;
type Story = StoryObj;

/** The grid layout: five remote participants (cameras on and off, some muted) and the local user. */
export const Grid: Story = {
  loaders: [async () => liveCall(5)],
  render: (_args, { loaded }) => grid(loaded as Loaded),
};

/** A participant shares a screen: the share is large (fitted), participants in a strip. */
export const ScreenShare: Story = {
  loaders: [async () => liveCall(4, (_call, people) => people[1]!.simulate.screenShare(true))],
  render: (_args, { loaded }) => grid(loaded as Loaded),
};

/** One remote participant: large, with the local preview floating. */
export const OneToOne: Story = {
  loaders: [async () => liveCall(1)],
  render: (_args, { loaded }) => grid(loaded as Loaded),
};

/** The speaker layout: the dominant speaker leads; it changes every 3 seconds. */
export const Speaker: Story = {
  loaders: [
    async () =>
      liveCall(6, (call, people) => {
        let i = 0;
        const next = () => {
          if (call.state !== 'Connected') return;
          call.simulate.dominantSpeakers([people[i++ % people.length]!]);
          setTimeout(next, 3000);
        };
        next();
      }),
  ],
  render: (_args, { loaded }) => grid(loaded as Loaded, 'speaker'),
};

/** 40 participants, 9 per page: previous/next buttons, "Page 1 of 5"; only visible participants get renderers. */
export const Paged: Story = {
  loaders: [async () => liveCall(40)],
  render: (_args, { loaded }) => grid(loaded as Loaded),
};

/** People join and leave every 2 seconds (announced in a live region, grouped). */
export const JoinsAndLeaves: Story = {
  loaders: [
    async () =>
      liveCall(2, (call) => {
        let n = 0;
        const step = () => {
          if (call.state !== 'Connected') return;
          if (call.remoteParticipants.length > 6 || (n % 3 === 2 && call.remoteParticipants.length > 1))
            call.simulate.removeParticipant(call.remoteParticipants[0]!);
          else call.simulate.addParticipant({ displayName: `Guest ${++n}`, video: n % 2 === 0 });
          setTimeout(step, 2000);
        };
        setTimeout(step, 2000);
      }),
  ],
  render: (_args, { loaded }) => grid(loaded as Loaded),
};

/** A display name that looks like HTML is shown as text; an unnamed participant gets a generic avatar. */
export const UntrustedNames: Story = {
  loaders: [
    async () =>
      liveCall(0, (call) => {
        call.simulate.addParticipant({ displayName: '<img src=x onerror=alert(1)>' });
        call.simulate.addParticipant({});
        call.simulate.addParticipant({ displayName: 'Ringing Rita', state: 'Ringing' });
      }),
  ],
  render: (_args, { loaded }) => grid(loaded as Loaded, 'grid'),
};
