import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ParticipantController, ParticipantsController } from '../../src/controllers/participants-controller.js';
import type { Call, RemoteParticipant } from '../../src/sdk/index.js';
import { cleanupHosts, connectedSimulator, mountHost, type SimCall } from '../helpers/hosts.js';

let n = 0;
/** A bare host element under a generated tag, counting its updates. */
function host() {
  const tag = `participants-host-${++n}`;
  class Host extends LitElement {
    updates = 0;
    structure = 0;
    joined: string[] = [];
    left: string[] = [];
    readonly participants = new ParticipantsController(this, {
      updated: (added, removed) => {
        this.joined.push(...added.map((p) => p.displayName ?? ''));
        this.left.push(...removed.map((p) => p.displayName ?? ''));
      },
      structure: () => this.structure++,
    });
    readonly one = new ParticipantController(this);
    protected override updated() {
      this.updates++;
    }
  }
  customElements.define(tag, Host);
  return tag;
}

afterEach(cleanupHosts);

async function setup() {
  const { sim, call } = await connectedSimulator();
  call.simulate.addParticipant({ displayName: 'Ana' });
  const tag = host();
  const el = mountHost(tag) as LitElement & {
    updates: number;
    structure: number;
    joined: string[];
    left: string[];
    participants: ParticipantsController;
    one: ParticipantController;
  };
  await el.updateComplete;
  return { sim, call, el };
}

describe('ParticipantsController', () => {
  it('reports joins, leaves, cameras and screen shares, not a participant’s other changes', async () => {
    const { call, el } = await setup();
    el.participants.call = call as unknown as Call;
    const ben = call.simulate.addParticipant({ displayName: 'Ben' });
    expect(el.joined).to.deep.equal(['Ben']);
    expect(el.structure).to.equal(1);
    ben.simulate.muted(true);
    ben.simulate.speaking(true);
    expect(el.structure, 'mute and speaking are the tile’s').to.equal(1);
    // A camera changes the order (people with their camera on first).
    ben.simulate.video(true);
    expect(el.structure).to.equal(2);
    ben.simulate.screenShare(true);
    expect(el.structure).to.equal(3);
    ben.simulate.screenShare(false);
    expect(el.structure).to.equal(4);
    call.simulate.removeParticipant(ben);
    expect(el.left).to.deep.equal(['Ben']);
    // The removal (and the camera stream going unavailable as Ben leaves, as the SDK reports it).
    const afterRemoval = el.structure;
    expect(afterRemoval).to.be.within(5, 6);
    // A removed participant is no longer followed.
    ben.simulate.screenShare(true);
    ben.simulate.video(false);
    expect(el.structure).to.equal(afterRemoval);
  });

  it('releases every listener on disconnect and when the call is swapped, and follows again on reconnect', async () => {
    const { sim, call, el } = await setup();
    el.participants.call = call as unknown as Call;
    call.simulate.addParticipant({ displayName: 'Ben' });
    const held = el.participants.listenerCount;
    expect(held).to.be.greaterThan(0);
    expect(sim.listenerCount()).to.equal(held);
    const parent = el.parentElement!;
    el.remove();
    expect(sim.listenerCount()).to.equal(0);
    expect(el.participants.listenerCount).to.equal(0);
    parent.append(el);
    expect(sim.listenerCount()).to.equal(held);
    const other = (await sim.connectedCall()) as SimCall;
    el.participants.call = other as unknown as Call;
    expect(call.listenerCount()).to.equal(0);
    el.participants.call = undefined;
    expect(sim.listenerCount()).to.equal(0);
  });
});

describe('ParticipantController', () => {
  it('updates its host on the participant’s and its camera stream’s events only', async () => {
    const { sim, call, el } = await setup();
    const ana = call.remoteParticipants[0]! as RemoteParticipant & SimCall['remoteParticipants'][number];
    el.one.participant = ana;
    await el.updateComplete;
    const before = el.updates;
    (ana as unknown as { simulate: { muted(m: boolean): void } }).simulate.muted(true);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    (ana as unknown as { simulate: { video(on: boolean): void } }).simulate.video(true);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 2);
    expect(el.one.stream?.isAvailable).to.equal(true);
    // The screen share is not this controller's business (type Video).
    (ana as unknown as { simulate: { screenShare(on: boolean): void } }).simulate.screenShare(true);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 2);
    el.one.type = 'ScreenSharing';
    (ana as unknown as { simulate: { screenShare(on: boolean): void } }).simulate.screenShare(false);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 3);
    el.one.participant = undefined;
    expect(sim.listenerCount()).to.equal(0);
  });

  it('follows the local user through the call', async () => {
    const { sim, call, el } = await setup();
    el.one.call = call as unknown as Call;
    await el.updateComplete;
    const before = el.updates;
    await call.mute();
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    el.remove();
    expect(sim.listenerCount()).to.equal(0);
  });

  it('after a removal, follows the streams the participant has now (its videoStreamsUpdated was missed)', async () => {
    const { el } = await setup();
    // The simulator keeps one stream object per kind; the SDK replaces them: a participant that does.
    const emitter = () => {
      const listeners = new Map<string, Set<unknown>>();
      return {
        on: (event: string, l: unknown) =>
          void (listeners.get(event) ?? listeners.set(event, new Set()).get(event)!).add(l),
        off: (event: string, l: unknown) => void listeners.get(event)?.delete(l),
        listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
      };
    };
    const stream = () => ({ ...emitter(), mediaStreamType: 'Video', isAvailable: true, isReceiving: true });
    const first = stream();
    const participant = { ...emitter(), videoStreams: [first] };
    el.one.participant = participant as unknown as RemoteParticipant;
    await el.updateComplete;
    expect(first.listenerCount(), 'follows the camera stream').to.equal(2);
    const parent = el.parentElement!;
    el.remove();
    const second = stream();
    participant.videoStreams = [second];
    parent.append(el);
    await el.updateComplete;
    expect([first.listenerCount(), second.listenerCount()], 'the new stream, not the old one').to.deep.equal([0, 2]);
  });
});
