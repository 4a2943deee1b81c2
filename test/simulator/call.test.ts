/**
 * Simulated Call: every state transition, async actions (state before event, event before resolve), latency,
 * failNext, validation errors, end/hangUp, diagnostics, interruptions, features, lobby.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type {
  CallState,
  MediaDiagnosticChangedEventArgs,
  NetworkDiagnosticChangedEventArgs,
} from '@azure/communication-calling';
import { CALL_STATES } from '../../src/sdk/index.js';
import {
  CALL_METHOD_ERRORS,
  SimulatedFeatures,
  type CallMethod,
  type SimulatedCall,
  type Simulator,
} from '../../src/simulator/index.js';
import { rejection, sim, thrown } from './helpers.js';
import { createVirtualClock } from '../../src/simulator/index.js';

/** A call in state None that does not move by itself. */
async function idleCall(s: Simulator): Promise<SimulatedCall> {
  const agent = s.agent ?? (await s.callClient.createCallAgent(s.credential));
  agent.simulate.autoConnect = false;
  return agent.join({ groupId: crypto.randomUUID() }) as SimulatedCall;
}

async function cameraStream(s: Simulator) {
  const [camera] = await (await s.callClient.getDeviceManager()).getCameras();
  return new s.sdk.LocalVideoStream(camera!);
}

describe('simulator: call states', () => {
  it('makes every transition between CallStates, skipped ones included, one stateChanged each', async () => {
    const s = sim({ latency: 0 });
    let checked = 0;
    for (const from of CALL_STATES.filter((x) => x !== 'Disconnected')) {
      for (const to of CALL_STATES.filter((x) => x !== from)) {
        const call = await idleCall(s);
        if (from !== 'None') call.simulate.state(from);
        expect(call.state).to.equal(from);
        const seen: CallState[] = [];
        const l = () => seen.push(call.state);
        call.on('stateChanged', l);
        call.simulate.state(to);
        call.off('stateChanged', l);
        expect(seen, `${from} -> ${to}`).to.deep.equal([to]);
        expect(call.state).to.equal(to);
        checked++;
      }
    }
    expect(checked).to.equal(9 * 9);
    expect(s.listenerCount()).to.equal(0);
  });

  it('goes None -> Connected directly, and handles fast transitions in one task', async () => {
    const s = sim({ latency: 0 });
    const call = await idleCall(s);
    const seen: CallState[] = [];
    const l = () => seen.push(call.state);
    call.on('stateChanged', l);
    call.simulate.state('Connected');
    expect(seen).to.deep.equal(['Connected']);
    call.simulate.state('LocalHold');
    call.simulate.state('Connected');
    call.simulate.state('RemoteHold');
    call.simulate.state('Connected');
    expect(seen).to.deep.equal(['Connected', 'LocalHold', 'Connected', 'RemoteHold', 'Connected']);
    call.off('stateChanged', l);
  });

  it('refuses to revive a Disconnected call', async () => {
    const call = await sim().connectedCall();
    call.simulate.end();
    expect(() => call.simulate.state('Connected')).to.throw(/Disconnected/);
  });
});

