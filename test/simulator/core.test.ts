import { expect } from '@open-wc/testing';
import { createSimulator } from '../../src/simulator/index.js';

describe('simulator core smoke', () => {
  it('connects a call and renders', async () => {
    const sim = createSimulator({ latency: 0 });
    const call = await sim.connectedCall({ participants: 2, video: true });
    expect(call.state).to.equal('Connected');
    expect(call.remoteParticipants).to.have.length(2);
    const p = call.simulate.participants[0]!;
    p.simulate.video(true);
    const r = new sim.sdk.VideoStreamRenderer(p.videoStreams[0]!);
    const view = await r.createView();
    document.body.append(view.target);
    expect(sim.renderers.live).to.equal(1);
    const lr = new sim.sdk.VideoStreamRenderer(call.localVideoStreams[0]!);
    await lr.createView();
    r.dispose();
    lr.dispose();
    expect(sim.renderers.live).to.equal(0);
    sim.dispose();
  });
});
