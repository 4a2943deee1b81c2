/**
 * Every scripted scenario plays to the end without error and leaves the state it promises.
 */
import { expect } from '@open-wc/testing';
import {
  createScenarioPlayer,
  playScenario,
  scenarios,
  type ScenarioId,
  type SimulatedCall,
} from '../../src/simulator/index.js';
import { sim } from './helpers.js';

describe('simulator: scenarios', () => {
  it('every step says what the user lives, in words without SDK terms', () => {
    // SDK terms: camelCase names, objects, status codes, call states, diagnostics.
    const jargon =
      /\b[a-z]{2,}[A-Z]\w*|[{}()]|\b\d{3}\b|\b(?:Connected|Connecting|Disconnected|InLobby|RemoteHold|Bad|Good)\b|diagnostic/;
    for (const scenario of Object.values(scenarios))
      for (const step of scenario.steps) {
        expect(step.says, `${scenario.id}: ${step.label}`).to.be.a('string').and.not.equal('');
        expect(jargon.test(step.says), `${scenario.id}: "${step.says}"`).to.equal(false);
      }
  });

  for (const id of Object.keys(scenarios) as ScenarioId[]) {
    it(`${id} plays to the end, step by step`, async () => {
      const s = sim({ latency: 0 });
      const player = createScenarioPlayer(s, id);
      expect(player.scenario.id).to.equal(id);
      expect(player.scenario.steps.length).to.be.greaterThan(1);
      const labels: string[] = [];
      while (!player.done) {
        labels.push(player.nextLabel!);
        await player.next();
      }
      expect(labels).to.deep.equal(player.scenario.steps.map((st) => st.label));
      expect(await player.next()).to.equal(undefined);
      expect(s.listenerCount(), 'scenarios leave no listeners').to.equal(0);
    });
  }

  it('permission-denied-recovered: false first, then granted with devices', async () => {
    const s = sim({ latency: 0 });
    const ctx = await playScenario(s, 'permission-denied-recovered');
    expect(ctx.vars.get('firstAnswer')).to.deep.equal({ audio: false, video: false });
    expect(ctx.vars.get('secondAnswer')).to.deep.equal({ audio: true, video: true });
    expect((await s.deviceManager.getCameras())[0]!.name).not.to.equal('');
  });

  it('pstn-interruption-ios ends unmuted with video back on; background-mobile ends with video on', async () => {
    for (const id of ['pstn-interruption-ios', 'background-mobile'] as const) {
      const s = sim({ latency: 0 });
      const steps: boolean[] = [];
      const ctx = await playScenario(s, id, {
        onStep: () => steps.push(s.agent!.simulate.calls[0]!.isLocalVideoStarted),
      });
      expect(steps.includes(false), `${id}: video was stopped at some point`).to.equal(true);
      expect([ctx.call!.isMuted, ctx.call!.isLocalVideoStarted]).to.deep.equal([false, true]);
      const latest = ctx.call!.simulate.features.UserFacingDiagnostics.media.getLatest();
      expect(latest.cameraStoppedUnexpectedly?.value).to.equal(false);
    }
  });

  it('siri-interruption-ios keeps video and ends unmuted; network-drop ends with every network diagnostic Good', async () => {
    const siri = await playScenario(sim({ latency: 0 }), 'siri-interruption-ios');
    expect([siri.call!.isMuted, siri.call!.isLocalVideoStarted]).to.deep.equal([false, true]);
    const net = await playScenario(sim({ latency: 0 }), 'network-drop');
    const latest = net.call!.simulate.features.UserFacingDiagnostics.network.getLatest();
    expect([
      latest.noNetwork?.value,
      latest.networkReconnect?.value,
      latest.networkReceiveQuality?.value,
    ]).to.deep.equal([false, 1, 1]);
  });

  it('whole-visit: the prompt is answered, the doctor joins, and the call ends normally', async () => {
    const s = sim({ latency: 0 });
    const ctx = await playScenario(s, 'whole-visit');
    expect(await ctx.vars.get('answer')).to.deep.equal({ audio: true, video: true });
    expect((ctx.vars.get('Dr. Maya Ortiz') as { displayName?: string }).displayName).to.equal('Dr. Maya Ortiz');
    expect([ctx.call!.state, ctx.call!.callEndReason?.code]).to.deep.equal(['Disconnected', 0]);
  });

  it('callee-rejects ends with 603; lobby-admitted ends Connected; remote-hold ends Connected', async () => {
    const s = sim({ latency: 0 });
    const rejected = await playScenario(s, 'callee-rejects');
    expect([rejected.call!.state, rejected.call!.callEndReason?.code]).to.deep.equal(['Disconnected', 603]);
    const states: string[] = [];
    const lobby = createScenarioPlayer(s, 'lobby-admitted');
    while (!lobby.done) {
      await lobby.next();
      states.push(lobby.context.call!.state);
    }
    expect(states).to.deep.equal(['Connecting', 'InLobby', 'Connected']);
    expect(lobby.context.call!.remoteParticipants).to.have.length(2);
    const hold = createScenarioPlayer(s, 'remote-hold');
    await hold.next();
    await hold.next();
    expect(hold.context.call!.state).to.equal('RemoteHold');
    await hold.next();
    expect(hold.context.call!.state).to.equal('Connected');
  });

  it('incoming-during-call and headset-unplugged leave the expected state', async () => {
    const s = sim({ latency: 0 });
    const ctx = await playScenario(s, 'incoming-during-call');
    expect(ctx.call!.state).to.equal('Connected');
    expect((ctx.vars.get('second') as SimulatedCall).state).to.equal('Disconnected');
    const s2 = sim({ latency: 0 });
    await playScenario(s2, 'headset-unplugged');
    expect(s2.deviceManager.selectedMicrophone?.id).to.equal('microphone:default');
    expect((await s2.deviceManager.getMicrophones()).map((d) => d.id)).to.include('microphone:sim-headset');
  });

  it('participants-join-leave: the call ends up alone; playAll waits stepDelay between steps', async () => {
    const s = sim({ latency: 0 });
    const t0 = performance.now();
    const ctx = await playScenario(s, 'participants-join-leave', { stepDelay: 5 });
    expect(performance.now() - t0).to.be.at.least(5 * (scenarios['participants-join-leave'].steps.length - 1));
    expect(ctx.call!.remoteParticipants).to.have.length(0);
    expect(s.renderers.animating).to.equal(0);
  });

  it('plays on a given call', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    const ctx = await playScenario(s, 'remote-hold', { call });
    expect(ctx.call).to.equal(call);
  });
});
