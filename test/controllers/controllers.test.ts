// The controllers, each on a bare host element under a generated tag, against simulated SDK objects: they read
// through (never copy), re-render on the SDK's events, release every listener on disconnect, take them back on
// re-append, and release the old object on a swap.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { CALL_EVENTS, CallController } from '../../src/controllers/call-controller.js';
import { CallAgentController } from '../../src/controllers/call-agent-controller.js';
import { DiagnosticsController, type DiagnosticChange } from '../../src/controllers/diagnostics-controller.js';
import { CapabilitiesController } from '../../src/controllers/capabilities-controller.js';
import { AsyncActionController } from '../../src/controllers/async-action-controller.js';
import { errorsOf, type AcsErrorEvent } from '../../src/events/acs-error.js';
import { testSimulator, type Sim } from '../helpers/simulator.js';
import type { SimulatedCallAgent } from '../../src/simulator/agent.js';

let n = 0;
/** A bare host (a ReactiveElement that counts its updates) under a fresh tag. */
function host<T>(make: (h: ReactiveElement) => T): { el: ReactiveElement & { updates: number }; c: T } {
  class Host extends ReactiveElement {
    updates = 0;
    protected override update(changed: Map<PropertyKey, unknown>) {
      super.update(changed);
      this.updates++;
    }
  }
  const tag = `test-controller-host-${++n}`;
  customElements.define(tag, Host);
  const el = document.createElement(tag) as Host;
  const c = make(el);
  return { el, c };
}

const settle = async (el: ReactiveElement) => {
  await el.updateComplete;
};