describe('simulator: call actions', () => {
  const cases: {
    method: CallMethod;
    prop: keyof SimulatedCall;
    setup?: (c: SimulatedCall, s: Simulator) => Promise<unknown>;
    act: (c: SimulatedCall, s: Simulator, arg: unknown) => Promise<void>;
    event: string;
    expected: unknown;
  }[] = [
    { method: 'mute', prop: 'isMuted', act: (c) => c.mute(), event: 'isMutedChanged', expected: true },
    {
      method: 'unmute',
      prop: 'isMuted',
      setup: (c) => c.mute(),
      act: (c) => c.unmute(),
      event: 'isMutedChanged',
      expected: false,
    },
    {
      method: 'muteIncomingAudio',
      prop: 'isIncomingAudioMuted',
      act: (c) => c.muteIncomingAudio(),
      event: 'isIncomingAudioMutedChanged',
      expected: true,
    },
    {
      method: 'unmuteIncomingAudio',
      prop: 'isIncomingAudioMuted',
      setup: (c) => c.muteIncomingAudio(),
      act: (c) => c.unmuteIncomingAudio(),
      event: 'isIncomingAudioMutedChanged',
      expected: false,
    },
    {
      method: 'startVideo',
      prop: 'isLocalVideoStarted',
      setup: async (_c, s) => cameraStream(s),
      act: (c, _s, lvs) => c.startVideo(lvs as never),
      event: 'isLocalVideoStartedChanged',
      expected: true,
    },
    {
      method: 'stopVideo',
      prop: 'isLocalVideoStarted',
      setup: async (c, s) => {
        const lvs = await cameraStream(s);
        await c.startVideo(lvs);
        return lvs;
      },
      act: (c, _s, lvs) => c.stopVideo(lvs as never),
      event: 'isLocalVideoStartedChanged',
      expected: false,
    },
    { method: 'hold', prop: 'state', act: (c) => c.hold(), event: 'stateChanged', expected: 'LocalHold' },
    {
      method: 'resume',
      prop: 'state',
      setup: (c) => c.hold(),
      act: (c) => c.resume(),
      event: 'stateChanged',
      expected: 'Connected',
    },
    {
      method: 'startScreenSharing',
      prop: 'isScreenSharingOn',
      act: (c) => c.startScreenSharing(),
      event: 'isScreenSharingOnChanged',
      expected: true,
    },
    {
      method: 'stopScreenSharing',
      prop: 'isScreenSharingOn',
      setup: (c) => c.startScreenSharing(),
      act: (c) => c.stopScreenSharing(),
      event: 'isScreenSharingOnChanged',
      expected: false,
    },
  ];

  for (const t of cases) {
    it(`${t.method}: state changes before its event, the event fires before the promise resolves`, async () => {
      const s = sim({ latency: 2 });
      const call = await s.connectedCall();
      const arg = await t.setup?.(call, s);
      let resolved = false;
      const atEvent: { value: unknown; resolved: boolean }[] = [];
      const l = () => atEvent.push({ value: call[t.prop], resolved });
      call.on(t.event as 'stateChanged', l);
      const p = t.act(call, s, arg).then(() => {
        resolved = true;
      });
      expect(call[t.prop], 'unchanged until the latency has passed').not.to.equal(t.expected);
      await p;
      call.off(t.event as 'stateChanged', l);
      expect(atEvent).to.deep.equal([{ value: t.expected, resolved: false }]);
      expect(call[t.prop]).to.equal(t.expected);
    });

    it(`${t.method}: failNext rejects with an SDK error and leaves the state unchanged`, async () => {
      const s = sim({ latency: 0 });
      const call = await s.connectedCall();
      const arg = await t.setup?.(call, s);
      const before = call[t.prop];
      let events = 0;
      const l = () => events++;
      call.on(t.event as 'stateChanged', l);
      call.simulate.failNext(t.method);
      const e = await rejection(t.act(call, s, arg));
      expect(e.name).to.equal('CallingCommunicationError');
      expect(e.code).to.equal(CALL_METHOD_ERRORS[t.method].code);
      expect(e.subCode).to.equal((CALL_METHOD_ERRORS[t.method] as { subCode?: number }).subCode);
      expect(call[t.prop]).to.equal(before);
      expect(events).to.equal(0);
      await t.act(call, s, arg); // only the next call fails
      expect(call[t.prop]).to.equal(t.expected);
      call.off(t.event as 'stateChanged', l);
    });
  }

  it('failNext takes a custom error or a partial SDK error', async () => {
    const call = await sim().connectedCall();
    const custom = new Error('boom');
    call.simulate.failNext('mute', custom);
    expect(await rejection(call.mute())).to.equal(custom);
    call.simulate.failNext('unmute', { code: 403, subCode: 41104, message: 'not allowed' });
    const e = await rejection(call.unmute());
    expect([e.name, e.code, e.subCode, e.message]).to.deep.equal([
      'CallingCommunicationError',
      403,
      41104,
      'not allowed',
    ]);
  });

  it('takes the configured latency (and 0 is allowed), on its clock', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 60, clock });
    const call = await s.connectedCall();
    let settled = false;
    const p = call.mute().then(() => (settled = true));
    await clock.advance(59);
    expect([settled, call.isMuted], 'after 59 ms').to.deep.equal([false, false]);
    await clock.advance(1);
    await p;
    expect(call.isMuted).to.equal(true);
    s.latency = 0;
    const q = call.unmute();
    await clock.advance(0);
    await q;
    expect(call.isMuted).to.equal(false);
  });

  it('rejects like the SDK on invalid actions (state unchanged)', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    const lvs = await cameraStream(s);
    expect((await rejection(call.stopVideo(lvs))).subCode).to.equal(41030);
    await call.startVideo(lvs);
    expect((await rejection(call.startVideo(lvs))).subCode).to.equal(41027);
    expect((await rejection(call.stopVideo(await cameraStream(s)))).subCode).to.equal(41032);
    expect((await rejection(call.resume())).subCode).to.equal(41034);
    expect((await rejection(call.stopScreenSharing())).subCode).to.equal(41041);
    call.simulate.state('RemoteHold');
    expect((await rejection(call.hold())).subCode).to.equal(41033);
    expect((await rejection(call.startScreenSharing())).subCode).to.equal(41071);
    expect(call.state).to.equal('RemoteHold');
  });

  it('hangUp: Disconnecting at once, then Disconnected with callEndReason 0/0, removed from agent.calls', async () => {
    const s = sim({ latency: 2 });
    const call = await s.connectedCall({ participants: 2 });
    const agent = s.agent!;
    const seen: string[] = [];
    const onState = () => seen.push(`${call.state}:${call.callEndReason?.code ?? '-'}`);
    const onCalls = (e: { removed: unknown[] }) => seen.push(`callsUpdated:${e.removed.length}:${agent.calls.length}`);
    call.on('stateChanged', onState);
    agent.on('callsUpdated', onCalls);
    const p = call.hangUp();
    expect(call.state).to.equal('Disconnecting');
    await p;
    expect(seen).to.deep.equal(['Disconnecting:-', 'Disconnected:0', 'callsUpdated:1:0']);
    expect(call.callEndReason).to.deep.equal({ code: 0, subCode: 0 });
    expect(call.remoteParticipants).to.have.length(0);
    call.off('stateChanged', onState);
    agent.off('callsUpdated', onCalls);
  });

  it('simulate.end: sets callEndReason, Disconnecting -> Disconnected, participants removed, callsUpdated', async () => {
    const s = sim();
    const call = await s.connectedCall({ participants: 2 });
    const [a] = call.simulate.participants;
    const agent = s.agent!;
    const seen: string[] = [];
    const onState = () => seen.push(`${call.state}:${call.callEndReason?.code}`);
    const onParticipants = (e: { removed: unknown[] }) => seen.push(`participants-:${e.removed.length}`);
    const onCalls = (e: { removed: unknown[] }) => seen.push(`calls-:${e.removed.length}`);
    call.on('stateChanged', onState);
    call.on('remoteParticipantsUpdated', onParticipants);
    agent.on('callsUpdated', onCalls);
    call.simulate.end({ code: 487, subCode: 10004 });
    expect(seen).to.deep.equal(['Disconnecting:487', 'participants-:2', 'Disconnected:487', 'calls-:1']);
    expect(a!.state).to.equal('Disconnected');
    expect(agent.calls).not.to.include(call);
    call.simulate.end({ code: 1, subCode: 1 }); // already ended: nothing happens
    expect(call.callEndReason).to.deep.equal({ code: 487, subCode: 10004 });
    const other = await s.connectedCall();
    other.simulate.end({ code: 0, subCode: 5300 }, { viaDisconnecting: false });
    expect(other.state).to.equal('Disconnected');
    call.off('stateChanged', onState);
    call.off('remoteParticipantsUpdated', onParticipants);
    agent.off('callsUpdated', onCalls);
  });

  it('mutedByOthers: isMuted true first, then isMutedChanged and mutedByOthers', async () => {
    const call = await sim().connectedCall();
    const seen: string[] = [];
    const a = () => seen.push(`isMutedChanged:${call.isMuted}`);
    const b = (...args: unknown[]) => seen.push(`mutedByOthers:${call.isMuted}:${args.length}`);
    call.on('isMutedChanged', a);
    call.on('mutedByOthers', b);
    call.simulate.mutedByOthers();
    expect(seen).to.deep.equal(['isMutedChanged:true', 'mutedByOthers:true:0']);
    call.off('isMutedChanged', a);
    call.off('mutedByOthers', b);
  });

  it('records DTMF, adds and removes participants through the SDK API', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    await call.sendDtmf('Num1');
    expect(call.simulate.dtmf).to.deep.equal(['Num1']);
    const p = call.addParticipant({ phoneNumber: '+15550100' });
    expect(p.state).to.equal('Connecting');
    expect(p.displayName).to.equal('+15550100');
    await waitUntil(() => p.state === 'Connected', 'the added participant connects', { timeout: 3000 });
    await call.removeParticipant({ phoneNumber: '+15550100' });
    expect(call.remoteParticipants).not.to.include(p);
    expect(p.state).to.equal('Disconnected');
  });
});

