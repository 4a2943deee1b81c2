import { html, type TemplateResult } from 'lit';
import { createSimulator, type SimulatorOptions } from '../src/simulator/index.js';
import type { SimulatedCall } from '../src/simulator/call.js';
import type { ParticipantInit } from '../src/simulator/participant.js';
import type { AcsCallProvider } from '../src/components/call-provider/call-provider.js';

/** The widths the composition stories are shown at: a phone and a desktop window. */
export const SIZES = {
  phone: { width: '390px', height: '760px' },
  desktop: { width: '1280px', height: '720px' },
} as const;

/** A box of a given size (a page region the composition fills), never wider than the canvas. */
export const box = (size: { width: string; height: string } | undefined, content: TemplateResult): TemplateResult =>
  size
    ? html`<div
        style="inline-size:${size.width};max-inline-size:100%;block-size:${size.height};outline:1px dashed #8a8d99"
      >
        ${content}
      </div>`
    : content;

/**
 * A Storybook loader: a simulator with an agent (300 ms latency, so "pending" is visible), for a provider given
 * `.callAgent`, `.deviceManager` and `.sdk`; `setup` prepares it (a blocked microphone, an incoming call).
 */
export const withAgent =
  (
    setup: (sim: ReturnType<typeof createSimulator>) => void | Promise<void> = () => {},
    options: SimulatorOptions = {},
  ) =>
  async () => {
    const sim = createSimulator({ latency: 300, ...options });
    await sim.callClient.createCallAgent(sim.credential);
    await setup(sim);
    return { sim };
  };

/**
 * The simulated user talks: the microphone level (what the lobby's meter shows) moves like speech, every 150 ms,
 * until the story is left (the next story's simulator takes over).
 */
export function talk(sim: ReturnType<typeof createSimulator>): void {
  let t = 0;
  const timer = setInterval(() => {
    t += 1;
    const syllable = Math.abs(Math.sin(t / 2.3)) * Math.abs(Math.sin(t / 7));
    try {
      sim.deviceManager.simulate.microphoneLevel(Math.round(5 + 60 * syllable));
    } catch {
      clearInterval(timer);
    }
  }, 150);
}

/** The group call the stories' providers join. */
export const GROUP_ID = '29228d3e-040e-4656-a70e-890ab4e173e5';

/** A provider of the simulator's agent, device manager and SDK, around `content`, joining the stories' group call. */
export const simulatedProvider = (sim: ReturnType<typeof createSimulator>, content: TemplateResult): TemplateResult =>
  html`<acs-call-provider
    group-id=${GROUP_ID}
    display-name="Ana"
    .callAgent=${sim.agent}
    .deviceManager=${sim.deviceManager}
    .sdk=${sim.sdk}
  >
    ${content}
  </acs-call-provider>`;

/** The people a story's call has: two with their camera on, one muted. */
export const PEOPLE: ParticipantInit[] = [
  { displayName: 'Dr. Ana Ortiz', video: true, speaking: true },
  { displayName: 'Ben Okafor', video: true },
  { displayName: 'Chen Wei', muted: true },
  { displayName: 'Dalia Haddad' },
];

/**
 * A story's `play`: join the provider's call in the story, let `people` in, then `then` (e.g. leave the call).
 */
export const joinThen =
  (then: (provider: AcsCallProvider) => unknown = () => {}, people: ParticipantInit[] = PEOPLE) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const provider = canvasElement.querySelector('acs-call-provider')!;
    await customElements.whenDefined('acs-call-provider');
    const call = (await provider.join()) as SimulatedCall | undefined;
    for (const person of people) call?.simulate.addParticipant(person);
    await then(provider);
  };
