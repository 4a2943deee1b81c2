import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { VideoRendererController } from '../../src/controllers/video-renderer-controller.js';
import type { AcsSdk, RemoteVideoStream } from '../../src/sdk/index.js';
import { cleanupHosts, connectedSimulator, mountHost } from '../helpers/hosts.js';

let n = 0;
afterEach(cleanupHosts);

const tick = () => new Promise((r) => setTimeout(r, 0));

async function setup() {
  const { sim, call } = await connectedSimulator();
  const ana = call.simulate.addParticipant({ displayName: 'Ana', video: true });
  const ben = call.simulate.addParticipant({ displayName: 'Ben', video: true });
  const tag = `renderer-host-${++n}`;
  const errors: unknown[] = [];
  class Host extends LitElement {
    readonly renderers = new VideoRendererController(this, (e) => errors.push(e));
  }
  customElements.define(tag, Host);
  const el = mountHost(tag) as LitElement & {
    renderers: VideoRendererController;
  };
  el.renderers.sdk = sim.sdk;
  const cam = (p: typeof ana) => p.simulate.stream('Video') as unknown as RemoteVideoStream;
  return { sim, el, a: cam(ana), b: cam(ben), errors };
}

describe('VideoRendererController', () => {
  it('creates one renderer per stream, shared by its holders, and disposes it when the last lets go', async () => {
    const { sim, el, a, b } = await setup();
    const r = el.renderers;
    let ready = 0;
    const h1 = () => ready++;
    const h2 = () => ready++;
    expect(r.acquire(a, { scalingMode: 'Crop' }, h1)).to.equal(true);
    expect(r.acquire(a, { scalingMode: 'Crop' }, h2)).to.equal(true);
    expect(r.acquire(b, { scalingMode: 'Crop' }, h1)).to.equal(true);
    expect(r.live).to.equal(2);
    expect(sim.renderers.live).to.equal(2);
    await waitUntil(() => r.view(a) && r.view(b), 'views created');
    expect(ready).to.equal(3);
    r.release(a, h1);
    await tick();
    expect(r.live).to.equal(2);
    r.release(a, h2);
    await tick();
    expect(r.live).to.equal(1);
    expect(sim.renderers.live).to.equal(1);
    expect(r.view(a)).to.equal(undefined);
  });

  it('keeps a view that is released and taken again in the same task (a move), and its target', async () => {
    const { sim, el, a } = await setup();
    const r = el.renderers;
    const h1 = () => {};
    const h2 = () => {};
    r.acquire(a, { scalingMode: 'Crop' }, h1);
    await waitUntil(() => r.view(a), 'view created');
    const target = r.view(a)!.target;
    r.release(a, h1);
    r.acquire(a, { scalingMode: 'Crop' }, h2);
    await tick();
    expect(r.live).to.equal(1);
    expect(r.view(a)!.target).to.equal(target);
    expect(sim.renderers.live).to.equal(1);
  });

  it('disposes a renderer whose view is still being created when it is released', async () => {
    const { sim, el, a } = await setup();
    const r = el.renderers;
    const h = () => {};
    r.acquire(a, { scalingMode: 'Crop' }, h);
    r.release(a, h);
    await tick();
    await tick();
    expect(r.live).to.equal(0);
    expect(sim.renderers.live).to.equal(0);
    expect(sim.renderers.views).to.equal(0);
  });

  it('reports a renderer that fails and creates nothing without an SDK', async () => {
    const { el, a, b, errors } = await setup();
    const r = el.renderers;
    const failing: AcsSdk = {
      ...r.sdk!,
      VideoStreamRenderer: class {
        createView() {
          return Promise.reject(new Error('no view'));
        }
        dispose() {}
      },
    };
    r.sdk = failing;
    let told = 0;
    r.acquire(a, { scalingMode: 'Crop' }, () => told++);
    await waitUntil(() => errors.length === 1, 'error reported');
    expect(told).to.equal(1);
    expect(r.live).to.equal(0);
    r.sdk = undefined;
    expect(r.acquire(b, { scalingMode: 'Crop' }, () => {})).to.equal(false);
    expect(r.live).to.equal(0);
  });
});