describe('simulator: diagnostics and interruptions', () => {
  function capture(call: SimulatedCall) {
    const ufd = call.feature(SimulatedFeatures.UserFacingDiagnostics);
    const events: (MediaDiagnosticChangedEventArgs | NetworkDiagnosticChangedEventArgs)[] = [];
    const snapshot: string[] = [];
    const onMedia = (e: MediaDiagnosticChangedEventArgs) => {
      events.push(e);
      snapshot.push(
        `${e.diagnostic}:${call.isMuted}:${call.isLocalVideoStarted}:${JSON.stringify(ufd.media.getLatest()[e.diagnostic]?.value)}`,
      );
    };
    const onNetwork = (e: NetworkDiagnosticChangedEventArgs) => events.push(e);
    ufd.media.on('diagnosticChanged', onMedia);
    ufd.network.on('diagnosticChanged', onNetwork);
    return {
      ufd,
      events,
      snapshot,
      release() {
        ufd.media.off('diagnosticChanged', onMedia);
        ufd.network.off('diagnosticChanged', onNetwork);
      },
    };
  }

  it('chooses the value type by name as the SDK does (network quality, media flags)', async () => {
    const call = await sim().connectedCall();
    const c = capture(call);
    call.simulate.diagnostic('networkReceiveQuality', 2);
    call.simulate.diagnostic('networkReconnect', true); // coerced: true -> Bad
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('networkRelaysNotReachable', 1); // coerced: Good -> false
    call.simulate.diagnostic('microphoneMuteUnexpectedly', 3); // coerced: Bad -> true
    call.simulate.diagnostic('cameraFreeze', false);
    expect(c.events).to.deep.equal([
      { diagnostic: 'networkReceiveQuality', value: 2, valueType: 'DiagnosticQuality' },
      { diagnostic: 'networkReconnect', value: 3, valueType: 'DiagnosticQuality' },
      { diagnostic: 'noNetwork', value: true, valueType: 'DiagnosticFlag' },
      { diagnostic: 'networkRelaysNotReachable', value: false, valueType: 'DiagnosticFlag' },
      { diagnostic: 'microphoneMuteUnexpectedly', value: true, valueType: 'DiagnosticFlag' },
      { diagnostic: 'cameraFreeze', value: false, valueType: 'DiagnosticFlag' },
    ]);
    expect(c.ufd.network.getLatest().networkReceiveQuality).to.deep.equal({ value: 2, valueType: 'DiagnosticQuality' });
    expect(c.ufd.media.getLatest().cameraFreeze).to.deep.equal({ value: false, valueType: 'DiagnosticFlag' });
    c.release();
  });

  it('can report media diagnostics as DiagnosticQuality (the documented shape)', async () => {
    const call = await sim({ mediaDiagnosticValueType: 'DiagnosticQuality' }).connectedCall();
    const c = capture(call);
    call.simulate.diagnostic('microphoneMuteUnexpectedly', true);
    call.simulate.diagnostic('microphoneMuteUnexpectedly', 1);
    expect(c.events.map((e) => [e.value, e.valueType])).to.deep.equal([
      [3, 'DiagnosticQuality'],
      [1, 'DiagnosticQuality'],
    ]);
    c.release();
  });

  it('pstn on iOS: muted and camera stopped before the Bad diagnostics; Good when it ends, still muted', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ video: true });
    expect(call.isLocalVideoStarted).to.equal(true);
    const c = capture(call);
    const videoEvents: number[] = [];
    const onVideo = (e: { removed: unknown[] }) => videoEvents.push(e.removed.length);
    call.on('localVideoStreamsUpdated', onVideo);
    call.simulate.interruption('pstn');
    expect(c.snapshot).to.deep.equal([
      'microphoneMuteUnexpectedly:true:false:true',
      'cameraStoppedUnexpectedly:true:false:true',
    ]);
    expect(videoEvents).to.deep.equal([1]);
    call.simulate.interruptionEnded('pstn');
    expect(c.snapshot.slice(2)).to.deep.equal([
      'microphoneMuteUnexpectedly:true:false:false',
      'cameraStoppedUnexpectedly:true:false:false',
    ]);
    call.off('localVideoStreamsUpdated', onVideo);
    c.release();
  });

  it('pstn on Android and Siri: the microphone only; background: the camera only', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ video: true });
    const c = capture(call);
    call.simulate.interruption('pstn', { os: 'android' });
    expect([call.isMuted, call.isLocalVideoStarted]).to.deep.equal([true, true]);
    call.simulate.interruptionEnded('pstn', { restore: true });
    expect(call.isMuted).to.equal(false);
    call.simulate.interruption('siri');
    expect([call.isMuted, call.isLocalVideoStarted]).to.deep.equal([true, true]);
    call.simulate.interruptionEnded('siri');
    expect(call.isMuted, 'iOS: the user must unmute').to.equal(true);
    await call.unmute();
    call.simulate.interruption('background');
    expect([call.isMuted, call.isLocalVideoStarted]).to.deep.equal([false, false]);
    call.simulate.interruptionEnded('background');
    expect(c.events.map((e) => `${e.diagnostic}=${e.value}`)).to.deep.equal([
      'microphoneMuteUnexpectedly=true',
      'microphoneMuteUnexpectedly=false',
      'microphoneMuteUnexpectedly=true',
      'microphoneMuteUnexpectedly=false',
      'cameraStoppedUnexpectedly=true',
      'cameraStoppedUnexpectedly=false',
    ]);
    c.release();
  });
});

