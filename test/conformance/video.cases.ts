// Conformance cases: local video and renderers (sdk-real-behaviour.md, second table).
import { expect } from '@open-wc/testing';
import type { VideoDeviceInfo } from '@azure/communication-calling';
import { shownAsMirror } from '../helpers/mirror.js';
import { expectSdkError, rejection, thrown, type ConformanceCase, type Side } from './harness.js';

const table = 'local video and renderers';

/** The page's camera, and a LocalVideoStream of it. */
async function cameraStream({ module, deviceManager }: Side) {
  const [camera] = await deviceManager.getCameras();
  return { camera: camera!, stream: new module.LocalVideoStream(camera!) };
}

/** A MediaStream painted on a canvas (a source that is not a camera). */
function canvasStream(): MediaStream {
  const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
  canvas.getContext('2d')!.fillRect(0, 0, 160, 90);
  return canvas.captureStream(5);
}

/** A view of a camera stream, and what to dispose after the case. */
async function cameraView(side: Side, options?: { scalingMode?: 'Stretch' | 'Crop' | 'Fit' }) {
  const { stream } = await cameraStream(side);
  const renderer = new side.module.VideoStreamRenderer(stream as never);
  const view = await renderer.createView(options);
  return { stream, renderer, view };
}

export const videoCases: ConformanceCase[] = [
  {
    table,
    name: 'getMediaStream() gives a new MediaStream on each call',
    async run(side) {
      const { stream } = await cameraStream(side);
      const a = await stream.getMediaStream();
      const b = await stream.getMediaStream();
      expect(a).to.be.instanceOf(MediaStream);
      expect(a).to.not.equal(b);
      stream.dispose();
    },
  },
  {
    table,
    name: 'its tracks end when the stream is disposed',
    async run(side) {
      const { stream } = await cameraStream(side);
      const media = await stream.getMediaStream();
      stream.dispose();
      expect(media.getVideoTracks().map((t) => t.readyState)).to.deep.equal(['ended']);
    },
  },
  {
    table,
    name: 'off() with an unknown event name throws 422/43011, in the "subscribe" wording',
    async run(side) {
      const { stream } = await cameraStream(side);
      const error = thrown(() => stream.off('bogus' as never, () => {}));
      expectSdkError(error, 422, 43011);
      expect(error.message).to.equal('Not able to subscribe to LocalVideoStream event, unknown event name.');
      stream.dispose();
    },
  },
  {
    table,
    name: 'switchSource rejects the same camera (400/43005), a plain copy, a bogus and no device (400/43004)',
    async run(side) {
      const { camera, stream } = await cameraStream(side);
      expectSdkError(await rejection(stream.switchSource(camera)), 400, 43005);
      const copy = { id: camera.id, name: camera.name, deviceType: camera.deviceType } as VideoDeviceInfo;
      expectSdkError(await rejection(stream.switchSource(copy)), 400, 43004);
      const bogus = { id: 'camera:bogus', name: 'Bogus', deviceType: 'UsbCamera' } as VideoDeviceInfo;
      expectSdkError(await rejection(stream.switchSource(bogus)), 400, 43004);
      expectSdkError(await rejection(stream.switchSource(undefined as never)), 400, 43004);
      expect(stream.source).to.equal(camera);
      stream.dispose();
    },
  },
  {
    table,
    name: 'new LocalVideoStream(no device | a plain copy | a bogus device) throws 400/43003',
    async run(side) {
      const { camera } = await cameraStream(side);
      const copy = { id: camera.id, name: camera.name, deviceType: camera.deviceType };
      for (const source of [undefined, copy, { id: 'camera:bogus' }])
        expectSdkError(
          thrown(() => new side.module.LocalVideoStream(source as never)),
          400,
          43003,
        );
    },
  },
  {
    table,
    name: 'a MediaStream source works (RawMedia) and its view’s <video> is not muted',
    async run(side) {
      const stream = new side.module.LocalVideoStream(canvasStream());
      expect(stream.mediaStreamType).to.equal('RawMedia');
      const renderer = new side.module.VideoStreamRenderer(stream as never);
      const view = await renderer.createView();
      expect(view.target.querySelector('video')?.muted).to.equal(false);
      renderer.dispose();
      stream.dispose();
    },
  },
  {
    table,
    name: 'stream.feature(Features.VideoEffects) gives the video effects feature',
    async run(side) {
      const { stream } = await cameraStream(side);
      const effects = stream.feature(side.module.Features.VideoEffects);
      expect(typeof effects.startEffects).to.equal('function');
      expect(effects.activeEffects).to.deep.equal([]);
      stream.dispose();
    },
  },
  {
    table,
    name: 'createView() defaults: Stretch, mirrored (the target turned, the video flipped)',
    async run(side) {
      const { stream, renderer, view } = await cameraView(side);
      expect([view.scalingMode, view.isMirrored]).to.deep.equal(['Stretch', true]);
      const video = view.target.querySelector('video')!;
      document.body.append(view.target);
      expect(getComputedStyle(video).objectFit).to.equal('fill');
      expect(view.target.style.transform).to.contain('rotateY(180deg)');
      expect(video.style.transform).to.contain('scaleX(-1)');
      view.target.remove();
      renderer.dispose();
      stream.dispose();
    },
  },
  {
    table,
    name: 'a camera’s view is a mirror image on screen with isMirrored false (the SDK flips the video), not with true',
    async run(side) {
      const shown: boolean[] = [];
      for (const isMirrored of [false, true]) {
        const { stream } = await cameraStream(side);
        const renderer = new side.module.VideoStreamRenderer(stream as never);
        const view = await renderer.createView({ isMirrored });
        document.body.append(view.target);
        shown.push(shownAsMirror(view.target.querySelector('video')!, view.target));
        view.target.remove();
        renderer.dispose();
        stream.dispose();
      }
      expect(shown, '[isMirrored false, isMirrored true]').to.deep.equal([true, false]);
    },
  },
  {
    table,
    name: 'updateScalingMode with a wrong value rejects 400/43216 and keeps the mode',
    async run(side) {
      const { stream, renderer, view } = await cameraView(side, { scalingMode: 'Crop' });
      expectSdkError(await rejection(view.updateScalingMode('Bogus' as never)), 400, 43216);
      expect(view.scalingMode).to.equal('Crop');
      renderer.dispose();
      stream.dispose();
    },
  },
  {
    table,
    name: 'a view disposed twice throws 400/43213 (the target is emptied); updateScalingMode after it 400/43215',
    async run(side) {
      const { stream, renderer, view } = await cameraView(side);
      view.dispose();
      expect(view.target.childElementCount).to.equal(0);
      expectSdkError(
        thrown(() => view.dispose()),
        400,
        43213,
      );
      expectSdkError(await rejection(view.updateScalingMode('Fit')), 400, 43215);
      renderer.dispose();
      stream.dispose();
    },
  },
  {
    table,
    name: 'a renderer disposed twice throws 400/43222; createView after it rejects 400/43219',
    async run(side) {
      const { stream, renderer } = await cameraView(side);
      renderer.dispose();
      expectSdkError(
        thrown(() => renderer.dispose()),
        400,
        43222,
      );
      expectSdkError(await rejection(renderer.createView()), 400, 43219);
      stream.dispose();
    },
  },
  {
    table,
    name: 'new VideoStreamRenderer(no stream | {}) throws 400/43218',
    async run({ module }) {
      for (const stream of [undefined, {}])
        expectSdkError(
          thrown(() => new module.VideoStreamRenderer(stream as never)),
          400,
          43218,
        );
    },
  },
];
