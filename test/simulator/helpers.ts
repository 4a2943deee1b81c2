import type { Simulator, SimulatorOptions } from '../../src/simulator/index.js';
import { testSimulator } from '../helpers/simulator.js';

/** A simulator with a tiny latency (tests are not about latency unless they say so), disposed after the test. */
export function sim(options: SimulatorOptions = {}): Simulator {
  return testSimulator({ latency: 1, ...options });
}

/** Resolves after `ms`. */
export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The error a function throws synchronously (fails when it does not throw). */
export function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a synchronous throw');
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** Whether a promise is still pending after `ms`. */
export async function pendingAfter(p: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  const result = await Promise.race([
    p.then(
      () => 'settled',
      () => 'settled',
    ),
    delay(ms).then(() => marker),
  ]);
  return result === marker;
}

/** Waits until `check()` is true (polling every few ms), failing after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(5);
  }
}

/** Waits until a `<video>` has a decoded frame. */
export async function playing(video: HTMLVideoElement): Promise<void> {
  await until(() => video.readyState >= 2 && video.videoWidth > 0, 5000, 'the video to play');
}

/** The pixels of a video's current frame, scaled down. */
export function pixels(video: HTMLVideoElement, w = 64, h = 36): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(video, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h).data;
}

/** How many bytes differ between two images. */
export function difference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 8) n++;
  return n;
}

/** Whether an image is not uniformly one colour. */
export function hasContent(a: Uint8ClampedArray): boolean {
  for (let i = 4; i < a.length; i += 4) if (Math.abs(a[i]! - a[0]!) > 16) return true;
  return false;
}