describe('simulator: call features', () => {
  it('memoizes features and rejects the ones it does not implement, saying which', async () => {
    const call = await sim().connectedCall();
    expect(call.feature(SimulatedFeatures.Capabilities)).to.equal(call.feature(SimulatedFeatures.Capabilities));
    expect(call.feature(SimulatedFeatures.UserFacingDiagnostics).name).to.equal('Diagnostics');
    expect(call.feature(SimulatedFeatures.DominantSpeakers).name).to.equal('DominantSpeakers');
    expect(call.feature({ callApiCtor: class RecordingCallFeatureImpl {} } as never)).to.equal(
      call.feature(SimulatedFeatures.Recording),
    );
    const e = thrown(() => call.feature({ callApiCtor: class PPTLiveCallFeatureImpl {} } as never));
    expect(e.name).to.equal('CallingCommunicationError');
    expect(String(e.message)).to.contain('PPTLiveCallFeatureImpl');
    expect(thrown(() => call.feature(undefined as never)).subCode, 'no factory').to.equal(41001);
  });

  it('capabilities: fires only the changed entries, and the SDK refuses what is not allowed', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    const caps = call.feature(SimulatedFeatures.Capabilities);
    expect(caps.capabilities.unmuteMic).to.deep.equal({ isPresent: true, reason: 'Capable' });
    const changes: unknown[] = [];
    const l = (e: unknown) => changes.push(e);
    caps.on('capabilitiesChanged', l);
    await call.mute();
    call.simulate.capabilities({
      unmuteMic: false,
      turnVideoOn: { isPresent: false, reason: 'MeetingRestricted' },
      shareScreen: true,
    });
    expect(changes).to.deep.equal([
      {
        oldValue: {
          unmuteMic: { isPresent: true, reason: 'Capable' },
          turnVideoOn: { isPresent: true, reason: 'Capable' },
        },
        newValue: {
          unmuteMic: { isPresent: false, reason: 'RoleRestricted' },
          turnVideoOn: { isPresent: false, reason: 'MeetingRestricted' },
        },
        reason: 'RoleChanged',
      },
    ]);
    expect((await rejection(call.unmute())).subCode).to.equal(41104);
    expect((await rejection(call.startVideo(await cameraStream(s)))).subCode).to.equal(41105);
    call.simulate.capabilities({ unmuteMic: true });
    await call.unmute();
    expect(call.isMuted).to.equal(false);
    caps.off('capabilitiesChanged', l);
  });

  it('role, dominant speakers and raised hands', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: 2 });
    const [ada, grace] = call.simulate.participants;
    let roles = 0;
    const onRole = () => roles++;
    call.on('roleChanged', onRole);
    call.simulate.role('Presenter');
    expect([call.role, roles]).to.deep.equal(['Presenter', 1]);
    call.off('roleChanged', onRole);

    const ds = call.feature(SimulatedFeatures.DominantSpeakers);
    const seen: unknown[] = [];
    const onDs = () => seen.push(ds.dominantSpeakers.speakersList);
    ds.on('dominantSpeakersChanged', onDs);
    call.simulate.dominantSpeakers([grace!, ada!]);
    expect(seen).to.deep.equal([[grace!.identifier, ada!.identifier]]);
    ds.off('dominantSpeakersChanged', onDs);

    const hands = call.feature(SimulatedFeatures.RaiseHand);
    const log: string[] = [];
    const up = (e: { identifier: { communicationUserId?: string } }) =>
      log.push(`up:${e.identifier.communicationUserId}`);
    const down = (e: { identifier: { communicationUserId?: string } }) =>
      log.push(`down:${e.identifier.communicationUserId}`);
    hands.on('raisedHandEvent', up as never);
    hands.on('loweredHandEvent', down as never);
    call.simulate.raiseHand(ada!);
    await hands.raiseHand();
    expect(hands.getRaisedHands().map((h) => h.order)).to.deep.equal([1, 2]);
    await hands.lowerAllHands();
    expect(hands.getRaisedHands()).to.deep.equal([]);
    const adaId = (ada!.identifier as { communicationUserId: string }).communicationUserId;
    expect(log[0]).to.equal(`up:${adaId}`);
    expect(log.filter((x) => x.startsWith('down'))).to.have.length(2);
    call.simulate.failNext('raiseHand');
    expect((await rejection(hands.raiseHand())).subCode).to.equal(45752);
    hands.off('raisedHandEvent', up as never);
    hands.off('loweredHandEvent', down as never);
  });

  it('lobby: participants wait; only an organizer/presenter may admit', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    const updates: string[] = [];
    const onLobby = (e: { added: unknown[]; removed: unknown[] }) =>
      updates.push(`lobby+${e.added.length}-${e.removed.length}`);
    const onRemote = (e: { added: unknown[] }) => updates.push(`remote+${e.added.length}`);
    call.lobby.on('lobbyParticipantsUpdated', onLobby);
    call.on('remoteParticipantsUpdated', onRemote);
    const guest = call.simulate.addParticipant({ displayName: 'Guest', state: 'InLobby' });
    expect(call.lobby.participants).to.deep.equal([guest]);
    expect(call.remoteParticipants).to.deep.equal([]);
    expect((await rejection(call.lobby.admit(guest.identifier))).code).to.equal(403);
    call.simulate.role('Organizer');
    await call.lobby.admit(guest.identifier);
    expect(call.lobby.participants).to.deep.equal([]);
    expect(call.remoteParticipants).to.deep.equal([guest]);
    expect(guest.state).to.equal('Connected');
    expect(updates).to.deep.equal(['lobby+1-0', 'lobby+0-1', 'remote+1']);
    call.lobby.off('lobbyParticipantsUpdated', onLobby);
    call.off('remoteParticipantsUpdated', onRemote);
  });
});

