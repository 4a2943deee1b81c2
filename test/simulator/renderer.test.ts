/**
 * The simulator's renderer and media: moving pixels, the SDK's DOM, rejection of unavailable streams, live
 * counts, canvases animated only while viewed, participants' stream flags.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { VideoStreamRendererView } from '@azure/communication-calling';
import { createVirtualClock } from '../../src/simulator/index.js';
import { difference, hasContent, pixels, playing, rejection, sim, until } from './helpers.js';

function attach(view: VideoStreamRendererView): HTMLVideoElement {
  const host = document.createElement('div');
  host.style.cssText = 'width: 320px; height: 180px';
  host.append(view.target);
  document.body.append(host);
  return view.target.querySelector('video')!;
}

function detach(view: VideoStreamRendererView) {
  view.target.parentElement?.remove();
}

describe('simulator: renderer and media', () => {
  it('renders a remote participant as MOVING video (two frames some time apart differ)', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: [{ displayName: 'Ada Lovelace', video: true }] });
    const stream = call.simulate.participants[0]!.simulate.stream('Video');
    const renderer = new s.sdk.VideoStreamRenderer(stream);
    const view = await renderer.createView();
    const video = attach(view);
    await playing(video);
    const first = pixels(video);
    expect(hasContent(first), 'not a blank frame').to.equal(true);
    const frames = stream.simulate.frames;
    await until(() => stream.simulate.frames > frames + 4, 3000, 'new frames');
    await waitUntil(() => difference(first, pixels(video)) > 50, 'pixels changed between the two frames', {
      timeout: 5000,
    });
    detach(view);
    renderer.dispose();
  });

  it('builds the SDK DOM: a div holding a playing <video>, stretched by default, object-fit by scaling mode, isMirrored flips', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: [{ displayName: 'Ada', video: true }] });
    const renderer = new s.sdk.VideoStreamRenderer(call.remoteParticipants[0]!.videoStreams[0]!);
    const crop = await renderer.createView({ scalingMode: 'Crop' });
    expect(crop.target.tagName).to.equal('DIV');
    expect(crop.target.style.width).to.equal('100%');
    const video = crop.target.querySelector('video')!;
    expect(video.hasAttribute('playsinline')).to.equal(true);
    expect(video.hasAttribute('autoplay')).to.equal(true);
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect([crop.scalingMode, crop.isMirrored, video.style.objectFit, crop.target.style.transform]).to.deep.equal([
      'Crop',
      false,
      'cover',
      '',
    ]);
    await crop.updateScalingMode('Fit');
    expect([crop.scalingMode, video.style.objectFit]).to.deep.equal(['Fit', 'contain']);
    await crop.updateScalingMode('Stretch');
    expect(video.style.objectFit).to.equal('fill');
    const mirrored = await renderer.createView({ isMirrored: true, scalingMode: 'Fit' });
    expect(mirrored.isMirrored).to.equal(true);
    expect(mirrored.target.style.transform).to.equal('rotateY(180deg)');
    expect(mirrored.target.querySelector('video')!.style.transform).to.equal('');
    // target is an own writable data property, like the SDK's
    expect(Object.getOwnPropertyDescriptor(crop, 'target')?.writable).to.equal(true);
    const plain = await renderer.createView();
    expect([plain.scalingMode, plain.isMirrored], 'a remote stream: stretched, not mirrored').to.deep.equal([
      'Stretch',
      false,
    ]);
    renderer.dispose();
    expect(video.srcObject).to.equal(null);
  });

  it('rejects like the SDK (412 / 43200) for a stream that is not available', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: 1 });
    const stream = call.remoteParticipants[0]!.videoStreams[0]!;
    const renderer = new s.sdk.VideoStreamRenderer(stream);
    const e = await rejection(renderer.createView());
    expect([e.name, e.code, e.subCode]).to.deep.equal(['CallingCommunicationError', 412, 43200]);
    expect(s.renderers.live).to.equal(1);
    expect(s.renderers.views).to.equal(0);
    renderer.dispose();
    expect(s.renderers.live).to.equal(0);
    expect((await rejection(renderer.createView())).code).to.equal(400);
  });

  it('counts live renderers and views, back to 0 after dispose', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: [{ video: true, screenShare: true }, { video: true }] });
    const [a, b] = call.remoteParticipants;
    const r1 = new s.sdk.VideoStreamRenderer(a!.videoStreams[0]!);
    const r2 = new s.sdk.VideoStreamRenderer(a!.videoStreams[1]!);
    const r3 = new s.sdk.VideoStreamRenderer(b!.videoStreams[0]!);
    const v1 = await r1.createView();
    await r1.createView();
    await r2.createView();
    await r3.createView();
    expect([s.renderers.live, s.renderers.views]).to.deep.equal([3, 4]);
    v1.dispose();
    expect((await rejection(Promise.resolve().then(() => v1.dispose()))).subCode, 'a view disposed twice').to.equal(
      43213,
    );
    expect(s.renderers.views).to.equal(3);
    r1.dispose();
    expect((await rejection(Promise.resolve().then(() => r1.dispose()))).subCode, 'a renderer disposed twice').to.equal(
      43222,
    );
    expect([s.renderers.live, s.renderers.views]).to.deep.equal([2, 2]);
    r2.dispose();
    r3.dispose();
    expect([s.renderers.live, s.renderers.views, s.renderers.animating]).to.deep.equal([0, 0, 0]);
  });

  it('animates a canvas only while at least one view of an available stream exists', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: 100 });
    for (const p of call.simulate.participants) p.simulate.video(true);
    expect(s.renderers.animating, '100 cameras on, none rendered').to.equal(0);
    const p = call.simulate.participants[42]!;
    const stream = p.simulate.stream('Video');
    // No painting while nobody watches: no canvas is animated, so the ticker holds no timer.
    expect([stream.simulate.animating, s.renderers.animating], 'no painting while nobody watches').to.deep.equal([
      false,
      0,
    ]);
    const renderer = new s.sdk.VideoStreamRenderer(stream);
    const v1 = await renderer.createView();
    const v2 = await renderer.createView();
    expect([stream.simulate.views, stream.simulate.animating, s.renderers.animating]).to.deep.equal([2, true, 1]);
    const start = stream.simulate.frames;
    await until(() => stream.simulate.frames > start + 2, 2000, 'painting');
    v1.dispose();
    expect(stream.simulate.animating, 'one view left').to.equal(true);
    p.simulate.video(false);
    expect(stream.simulate.animating, 'unavailable: stop painting').to.equal(false);
    p.simulate.video(true);
    expect(stream.simulate.animating).to.equal(true);
    v2.dispose();
    expect([stream.simulate.views, stream.simulate.animating, s.renderers.animating]).to.deep.equal([0, false, 0]);
    renderer.dispose();
  });

  it('renders the local camera (look-alike LocalVideoStream without the SDK), flipped like the SDK', async () => {
    const s = sim({ latency: 0 });
    const [camera] = await (await s.callClient.getDeviceManager()).getCameras();
    const lvs = new s.sdk.LocalVideoStream(camera!);
    expect([lvs.source.id, lvs.mediaStreamType]).to.deep.equal([camera!.id, 'Video']);
    const renderer = new s.sdk.VideoStreamRenderer(lvs);
    const view = await renderer.createView({ isMirrored: true });
    const video = attach(view);
    expect(video.style.transform).to.equal('scaleX(-1)');
    expect(view.target.style.transform).to.equal('rotateY(180deg)');
    await playing(video);
    const a = pixels(video);
    await waitUntil(() => difference(a, pixels(video)) > 50, 'the mirrored view shows new frames', { timeout: 5000 });
    detach(view);
    renderer.dispose();
    expect(s.renderers.animating).to.equal(0);
    const fromStream = new s.sdk.LocalVideoStream(document.createElement('canvas').captureStream());
    expect([fromStream.mediaStreamType, fromStream.source.name, fromStream.source.deviceType]).to.deep.equal([
      'RawMedia',
      'CustomMediaStream',
      'Virtual',
    ]);
  });
});

describe('simulator: remote participants and streams', () => {
  it('video(on): isAvailable at once, isReceiving after the latency; receiving() overrides', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 15, clock });
    const call = await s.connectedCall({ participants: 1 });
    const p = call.simulate.participants[0]!;
    const stream = p.simulate.stream('Video');
    const log: string[] = [];
    const onAvail = (...a: unknown[]) => log.push(`available:${stream.isAvailable}:${a.length}`);
    const onRecv = () => log.push(`receiving:${stream.isReceiving}`);
    const onSize = () => log.push(`size:${stream.size.width}x${stream.size.height}`);
    stream.on('isAvailableChanged', onAvail);
    stream.on('isReceivingChanged', onRecv);
    stream.on('sizeChanged', onSize);
    p.simulate.video(true);
    expect([stream.isAvailable, stream.isReceiving]).to.deep.equal([true, false]);
    await clock.advance(14);
    expect(stream.isReceiving, 'not before the latency').to.equal(false);
    await clock.advance(1);
    expect(log).to.deep.equal(['available:true:0', 'size:640x360', 'receiving:true']);
    p.simulate.receiving('Video', false); // frozen: available but not receiving
    expect([stream.isAvailable, stream.isReceiving]).to.deep.equal([true, false]);
    p.simulate.video(false);
    p.simulate.receiving('Video', false);
    await clock.advance(60_000);
    expect(stream.isReceiving, 'nothing turns it back on later').to.equal(false);
    stream.off('isAvailableChanged', onAvail);
    stream.off('isReceivingChanged', onRecv);
    stream.off('sizeChanged', onSize);
  });

  it('muted, speaking, state, role and displayName fire their events after the change', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: [{ displayName: 'Ada' }] });
    const p = call.simulate.participants[0]!;
    const log: unknown[] = [];
    const l =
      (name: string) =>
      (...a: unknown[]) =>
        log.push([name, a]);
    const handlers = {
      isMutedChanged: l('muted'),
      isSpeakingChanged: l('speaking'),
      stateChanged: l('state'),
      roleChanged: l('role'),
      displayNameChanged: l('name'),
    } as const;
    for (const [e, h] of Object.entries(handlers)) p.on(e as 'stateChanged', h);
    p.simulate.muted(true);
    p.simulate.speaking(true);
    p.simulate.state('Hold');
    p.simulate.role('Presenter');
    p.simulate.displayName('Ada L.');
    p.simulate.muted(true); // unchanged: no event
    expect([p.isMuted, p.isSpeaking, p.state, p.role, p.displayName, p.hasDisplayNameChanged]).to.deep.equal([
      true,
      true,
      'Hold',
      'Presenter',
      'Ada L.',
      true,
    ]);
    expect(log).to.deep.equal([
      ['muted', []],
      ['speaking', []],
      ['state', []],
      ['role', []],
      ['name', [{ newValue: 'Ada L.', oldValue: 'Ada', reason: 'editedDisplayName' }]],
    ]);
    for (const [e, h] of Object.entries(handlers)) p.off(e as 'stateChanged', h);
    expect(p.listenerCount()).to.equal(0);
  });

  it('remote mute() and its failure', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: 1 });
    const p = call.simulate.participants[0]!;
    p.simulate.failNext('mute');
    expect((await rejection(p.mute())).name).to.equal('CallingCommunicationError');
    expect(p.isMuted).to.equal(false);
    await p.mute();
    expect(p.isMuted).to.equal(true);
  });

  it('a participant leaving ends its streams', async () => {
    const s = sim({ latency: 0 });
    const call = await s.connectedCall({ participants: [{ video: true, screenShare: true }] });
    const p = call.simulate.participants[0]!;
    call.simulate.removeParticipant(p, { code: 0, subCode: 5300 });
    expect(p.state).to.equal('Disconnected');
    expect(p.callEndReason).to.deep.equal({ code: 0, subCode: 5300 });
    expect(p.videoStreams.map((v) => v.isAvailable)).to.deep.equal([false, false]);
  });
});
