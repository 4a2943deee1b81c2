/**
 * Simulated CallClient / CallAgent / IncomingCall: join and startCall walks, autoConnect, incoming calls,
 * connection state, failures.
 */
import { expect } from '@open-wc/testing';
import type { Call, CallState, IncomingCall } from '@azure/communication-calling';
import {
  createVirtualClock,
  type SimulatedCall,
  type SimulatedCallAgent as SimulatedCallAgentType,
} from '../../src/simulator/index.js';
import { delay, rejection, sim } from './helpers.js';

function recordStates(call: Call): { states: CallState[]; stop(): void } {
  const states: CallState[] = [call.state];
  const l = () => states.push(call.state);
  call.on('stateChanged', l);
  return { states, stop: () => call.off('stateChanged', l) };
}

async function until(check: () => boolean, ms = 500): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await delay(1);
  }
}

describe('simulator: call agent', () => {
  it('createCallAgent checks the credential as the SDK does (44108, 44110, 44111) and resolves a CallAgent', async () => {
    const s = sim();
    const failing = { getToken: () => Promise.reject(new Error('token server down')), dispose() {} };
    const malformed = {
      getToken: async () => ({ token: 'not-a-jwt', expiresOnTimestamp: Date.now() + 60_000 }),
      dispose() {},
    };
    expect((await rejection(s.callClient.createCallAgent(undefined as never))).subCode).to.equal(44108);
    expect((await rejection(s.callClient.createCallAgent(failing))).subCode).to.equal(44110);
    expect((await rejection(s.callClient.createCallAgent(malformed))).subCode).to.equal(44111);
    expect(s.agent, 'no agent after a refused credential').to.equal(undefined);
    const agent = await s.callClient.createCallAgent(s.credential, { displayName: 'Me' });
    expect(agent.kind).to.equal('CallAgent');
    expect(agent.connectionState).to.equal('Connected');
    expect(agent.displayName).to.equal('Me');
    expect(s.agent).to.equal(agent);
    expect(s.credential.requests, 'the token was asked for').to.be.greaterThan(0);
  });

  it('one agent per page: the same token gives the same agent, another 40008, a second client the first one’s', async () => {
    const s = sim();
    const agent = await s.callClient.createCallAgent(s.credential);
    expect(await s.callClient.createCallAgent(s.credential)).to.equal(agent);
    const other = sim().credential;
    expect((await rejection(s.callClient.createCallAgent(other))).subCode).to.equal(40008);
    const second = new s.module.CallClient();
    expect(await second.createCallAgent(other), 'the page’s agent').to.equal(agent);
    await agent.dispose();
    expect(s.agent).to.equal(undefined);
    expect(await s.callClient.createCallAgent(s.credential)).not.to.equal(agent);
  });

  it('an expired token is renewed through the credential; one that cannot be ends the calls 495/4507', async () => {
    const s = sim({ latency: 0 });
    let fail = false;
    const credential = {
      getToken: () => (fail ? Promise.reject(new Error('expired')) : s.credential.getToken()),
      dispose() {},
    };
    const agent = await s.callClient.createCallAgent(credential);
    const call = agent.join({ groupId: 'g' });
    await until(() => call.state === 'Connected');
    expect(await agent.simulate.expireToken(), 'renewed').to.equal(true);
    expect([call.state, agent.connectionState]).to.deep.equal(['Connected', 'Connected']);
    fail = true;
    const reasons: unknown[] = [];
    const onConnection = (e: { reason?: string }) => reasons.push(e.reason);
    agent.on('connectionStateChanged', onConnection);
    expect(await agent.simulate.expireToken(), 'not renewed').to.equal(false);
    agent.off('connectionStateChanged', onConnection);
    expect(call.state).to.equal('Disconnected');
    expect(call.callEndReason).to.deep.equal({ code: 495, subCode: 4507 });
    expect([agent.connectionState, reasons]).to.deep.equal(['Disconnected', ['invalidToken']]);
  });

  it('join walks None -> Connecting -> Connected; callsUpdated fires with the call', async () => {
    const s = sim({ latency: 2 });
    const agent = await s.callClient.createCallAgent(s.credential);
    const added: Call[] = [];
    const onCalls = (e: { added: Call[] }) => added.push(...e.added);
    agent.on('callsUpdated', onCalls);
    const call = agent.join({ groupId: '29228d3e-040e-4656-a70e-890ab4e173e5' });
    expect(added).to.deep.equal([call]);
    expect(agent.calls).to.deep.equal([call]);
    expect(call.info.groupId).to.equal('29228d3e-040e-4656-a70e-890ab4e173e5');
    const rec = recordStates(call);
    await until(() => call.state === 'Connected');
    expect(rec.states).to.deep.equal(['None', 'Connecting', 'Connected']);
    expect(call.direction).to.equal('Outgoing');
    rec.stop();
    agent.off('callsUpdated', onCalls);
  });

  it('startCall walks through Ringing; the callees are participants from the start and connect with the call', async () => {
    const s = sim({ latency: 1 });
    const agent = await s.callClient.createCallAgent(s.credential);
    const call = agent.startCall([{ communicationUserId: '8:acs:bob' }]);
    const rec = recordStates(call);
    const [bob] = call.remoteParticipants;
    expect(bob!.identifier).to.deep.equal({ kind: 'communicationUser', communicationUserId: '8:acs:bob' });
    expect(bob!.state).to.equal('Connecting');
    expect(bob!.videoStreams.map((v) => [v.mediaStreamType, v.isAvailable])).to.deep.equal([
      ['Video', false],
      ['ScreenSharing', false],
    ]);
    await until(() => call.state === 'Connected');
    expect(rec.states).to.deep.equal(['None', 'Connecting', 'Ringing', 'Connected']);
    expect(bob!.state).to.equal('Connected');
    rec.stop();
  });

  it('does not move by itself when autoConnect is false', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 0, autoConnect: false, clock });
    const creating = s.callClient.createCallAgent(s.credential);
    await clock.advance(0);
    const agent = await creating;
    const call = agent.join({ roomId: 'room' }) as SimulatedCall;
    await clock.advance(60_000);
    expect(call.state, 'a minute later').to.equal('None');
    call.simulate.state('Connected');
    expect(call.state).to.equal('Connected');
  });

  it('a manual state change stops the automatic walk', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 5, clock });
    const creating = s.callClient.createCallAgent(s.credential);
    await clock.advance(5);
    const agent = await creating;
    const call = agent.join({ groupId: 'g' }) as SimulatedCall;
    call.simulate.state('InLobby');
    await clock.advance(60_000);
    expect(call.state, 'a minute later').to.equal('InLobby');
  });

  it('failNext(join): the call goes Connecting then Disconnected with 490/4525', async () => {
    const s = sim({ latency: 1 });
    const agent = await s.callClient.createCallAgent(s.credential);
    agent.simulate.failNext('join');
    const call = agent.join({ groupId: 'g' });
    const rec = recordStates(call);
    await until(() => call.state === 'Disconnected');
    expect(rec.states).to.deep.equal(['None', 'Connecting', 'Disconnected']);
    expect(call.callEndReason).to.deep.equal({
      message: 'NetworkError',
      code: 490,
      subCode: 4525,
      resultCategories: ['UnexpectedClientError'],
    });
    expect(agent.calls).to.deep.equal([]);
    rec.stop();
  });

  it('connection state changes carry {newValue, oldValue, reason}', async () => {
    const s = sim();
    const agent = await s.callClient.createCallAgent(s.credential);
    const seen: unknown[] = [];
    const l = (e: unknown) => seen.push(e);
    agent.on('connectionStateChanged', l);
    agent.simulate.connection('Disconnected', 'connectionIssue');
    agent.simulate.connection('Connected');
    expect(seen).to.deep.equal([
      { newValue: 'Disconnected', oldValue: 'Connected', reason: 'connectionIssue' },
      { newValue: 'Connected', oldValue: 'Disconnected', reason: undefined },
    ]);
    expect(agent.connectionState).to.equal('Connected');
    agent.off('connectionStateChanged', l);
  });

  it('incoming call: incomingCall event, accept() gives a call that connects and joins agent.calls', async () => {
    const s = sim({ latency: 1 });
    const agent = await s.callClient.createCallAgent(s.credential);
    const rang: IncomingCall[] = [];
    const onIncoming = (e: { incomingCall: IncomingCall }) => rang.push(e.incomingCall);
    const calls: string[] = [];
    const onCalls = (e: { added: Call[]; removed: Call[] }) => calls.push(`+${e.added.length}-${e.removed.length}`);
    agent.on('incomingCall', onIncoming);
    agent.on('callsUpdated', onCalls);
    const incoming = agent.simulate.incomingCall({ displayName: 'Eve', caller: { video: true } });
    expect(rang).to.deep.equal([incoming]);
    expect(incoming.callerInfo.displayName).to.equal('Eve');
    expect(incoming.callerInfo.identifier?.kind).to.equal('communicationUser');
    expect(agent.simulate.incomingCalls).to.deep.equal([incoming]);
    const call = await incoming.accept();
    expect(call.direction).to.equal('Incoming');
    expect(agent.calls).to.include(call);
    expect(calls).to.deep.equal(['+1-0']);
    await until(() => call.state === 'Connected');
    expect(call.remoteParticipants[0]!.displayName).to.equal('Eve');
    expect(call.remoteParticipants[0]!.videoStreams[0]!.isAvailable).to.equal(true);
    expect(agent.simulate.incomingCalls).to.deep.equal([]);
    expect((await rejection(incoming.accept())).subCode).to.equal(41006);
    agent.off('incomingCall', onIncoming);
    agent.off('callsUpdated', onCalls);
  });

  it('incoming call: reject() ends it with callEnded; simulate.end() ends it while ringing', async () => {
    const s = sim({ latency: 0 });
    const agent = await s.callClient.createCallAgent(s.credential);
    const first = agent.simulate.incomingCall({ displayName: 'A' });
    const ended: unknown[] = [];
    const l = (e: unknown) => ended.push(e);
    first.on('callEnded', l);
    await first.reject();
    expect(ended).to.deep.equal([{ callEndReason: { code: 0, subCode: 0 } }]);
    expect(first.callEndReason).to.deep.equal({ code: 0, subCode: 0 });
    expect((await rejection(first.reject())).subCode).to.equal(41007);
    first.off('callEnded', l);

    const second = agent.simulate.incomingCall({ displayName: 'B' });
    const ended2: unknown[] = [];
    const l2 = (e: unknown) => ended2.push(e);
    second.on('callEnded', l2);
    second.simulate.end({ code: 487, subCode: 0 });
    expect(ended2).to.deep.equal([{ callEndReason: { code: 487, subCode: 0 } }]);
    expect(second.simulate.ringing).to.equal(false);
    expect(agent.calls).to.deep.equal([]);
    second.off('callEnded', l2);
    second.simulate.failNext('accept'); // a failure queued on an ended call is harmless
    expect(s.listenerCount()).to.equal(0);
  });

  it('a second call during a call: both in agent.calls', async () => {
    const s = sim({ latency: 0 });
    const first = await s.connectedCall({ participants: 1 });
    const agent = s.agent!;
    const incoming = agent.simulate.incomingCall({ displayName: 'Eve' });
    await first.hold();
    const second = await incoming.accept();
    expect(agent.calls).to.deep.equal([first, second]);
    expect(first.state).to.equal('LocalHold');
  });

  it('dispose ends every call; as the SDK, a second dispose rejects 409/40203 and a later join’s call cannot connect', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 0, clock });
    const call = await s.connectedCall();
    const agent = s.agent!;
    const disposing = agent.dispose();
    await clock.advance(0);
    await disposing;
    expect(call.state).to.equal('Disconnected');
    const second = rejection(agent.dispose());
    await clock.advance(0);
    expect((await second).subCode).to.equal(40203);
    const late = agent.join({ groupId: 'g' });
    await clock.advance(60_000);
    expect([late.state, late.callEndReason?.code, late.callEndReason?.subCode]).to.deep.equal([
      'Disconnected',
      490,
      4525,
    ]);
  });

  it('the client feature DebugInfo is simulated; other client features are refused', async () => {
    const s = sim();
    const token = { callClientApiCtor: class DebugInfoCallClientFeatureImpl {} } as never;
    const info = s.callClient.feature(token) as unknown as {
      getEnvironmentInfo(): Promise<{ isSupportedEnvironment: boolean }>;
    };
    expect((await info.getEnvironmentInfo()).isSupportedEnvironment).to.equal(true);
    expect(() => s.callClient.feature({ callClientApiCtor: class Other {} } as never)).to.throw();
  });

  it('connectedCall: a Connected call on the created-once agent, with participants by count or description', async () => {
    const s = sim();
    const a = await s.connectedCall({ participants: 3, muted: true });
    const b = await s.connectedCall({ participants: ['Zoe', { displayName: 'Yan', video: true }] });
    expect(a.state).to.equal('Connected');
    expect(a.isMuted).to.equal(true);
    expect(a.remoteParticipants.map((p) => p.displayName)).to.deep.equal([
      'Ada Lovelace',
      'Grace Hopper',
      'Alan Turing',
    ]);
    expect(b.remoteParticipants.map((p) => p.displayName)).to.deep.equal(['Zoe', 'Yan']);
    expect(b.remoteParticipants[1]!.videoStreams[0]!.isAvailable).to.equal(true);
    expect(s.agent!.calls).to.deep.equal([a, b]);
  });
});