describe('simulator: meeting features (from the typings)', () => {
  it('Recording: started, paused, ended: recordingsUpdated and isRecordingActiveChanged as the state moves', async () => {
    const call = await sim({ latency: 0 }).connectedCall();
    const recording = call.feature(SimulatedFeatures.Recording);
    const log: string[] = [];
    const onActive = () => log.push(`active=${recording.isRecordingActive}`);
    const onList = (e: { added: unknown[]; removed: unknown[] }) => log.push(`+${e.added.length}-${e.removed.length}`);
    recording.on('isRecordingActiveChanged', onActive);
    recording.on('recordingsUpdated', onList);
    call.simulate.recording('Started');
    const [info] = recording.recordings;
    const states: number[] = [];
    const onState = () => states.push(info!.state);
    info!.on('recordingStateChanged', onState);
    call.simulate.recording('Paused');
    call.simulate.recording('Started');
    call.simulate.recording('Ended');
    info!.off('recordingStateChanged', onState);
    recording.off('isRecordingActiveChanged', onActive);
    recording.off('recordingsUpdated', onList);
    expect(log).to.deep.equal(['+1-0', 'active=true', 'active=false', 'active=true', '+0-1', 'active=false']);
    expect(states).to.deep.equal([2, 1, 3]);
    expect([recording.recordings.length, recording.isRecordingActive]).to.deep.equal([0, false]);
  });

  it('Transcription: isTranscriptionActiveChanged once per change', async () => {
    const call = await sim({ latency: 0 }).connectedCall();
    const transcription = call.feature(SimulatedFeatures.Transcription);
    let changes = 0;
    const onChange = () => changes++;
    transcription.on('isTranscriptionActiveChanged', onChange);
    call.simulate.transcription(true);
    call.simulate.transcription(true);
    call.simulate.transcription(false);
    transcription.off('isTranscriptionActiveChanged', onChange);
    expect([changes, transcription.isTranscriptionActive]).to.deep.equal([2, false]);
  });

  it('Captions: start (connected calls only), a supported language, captions received only while started', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: ['Ada Lovelace'] });
    const captions = call.feature(SimulatedFeatures.Captions)
      .captions as import('@azure/communication-calling').Captions;
    const said: string[] = [];
    const onCaption = (c: { spokenText: string; speaker: { displayName?: string } }) =>
      said.push(`${c.speaker.displayName}: ${c.spokenText}`);
    captions.on('CaptionsReceived', onCaption);
    const [ada] = call.simulate.participants;
    call.simulate.caption(ada!, 'not yet');
    expect((await rejection(captions.startCaptions({ spokenLanguage: 'xx-yy' }))).code).to.equal(400);
    await captions.startCaptions({ spokenLanguage: 'fr-FR' });
    expect([captions.isCaptionsFeatureActive, captions.activeSpokenLanguage]).to.deep.equal([true, 'fr-fr']);
    call.simulate.caption(ada!, 'Bonjour');
    call.simulate.end({ code: 0, subCode: 0 });
    captions.off('CaptionsReceived', onCaption);
    expect(said).to.deep.equal(['Ada Lovelace: Bonjour']);
    expect(captions.isCaptionsFeatureActive, 'stopped with the call').to.equal(false);
    expect((await rejection(captions.startCaptions())).subCode, 'the call ended').to.equal(41001);
  });

  it('Reaction: others’ reactions and one’s own (connected calls only)', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: ['Ada Lovelace'] });
    const reaction = call.feature(SimulatedFeatures.Reaction);
    const seen: string[] = [];
    const onReaction = (e: { reactionMessage: { reactionType: string } }) => seen.push(e.reactionMessage.reactionType);
    reaction.on('reaction', onReaction);
    call.simulate.reaction(call.simulate.participants[0]!, 'applause');
    await reaction.sendReaction({ reactionType: 'heart' });
    call.simulate.end({ code: 0, subCode: 0 });
    expect((await rejection(reaction.sendReaction({ reactionType: 'like' }))).subCode).to.equal(41001);
    reaction.off('reaction', onReaction);
    expect(seen).to.deep.equal(['applause', 'heart']);
  });

  it('Spotlight: in and out, in order, each change once; at most 7', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: 9 });
    const spotlight = call.feature(SimulatedFeatures.Spotlight);
    const [a, b, ...rest] = call.simulate.participants;
    const changes: string[] = [];
    const onChange = (e: { added: unknown[]; removed: unknown[] }) =>
      changes.push(`+${e.added.length}-${e.removed.length}`);
    spotlight.on('spotlightChanged', onChange);
    call.simulate.spotlight([a!, b!], true);
    call.simulate.spotlight([a!], true);
    call.simulate.spotlight([a!], false);
    expect(spotlight.getSpotlightedParticipants().map((p) => [p.identifier, p.order])).to.deep.equal([
      [b!.identifier, 2],
    ]);
    await spotlight.startSpotlight(rest.slice(0, 6).map((p) => p.identifier));
    expect((await rejection(spotlight.startSpotlight([rest[6]!.identifier]))).code, 'an eighth').to.equal(400);
    await spotlight.stopAllSpotlight();
    spotlight.off('spotlightChanged', onChange);
    expect(changes).to.deep.equal(['+2-0', '+0-1', '+6-0', '+0-7']);
    expect(spotlight.getSpotlightedParticipants()).to.deep.equal([]);
  });

  it('VideoEffects on a local video stream: start, stop, an unknown effect refused with effectsError', async () => {
    const s = sim({ latency: 0 });
    const [camera] = await (await s.callClient.getDeviceManager()).getCameras();
    const stream = new s.sdk.LocalVideoStream(camera!);
    const effects = stream.feature(s.sdk.Features.VideoEffects);
    const log: string[] = [];
    const started = (names: string[]) => log.push(`started ${names}`);
    const stopped = (names: string[]) => log.push(`stopped ${names}`);
    const failed = (e: { code: number }) => log.push(`error ${e.code}`);
    effects.on('effectsStarted', started);
    effects.on('effectsStopped', stopped);
    effects.on('effectsError', failed);
    const blur = { name: 'BackgroundBlur' } as never;
    expect(await effects.isSupported(blur)).to.equal(true);
    await effects.startEffects(blur);
    expect(effects.activeEffects).to.deep.equal(['BackgroundBlur']);
    expect((await rejection(effects.startEffects({ name: 'Sparkles' } as never))).code).to.equal(400);
    await effects.stopEffects();
    effects.off('effectsStarted', started);
    effects.off('effectsStopped', stopped);
    effects.off('effectsError', failed);
    expect(log).to.deep.equal(['started BackgroundBlur', 'error 400', 'stopped BackgroundBlur']);
    expect(String(thrown(() => stream.feature(SimulatedFeatures.Recording as never)).message)).to.match(/failed/i);
    stream.dispose();
  });
});
