/**
 * Interop with the real SDK module (offline): its LocalVideoStream renders through the simulator's renderer,
 * its Features tokens reach simulated features, simulated cameras work with it.
 * (The real SDK's getDeviceManager() is not used: it waits ~7 s offline.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as sdk from '@azure/communication-calling';
import { SimulatedFeatures } from '../../src/simulator/index.js';
import { difference, hasContent, pixels, playing, rejection, sim } from './helpers.js';

function animatedCanvasStream(): { stream: MediaStream; stop(): void } {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 90;
  const ctx = canvas.getContext('2d')!;
  let x = 0;
  const timer = setInterval(() => {
    ctx.fillStyle = '#123';
    ctx.fillRect(0, 0, 160, 90);
    ctx.fillStyle = '#fc0';
    ctx.fillRect((x += 7) % 160, 20, 40, 40);
  }, 40);
  const stream = canvas.captureStream();
  return { stream, stop: () => (clearInterval(timer), stream.getTracks().forEach((t) => t.stop())) };
}

describe('simulator with the real SDK', () => {
  it('a blocked camera gives no preview through the real LocalVideoStream class either (500/43007)', async () => {
    const s = sim({ sdk, latency: 0, permission: 'denied', preGranted: false });
    const [placeholder] = await (await s.callClient.getDeviceManager()).getCameras();
    expect(placeholder!.id).to.equal('camera:');
    const stream = new s.sdk.LocalVideoStream(placeholder!);
    expect(stream).to.be.instanceOf(sdk.LocalVideoStream);
    const error = await rejection(stream.getMediaStream());
    expect([error.code, error.subCode]).to.deep.equal([500, 43007]);
    stream.dispose();
  });

  it('renders a real LocalVideoStream (from a canvas MediaStream); counts go back to 0', async () => {
    const s = sim({ sdk, latency: 0 });
    const source = animatedCanvasStream();
    const lvs = new sdk.LocalVideoStream(source.stream);
    const renderer = new s.sdk.VideoStreamRenderer(lvs);
    const view = await renderer.createView({ scalingMode: 'Fit' });
    document.body.append(view.target);
    const video = view.target.querySelector('video')!;
    await playing(video);
    const a = pixels(video);
    expect(hasContent(a)).to.equal(true);
    await waitUntil(() => difference(a, pixels(video)) > 20, 'the real local stream shows new frames', {
      timeout: 5000,
    });
    expect(video.style.objectFit).to.equal('contain');
    expect([s.renderers.live, s.renderers.views]).to.deep.equal([1, 1]);
    renderer.dispose();
    view.target.remove();
    expect([s.renderers.live, s.renderers.views]).to.deep.equal([0, 0]);
    lvs.dispose();
    source.stop();
  });

  it('sim.sdk.LocalVideoStream is a real LocalVideoStream that takes a simulated camera', async () => {
    const s = sim({ sdk, latency: 0 });
    const dm = await s.callClient.getDeviceManager();
    const [front, back] = await dm.getCameras();
    const lvs = new s.sdk.LocalVideoStream(front!);
    expect(lvs).to.be.instanceOf(sdk.LocalVideoStream);
    expect([lvs.source.id, lvs.mediaStreamType]).to.deep.equal([front!.id, 'Video']);
    const call = await s.connectedCall();
    await call.startVideo(lvs);
    expect(call.localVideoStreams[0]).to.equal(lvs);
    const renderer = new s.sdk.VideoStreamRenderer(lvs);
    const view = await renderer.createView();
    document.body.append(view.target);
    await playing(view.target.querySelector('video')!);
    await lvs.switchSource(back!);
    expect(lvs.source.id).to.equal(back!.id);
    expect(await lvs.getMediaStream()).to.be.instanceOf(MediaStream);
    renderer.dispose();
    view.target.remove();
    expect(s.renderers.live).to.equal(0);
    // The real constructor still accepts a MediaStream unchanged.
    const raw = new s.sdk.LocalVideoStream(document.createElement('canvas').captureStream());
    expect(raw.mediaStreamType).to.equal('RawMedia');
  });

  it("call.feature() accepts the real SDK's Features tokens and the simulator's, same object", async () => {
    const s = sim({ sdk, latency: 0 });
    const call = await s.connectedCall();
    expect(call.feature(sdk.Features.UserFacingDiagnostics)).to.equal(
      call.feature(SimulatedFeatures.UserFacingDiagnostics),
    );
    expect(call.feature(sdk.Features.DominantSpeakers)).to.equal(call.feature(SimulatedFeatures.DominantSpeakers));
    expect(call.feature(sdk.Features.RaiseHand)).to.equal(call.feature(SimulatedFeatures.RaiseHand));
    expect(call.feature(sdk.Features.Capabilities)).to.equal(call.feature(s.sdk.Features.Capabilities));
    expect(call.feature(sdk.Features.Recording)).to.equal(call.feature(SimulatedFeatures.Recording));
    expect(() => call.feature(sdk.Features.PPTLive)).to.throw(/does not implement/);
    expect(s.sdk.Features).to.equal(SimulatedFeatures);
  });

  it("recognises the real tokens even when the module was not given (by the SDK's class names)", async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall();
    expect(call.feature(sdk.Features.UserFacingDiagnostics)).to.equal(
      call.feature(SimulatedFeatures.UserFacingDiagnostics),
    );
  });

  it("the real SDK's own renderer rejects a simulated remote stream; the simulator's renders it", async () => {
    const s = sim({ sdk, latency: 0 });
    const call = await s.connectedCall({ participants: [{ video: true }] });
    const stream = call.remoteParticipants[0]!.videoStreams[0]!;
    let realFailed = false;
    try {
      const real = new sdk.VideoStreamRenderer(stream);
      await real.createView();
      real.dispose();
    } catch {
      realFailed = true;
    }
    expect(realFailed).to.equal(true);
    const r = new s.sdk.VideoStreamRenderer(stream);
    await r.createView();
    r.dispose();
  });
});
