import type { AcsSdk, Call, LocalVideoStream, VideoDeviceInfo } from '../sdk/index.js';

/** Camera commands in flight, per call: every element that turns a call's camera on or off goes through them. */
const inFlight = new WeakMap<Call, Promise<void>>();

/** The call's camera stream (not a screen share), if video is on. */
export const cameraStreamOf = (call: Call | undefined): LocalVideoStream | undefined =>
  call?.localVideoStreams.find((s) => s.mediaStreamType === 'Video');

/**
 * Runs one camera command on a call at a time, whichever element asks (the camera button's "Restart video" and the
 * notices' can be clicked together): a command asked while another runs waits for it, then runs only if it still
 * makes sense (`start` when video is still off, `restart` always, `stop` when video is still on).
 */
export function cameraCommand(
  call: Call,
  kind: 'start' | 'restart' | 'stop',
  sdk?: AcsSdk,
  camera?: VideoDeviceInfo,
): Promise<void> {
  const before = inFlight.get(call) ?? Promise.resolve();
  const run = before.then(async () => {
    const running = cameraStreamOf(call);
    if (kind === 'stop' || kind === 'restart') {
      if (running) await call.stopVideo(running);
      if (kind === 'stop') return;
    } else if (running) return;
    // Developer-facing (the acs-error detail); the element shows its own words.
    if (!sdk || !camera) throw new Error('No camera is available to start video.');
    await call.startVideo(new sdk.LocalVideoStream(camera));
  });
  // What the next command waits for: this one settled, whatever its outcome (its failure is the caller's).
  const settled: Promise<void> = run
    .catch(() => undefined)
    .then(() => {
      if (inFlight.get(call) === settled) inFlight.delete(call);
    });
  inFlight.set(call, settled);
  return run;
}
