/**
 * The SDK's object model, reproduced: event names checked, unknown names throw SDK errors, getters only,
 * payload shapes, listener counting.
 */
import { expect } from '@open-wc/testing';
import type { CallAgent, DeviceManager, RemoteParticipant, RemoteVideoStream } from '@azure/communication-calling';
import {
  CALL_AGENT_EVENTS,
  CALL_EVENTS,
  DEVICE_MANAGER_EVENTS,
  INCOMING_CALL_EVENTS,
  REMOTE_PARTICIPANT_EVENTS,
  REMOTE_VIDEO_STREAM_EVENTS,
  type Simulator,
} from '../../src/simulator/index.js';
import { sim, thrown } from './helpers.js';

async function objects(s: Simulator) {
  const call = await s.connectedCall({ participants: 1 });
  const agent = s.agent!;
  const dm = await s.callClient.getDeviceManager();
  const participant = call.simulate.participants[0]!;
  const stream = participant.videoStreams[0]!;
  const incoming = agent.simulate.incomingCall({ displayName: 'Eve' });
  return { call, agent, dm, participant, stream, incoming };
}

describe('simulator: SDK object model', () => {
  it('throws the SDK error synchronously for an unknown event name, per object', async () => {
    const { call, agent, dm, participant, stream } = await objects(sim());
    const cases: [{ on(e: never, l: never): void; off(e: never, l: never): void }, string, number, number][] = [
      [call as never, 'Call', 41042, 41043],
      [agent as never, 'CallAgent', 40205, 40206],
      [dm as never, 'DeviceManager', 40603, 40604],
      [participant as never, 'RemoteParticipant', 42002, 42003],
      [stream as never, 'RemoteVideoStream', 43100, 43101],
    ];
    for (const [obj, subject, sub, unsub] of cases) {
      const e = thrown(() => obj.on('noSuchEvent' as never, (() => {}) as never));
      expect(e.name, subject).to.equal('CallingCommunicationError');
      expect(e.code, subject).to.equal(422);
      expect(e.subCode, subject).to.equal(sub);
      expect(e.message).to.equal(`Not able to subscribe to ${subject} event, unknown event name.`);
      const u = thrown(() => obj.off('noSuchEvent' as never, (() => {}) as never));
      expect(u.subCode, subject).to.equal(unsub);
      expect(u.message).to.equal(`Not able to unsubscribe from ${subject} event, unknown event name.`);
    }
  });

  it('accepts every event name the SDK declares (and the 3 runtime-only Call names)', async () => {
    const { call, agent, dm, participant, stream, incoming } = await objects(sim());
    const noop = () => {};
    const pairs: [{ on(e: string, l: () => void): void; off(e: string, l: () => void): void }, object][] = [
      [call as never, CALL_EVENTS],
      [agent as never, CALL_AGENT_EVENTS],
      [dm as never, DEVICE_MANAGER_EVENTS],
      [participant as never, REMOTE_PARTICIPANT_EVENTS],
      [stream as never, REMOTE_VIDEO_STREAM_EVENTS],
      [incoming as never, INCOMING_CALL_EVENTS],
    ];
    for (const [obj, table] of pairs) {
      for (const name of Object.keys(table)) {
        obj.on(name, noop);
        obj.off(name, noop);
      }
    }
    expect(Object.keys(CALL_EVENTS)).to.have.length(14);
    for (const name of ['totalParticipantCountChanged', 'transportStateChanged', 'localCandidateTypeChanged']) {
      (call as unknown as { on(e: string, l: () => void): void }).on(name, noop);
      (call as unknown as { off(e: string, l: () => void): void }).off(name, noop);
    }
  });

  it('exposes properties as prototype getters: assignment throws TypeError', async () => {
    const { call, agent, dm, participant, stream, incoming } = await objects(sim());
    const cases: [object, string][] = [
      [call, 'state'],
      [call, 'isMuted'],
      [call, 'remoteParticipants'],
      [call, 'isLocalVideoStarted'],
      [call, 'callEndReason'],
      [agent, 'connectionState'],
      [agent, 'calls'],
      [dm, 'selectedMicrophone'],
      [dm, 'selectedSpeaker'],
      [dm, 'isSpeakerSelectionAvailable'],
      [participant, 'state'],
      [participant, 'identifier'],
      [participant, 'videoStreams'],
      [participant, 'isMuted'],
      [stream, 'isAvailable'],
      [stream, 'size'],
      [incoming, 'callerInfo'],
    ];
    for (const [obj, prop] of cases) {
      const before = (obj as Record<string, unknown>)[prop];
      const e = thrown(() => {
        (obj as Record<string, unknown>)[prop] = 'x';
      });
      expect(e, prop).to.be.instanceOf(TypeError);
      expect((obj as Record<string, unknown>)[prop], prop).to.deep.equal(before);
      const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(obj), prop);
      expect(desc?.get, prop).to.be.a('function');
      expect(desc?.set, prop).to.equal(undefined);
    }
  });

  it('fires property events without payload and collection events with {added, removed}', async () => {
    const s = sim();
    const call = await s.connectedCall();
    const args: unknown[][] = [];
    const onMuted = (...a: unknown[]) => args.push(a);
    const updates: { added: RemoteParticipant[]; removed: RemoteParticipant[] }[] = [];
    const onParticipants = (e: { added: RemoteParticipant[]; removed: RemoteParticipant[] }) => updates.push(e);
    call.on('isMutedChanged', onMuted);
    call.on('remoteParticipantsUpdated', onParticipants);
    await call.mute();
    const p = call.simulate.addParticipant({ displayName: 'Ada' });
    call.simulate.removeParticipant(p);
    expect(args).to.deep.equal([[]]);
    expect(updates).to.have.length(2);
    expect(updates[0]!.added).to.deep.equal([p]);
    expect(updates[0]!.removed).to.deep.equal([]);
    expect(updates[1]!.removed).to.deep.equal([p]);
    expect(p.state).to.equal('Disconnected');
    call.off('isMutedChanged', onMuted);
    call.off('remoteParticipantsUpdated', onParticipants);
  });

  it('counts listeners per object and in total, back to 0 after off()', async () => {
    const s = sim();
    const { call, agent, dm, participant, stream } = await objects(s);
    expect(s.listenerCount()).to.equal(0);
    const l = () => {};
    call.on('stateChanged', l);
    call.on('stateChanged', l); // like Node's EventEmitter: added twice, removed one at a time
    agent.on('callsUpdated', l);
    dm.on('selectedMicrophoneChanged', l);
    participant.on('isMutedChanged', l);
    stream.on('isAvailableChanged', l);
    const diag = call.simulate.features.UserFacingDiagnostics;
    diag.media.on('diagnosticChanged', l);
    call.lobby.on('lobbyParticipantsUpdated', l);
    call.info.onCallInfoChanged('callInfoChanged', l);
    expect(call.listenerCount()).to.equal(7); // call x2 + participant + stream + media + lobby + info
    expect(participant.listenerCount()).to.equal(2);
    expect(agent.listenerCount()).to.equal(8);
    expect(dm.listenerCount()).to.equal(1);
    expect(s.listenerCount()).to.equal(9);
    expect(
      s
        .leaks()
        .map((x) => x.count)
        .reduce((a, b) => a + b, 0),
    ).to.equal(9);
    call.off('stateChanged', l);
    expect(s.listenerCount()).to.equal(8);
    call.off('stateChanged', l);
    agent.off('callsUpdated', l);
    dm.off('selectedMicrophoneChanged', l);
    participant.off('isMutedChanged', l);
    stream.off('isAvailableChanged', l);
    diag.media.off('diagnosticChanged', l);
    call.lobby.off('lobbyParticipantsUpdated', l);
    call.info.offCallInfoChanged('callInfoChanged', l);
    expect(s.listenerCount()).to.equal(0);
    expect(s.leaks()).to.deep.equal([]);
  });

  it('a listener that throws stops the later listeners (as the SDK); the error is reported as a warning', async () => {
    const call = await sim().connectedCall();
    const reported: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => reported.push(args[1]);
    const order: string[] = [];
    const bad = () => {
      order.push('bad');
      throw new Error('listener bug');
    };
    const good = () => order.push('good');
    call.on('stateChanged', bad);
    call.on('stateChanged', good);
    try {
      call.simulate.state('LocalHold');
    } finally {
      console.warn = original;
      call.off('stateChanged', bad);
      call.off('stateChanged', good);
    }
    expect(order).to.deep.equal(['bad']);
    expect(call.state, 'the change itself happened').to.equal('LocalHold');
    expect((reported[0] as Error).message).to.equal('listener bug');
  });

  it('keeps array identity like the SDK', async () => {
    const s = sim();
    const call = await s.connectedCall({ participants: 1 });
    const agent: CallAgent = s.agent!;
    const p = call.remoteParticipants[0]!;
    expect(call.remoteParticipants).to.equal(call.remoteParticipants);
    const before = call.remoteParticipants;
    call.simulate.addParticipant({ displayName: 'Ben' });
    expect(call.remoteParticipants).not.to.equal(before);
    expect(p.videoStreams).not.to.equal(p.videoStreams); // a new array on every read
    expect(p.videoStreams.map((v: RemoteVideoStream) => v.mediaStreamType)).to.deep.equal(['Video', 'ScreenSharing']);
    expect(agent.calls).to.equal(agent.calls);
    const local = call.localVideoStreams;
    const dm: DeviceManager = await s.callClient.getDeviceManager();
    const [camera] = await dm.getCameras();
    await call.startVideo(new s.sdk.LocalVideoStream(camera!));
    expect(call.localVideoStreams).to.equal(local); // mutated in place
    expect(local).to.have.length(1);
  });

  it('drops every listener on dispose', async () => {
    const s = sim();
    const call = await s.connectedCall({ participants: 2 });
    call.on('stateChanged', () => {});
    call.simulate.participants[0]!.on('isMutedChanged', () => {});
    expect(s.listenerCount()).to.equal(2);
    s.dispose();
    expect(s.listenerCount()).to.equal(0);
    expect(call.state).to.equal('Disconnected');
  });
});

describe('uuid', () => {
  it('makes RFC 4122 v4 ids without crypto.randomUUID (plain-http pages)', async () => {
    const { uuid } = await import('../../src/simulator/uuid.js');
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = new Set(Array.from({ length: 50 }, () => uuid()));
      expect(ids.size).to.equal(50);
      for (const id of ids)
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      crypto.randomUUID = original;
    }
  });
});