describe('simulator: call agent, as the SDK at its edges', () => {
  it('joined muted: not muted while connecting, muted once connected (isMutedChanged)', async () => {
    const s = sim({ latency: 0, autoConnect: false });
    const agent = await s.callClient.createCallAgent(s.credential);
    const call = agent.join({ groupId: 'g' }, { audioOptions: { muted: true } }) as SimulatedCall;
    let changes = 0;
    const onMuted = () => changes++;
    call.on('isMutedChanged', onMuted);
    call.simulate.state('Connecting');
    expect(call.isMuted, 'connecting').to.equal(false);
    call.simulate.state('Connected');
    call.off('isMutedChanged', onMuted);
    expect([call.isMuted, changes]).to.deep.equal([true, 1]);
  });

  it('the agent of sim.connectedCall() is the page’s: the clients of the page get it, and sim.dispose() ends its calls', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    const agent = s.agent!;
    expect(await s.callClient.createCallAgent(s.credential), 'the same token').to.equal(agent);
    expect(await new s.module.CallClient().createCallAgent(s.credential), 'another client').to.equal(agent);
    s.dispose();
    expect(call.state).to.equal('Disconnected');
  });

  it('a call made by a client of sim.module is on the page’s agent and ends with sim.dispose()', async () => {
    const s = sim({ latency: 0 });
    const agent = (await new s.module.CallClient().createCallAgent(s.credential)) as SimulatedCallAgentType;
    expect(s.agent).to.equal(agent);
    const call = await s.connectedCall();
    expect(agent.calls).to.include(call);
    s.dispose();
    expect(call.state).to.equal('Disconnected');
  });
});
