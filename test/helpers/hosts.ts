/**
 * Test hosts and simulators that are cleaned up after each test: elements appended to `<body>` through
 * {@link mountHost} are removed and simulators made by {@link connectedSimulator} are disposed by
 * {@link cleanupHosts} (call it from `afterEach`).
 */
import { createSimulator, type SimulatorOptions } from '../../src/simulator/index.js';

export type Sim = ReturnType<typeof createSimulator>;
export type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;

const sims: Sim[] = [];

/** Appends a new `<tag>` to `<body>`, marked so that {@link cleanupHosts} removes it. */
export function mountHost(tag: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('data-test-host', '');
  return document.body.appendChild(el);
}

/** A simulator (no latency unless given) and a connected call on it; disposed by {@link cleanupHosts}. */
export async function connectedSimulator(
  options: SimulatorOptions = {},
  call: Parameters<Sim['connectedCall']>[0] = {},
): Promise<{ sim: Sim; call: SimCall }> {
  const sim = createSimulator({ latency: 0, ...options });
  sims.push(sim);
  return { sim, call: await sim.connectedCall(call) };
}

/** Removes the hosts {@link mountHost} appended and disposes the simulators {@link connectedSimulator} made. */
export function cleanupHosts(): void {
  document.querySelectorAll('body > [data-test-host]').forEach((e) => e.remove());
  for (const s of sims.splice(0)) s.dispose();
}