describe('controllers', () => {
  let sim: Sim;
  beforeEach(() => {
    sim = testSimulator({ latency: 1 });
  });

  describe('CallController', () => {
    it('reads through, re-renders on events, releases and re-takes listeners, swaps cleanly', async () => {
      const call = await sim.connectedCall();
      const { el, c } = host((h) => new CallController(h, { events: CALL_EVENTS }));
      c.target = call;
      expect(call.listenerCount()).to.equal(0); // not connected yet
      document.body.append(el);
      await settle(el);
      expect(call.listenerCount()).to.be.greaterThan(0);
      expect(c.listenerCount).to.equal(call.listenerCount());
      expect(c.state).to.equal('Connected');
      expect(c.isActive).to.equal(true);
      const before = el.updates;
      await call.mute();
      await settle(el);
      expect(el.updates).to.be.greaterThan(before);
      expect(c.isMuted).to.equal(true);
      el.remove();
      expect(call.listenerCount()).to.equal(0);
      expect(c.listenerCount).to.equal(0);
      document.body.append(el);
      expect(call.listenerCount()).to.be.greaterThan(0);
      const other = await sim.connectedCall();
      c.target = other;
      expect(call.listenerCount()).to.equal(0);
      expect(other.listenerCount()).to.be.greaterThan(0);
      expect(c.isMuted).to.equal(false);
      c.target = undefined;
      expect(sim.listenerCount()).to.equal(0);
      expect(c.state).to.equal(undefined);
      el.remove();
    });

    it('renders again on re-append, since events were missed while detached', async () => {
      const call = await sim.connectedCall();
      const { el, c } = host((h) => new CallController(h, { events: CALL_EVENTS }));
      c.target = call;
      document.body.append(el);
      await settle(el);
      el.remove();
      call.simulate.mutedByOthers();
      const before = el.updates;
      document.body.append(el);
      await settle(el);
      expect(el.updates).to.equal(before + 1);
      expect(c.isMuted).to.equal(true);
      el.remove();
    });

    it('passes events with their payload to onEvent', async () => {
      const call = await sim.connectedCall();
      const seen: [string, unknown[]][] = [];
      const { el, c } = host(
        (h) => new CallController(h, { events: CALL_EVENTS, onEvent: (event, args) => seen.push([event, [...args]]) }),
      );
      c.target = call;
      document.body.append(el);
      call.simulate.mutedByOthers();
      expect(seen.map(([event]) => event)).to.include('mutedByOthers');
      expect(seen.map(([event]) => event)).to.include('isMutedChanged');
      // The SDK's own arguments, untouched: the remote participants update carries what was added.
      const added = call.simulate.addParticipant({ displayName: 'Bo' });
      const update = seen.find(([event]) => event === 'remoteParticipantsUpdated');
      expect(update?.[1]).to.deep.equal([{ added: [added], removed: [] }]);
      el.remove();
    });
  });

  describe('CallAgentController', () => {
    it('follows calls, the active call, incoming calls and their end; releases everything', async () => {
      const agent = (await sim.callClient.createCallAgent(sim.credential)) as unknown as SimulatedCallAgent;
      const { el, c } = host((h) => new CallAgentController(h));
      c.agent = agent;
      document.body.append(el);
      expect(c.activeCall).to.equal(undefined);
      const incoming = agent.simulate.incomingCall({ displayName: 'Eve' });
      expect(c.incomingCalls).to.deep.equal([incoming]);
      incoming.simulate.end({ code: 487, subCode: 0 });
      expect(c.incomingCalls).to.deep.equal([]);
      const second = agent.simulate.incomingCall({ displayName: 'Dan' });
      const accepted = await second.accept();
      c.forgetIncoming(second);
      await waitUntil(() => c.activeCall === accepted && accepted.state === 'Connected', 'active call');
      expect(c.calls).to.include(accepted);
      expect(c.listenerCount).to.be.greaterThan(0);
      el.remove();
      expect(c.listenerCount).to.equal(0);
      expect(sim.listenerCount()).to.equal(0);
      document.body.append(el);
      expect(agent.listenerCount()).to.be.greaterThan(0);
      c.agent = undefined;
      expect(sim.listenerCount()).to.equal(0);
      el.remove();
    });

    it('stops listing an incoming call once it is accepted elsewhere (it became one of the agent calls)', async () => {
      const agent = (await sim.callClient.createCallAgent(sim.credential)) as unknown as SimulatedCallAgent;
      const { el, c } = host((h) => new CallAgentController(h));
      c.agent = agent;
      document.body.append(el);
      const incoming = agent.simulate.incomingCall({ displayName: 'Eve' });
      expect(c.incomingCalls).to.deep.equal([incoming]);
      // Page code accepts it: the controller is not told, it sees the agent's calls change.
      const call = await incoming.accept();
      expect(call.id).to.equal(incoming.id);
      await waitUntil(() => c.incomingCalls.length === 0, 'the accepted call no longer rings');
      expect(c.calls).to.include(call);
      el.remove();
      expect(c.listenerCount).to.equal(0);
    });

    it('prefers the connected call over a newer one that is still connecting', async () => {
      const agent = (await sim.callClient.createCallAgent(sim.credential)) as unknown as SimulatedCallAgent;
      const { el, c } = host((h) => new CallAgentController(h));
      c.agent = agent;
      document.body.append(el);
      const first = await agent.simulate.incomingCall({ displayName: 'A' }).accept();
      await waitUntil(() => first.state === 'Connected');
      agent.simulate.autoConnect = false;
      const second = agent.join({ groupId: '00000000-0000-0000-0000-000000000000' });
      await settle(el);
      expect(agent.calls).to.include(second);
      expect(c.activeCall).to.equal(first);
      el.remove();
    });
  });

  describe('DiagnosticsController', () => {
    it('reads the latest values, reports changes, releases its listeners', async () => {
      const call = await sim.connectedCall();
      const changes: DiagnosticChange[] = [];
      const { el, c } = host((h) => new DiagnosticsController(h, (change) => changes.push(change)));
      c.set(call, sim.sdk);
      document.body.append(el);
      expect(c.listenerCount).to.equal(2);
      expect(c.isBad('network', 'networkReconnect')).to.equal(false);
      call.simulate.diagnostic('networkReconnect', 3);
      expect(c.latest('network', 'networkReconnect')).to.equal(3);
      expect(c.isBad('network', 'networkReconnect')).to.equal(true);
      call.simulate.diagnostic('microphoneMuteUnexpectedly', true);
      expect(c.isBad('media', 'microphoneMuteUnexpectedly')).to.equal(true);
      expect(changes.map((x) => x.diagnostic)).to.deep.equal(['networkReconnect', 'microphoneMuteUnexpectedly']);
      el.remove();
      expect(sim.listenerCount()).to.equal(0);
      document.body.append(el);
      expect(c.listenerCount).to.equal(2);
      const other = await sim.connectedCall();
      c.set(other, sim.sdk);
      expect(call.listenerCount()).to.equal(0);
      expect(c.isBad('network', 'networkReconnect')).to.equal(false);
      c.set(undefined, undefined);
      expect(sim.listenerCount()).to.equal(0);
      expect(c.latest('media', 'microphoneMuteUnexpectedly')).to.equal(undefined);
      el.remove();
    });
  });

  describe('CapabilitiesController', () => {
    it('reads capabilities live and releases its listener', async () => {
      const call = await sim.connectedCall();
      const { el, c } = host((h) => new CapabilitiesController(h));
      c.set(call, sim.sdk);
      document.body.append(el);
      expect(c.allows('unmuteMic')).to.equal(true);
      const before = (el as ReactiveElement & { updates: number }).updates;
      call.simulate.capabilities({ unmuteMic: false });
      await settle(el);
      expect(el.updates).to.be.greaterThan(before);
      expect(c.allows('unmuteMic')).to.equal(false);
      expect(c.reason('unmuteMic')).to.be.a('string');
      expect(c.listenerCount).to.equal(1);
      el.remove();
      expect(sim.listenerCount()).to.equal(0);
      document.body.append(el);
      expect(c.listenerCount).to.equal(1);
      c.set(undefined, undefined);
      expect(sim.listenerCount()).to.equal(0);
      expect(c.allows('unmuteMic')).to.equal(true);
      el.remove();
    });
  });

  describe('AsyncActionController', () => {
    it('runs one command at a time, keeps the error and reports it (the host fires acs-error)', async () => {
      const { el, c } = host((h) => new AsyncActionController(h, errorsOf(h)));
      document.body.append(el);
      let release!: () => void;
      const first = c.run('mute', () => new Promise<void>((r) => (release = r)));
      expect(c.pending).to.equal('mute');
      expect(await c.run('unmute', async () => {})).to.equal(false);
      release();
      expect(await first).to.equal(true);
      expect(c.pending).to.equal(undefined);
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      const failed = c.run('unmute', async () => {
        throw Object.assign(new Error('nope'), { code: 500, subCode: 41016 });
      });
      const { detail } = await event;
      expect(await failed).to.equal(false);
      expect(detail).to.include({ operation: 'unmute', message: 'nope', code: 500, subCode: 41016 });
      expect(c.error?.operation).to.equal('unmute');
      expect(await c.run('mute', async () => {})).to.equal(true);
      expect(c.error, 'the next command clears the last failure').to.equal(undefined);
      el.remove();
    });

    it('keeps a command in flight across removal (no second one); errorsOf fires nothing once removed', async () => {
      const { el, c } = host((h) => new AsyncActionController(h, errorsOf(h)));
      document.body.append(el);
      let fail!: (e: Error) => void;
      const run = c.run('mute', () => new Promise<void>((_, reject) => (fail = reject)));
      el.remove();
      document.body.append(el);
      expect(await c.run('unmute', async () => {})).to.equal(false);
      el.remove();
      let fired = false;
      el.addEventListener('acs-error', () => (fired = true));
      fail(new Error('late'));
      expect(await run).to.equal(false);
      expect(fired).to.equal(false);
      expect(c.pending).to.equal(undefined);
      expect(c.error?.message).to.equal('late');
    });
  });
});
