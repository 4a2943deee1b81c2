import { createSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';

/** A connected simulated call. */
export type SimCall = Awaited<ReturnType<Simulator['connectedCall']>>;

/** What a story's loader gives its render: the call and its simulator. */
export interface SimulatedCallLoaded {
  readonly call: SimCall;
  readonly sim: Simulator;
}

/**
 * A Storybook loader: a simulator (300 ms latency, so "pending" is visible; one per story) and a connected call
 * with `participants` remote participants, prepared by `setup` before the element is shown.
 */
export const withSimulatedCall =
  (
    setup: (call: SimCall, sim: Simulator) => void | Promise<void> = () => {},
    { participants = 2, ...options }: SimulatorOptions & { participants?: number } = {},
  ) =>
  async (): Promise<SimulatedCallLoaded> => {
    const sim = createSimulator({ latency: 300, ...options });
    const call = await sim.connectedCall({ participants });
    await setup(call, sim);
    return { call, sim };
  };
