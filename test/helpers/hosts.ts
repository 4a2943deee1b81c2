/**
 * Test hosts that are cleaned up after each test: elements appended to `<body>` through {@link mountHost} are
 * removed by {@link cleanupHosts} (call it from `afterEach`). Simulators come from `./simulator.js`.
 */
import { expect } from '@open-wc/testing';
import type { Sim, SimCall } from './simulator.js';

export { connectedSimulator, type Sim, type SimCall } from './simulator.js';

/** Appends a new `<tag>` to `<body>`, marked so that {@link cleanupHosts} removes it. */
export function mountHost(tag: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('data-test-host', '');
  return document.body.appendChild(el);
}

/** Removes the hosts {@link mountHost} appended. */
export function cleanupHosts(): void {
  document.querySelectorAll('body > [data-test-host]').forEach((e) => e.remove());
}

/**
 * The listener life cycle every call-driven element must keep: it listens to `call`; removed, it holds no
 * listener on any object of `sim`; re-appended, it listens again; given another call, it lets go of the first.
 * Resolves with the other call, connected and followed by the element.
 */
export async function expectListenersFollowTheCall(
  el: HTMLElement & { call?: unknown; updateComplete: Promise<unknown> },
  sim: Sim,
  call: SimCall,
): Promise<SimCall> {
  expect(call.listenerCount(), 'listens to the call').to.be.greaterThan(0);
  const parent = el.parentElement!;
  el.remove();
  expect(sim.listenerCount(), 'nothing held after removal').to.equal(0);
  parent.append(el);
  await el.updateComplete;
  expect(call.listenerCount(), 'listens again after re-append').to.be.greaterThan(0);
  const other = await sim.connectedCall();
  el.call = other;
  await el.updateComplete;
  expect(call.listenerCount(), 'lets go of the old call').to.equal(0);
  expect(other.listenerCount(), 'listens to the new call').to.be.greaterThan(0);
  return other;
}
