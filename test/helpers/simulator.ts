/**
 * The one way tests make a simulator: {@link testSimulator} makes one that is disposed after the test that made it
 * (by a root `afterEach` this module registers in every test file that imports it), so that no test leaves calls,
 * timers or animations running for the next one.
 */
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export type Sim = Simulator;
export type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;

const made: Simulator[] = [];

afterEach(() => {
  for (const sim of made.splice(0)) sim.dispose();
});

/** A simulator (no latency unless given), disposed after the current test. */
export function testSimulator(options: SimulatorOptions = {}): Simulator {
  const sim = createSimulator({ latency: 0, ...options });
  made.push(sim);
  return sim;
}

/** A simulator (disposed after the test) and a connected call on it. */
export async function connectedSimulator(
  options: SimulatorOptions = {},
  call: Parameters<Sim['connectedCall']>[0] = {},
): Promise<{ sim: Sim; call: SimCall }> {
  const sim = testSimulator(options);
  return { sim, call: await sim.connectedCall(call) };
}
