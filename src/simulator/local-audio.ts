/**
 * A look-alike of the SDK's `LocalAudioStream` and its `Volume` (what a microphone level meter reads before a
 * call), copying what the real SDK 2.0.0 does offline (measured in Chromium with fake devices):
 *
 * - it takes a microphone the device manager listed, or a `MediaStream` (then `mediaStreamType` is `RawMedia`);
 *   anything else (a plain copy, `{}`) throws 400/43600;
 * - `getVolume()` resolves the same `Volume` each time; its `level` starts at 0 and `levelChanged` fires (with no
 *   argument) only when the level changes; after `dispose()` the level is 0 and stays so (the stream still answers
 *   `getVolume()` and `switchSource()`, without throwing);
 * - `switchSource()` to the microphone in use rejects 400/43607; a switch fires `audioSourceChanged` with
 *   `{ source: stream }` once `source` has changed; the `Volume` of the old source stays at its last level and
 *   fires no more (observed by hand with the real SDK, whose fake microphone keeps changing the level; the
 *   conformance cases check the rest);
 * - a second `dispose()` does nothing.
 *
 * The level is the simulated user's: `sim.deviceManager.simulate.microphoneLevel(level)` (0 to 100) sets it on
 * every live volume.
 */
import type {
  AudioDeviceInfo,
  AudioSourceChangedEvent,
  LocalAudioStream,
  MediaStreamType,
  PropertyChangedEvent,
  Volume,
} from '@azure/communication-calling';
import type { SimContext } from './context.js';
import { Emitter, type AnyListener } from './emitter.js';
import { SDK_ERRORS, sdkError } from './errors.js';
import { SimulatedAudioDeviceInfo } from './device-manager.js';
import { uuid } from './uuid.js';

/** Constructor type of the SDK's `LocalAudioStream`, as `AcsSdk` declares it. */
export type LocalAudioStreamCtor = new (source: AudioDeviceInfo | MediaStream) => LocalAudioStream;

/** A volume the simulator drives (one per stream, live until its stream is disposed or switched). */
export interface SimulatedLevelSink {
  setLevel(level: number): void;
}

/** The simulated `Volume`: `level` and `levelChanged`, set by the simulator. */
class SimulatedVolume implements Volume, SimulatedLevelSink {
  #level = 0;
  readonly #events: Emitter<'levelChanged'>;

  constructor(ctx: SimContext) {
    this.#events = new Emitter(['levelChanged'], { subject: 'Volume', code: 422 }, ctx.registry, 'Volume');
  }

  get level(): number {
    return this.#level;
  }

  /** @internal Sets the level; `levelChanged` fires only on a change, as the SDK's does. */
  setLevel(level: number): void {
    const next = Math.max(0, Math.min(100, level));
    if (next === this.#level) return;
    this.#level = next;
    this.#events.emit('levelChanged');
  }

  on(event: 'levelChanged', listener: PropertyChangedEvent): void {
    this.#events.on(event, listener as AnyListener);
  }

  off(event: 'levelChanged', listener: PropertyChangedEvent): void {
    this.#events.off(event, listener as AnyListener);
  }
}

/** Creates the look-alike class bound to one simulator. */
export function createLocalAudioStreamClass(ctx: SimContext): LocalAudioStreamCtor {
  class SimulatedLocalAudioStream {
    #source: AudioDeviceInfo;
    #type: MediaStreamType;
    #volume?: SimulatedVolume;
    #disposed = false;
    readonly #events: Emitter<'audioSourceChanged'>;

    constructor(source: AudioDeviceInfo | MediaStream) {
      if (source instanceof SimulatedAudioDeviceInfo && source.deviceType !== 'Speaker') {
        this.#source = source;
        this.#type = 'Audio';
      } else if (typeof MediaStream !== 'undefined' && source instanceof MediaStream) {
        this.#source = { id: uuid(), name: 'CustomMediaStream', deviceType: 'Virtual', isSystemDefault: false };
        this.#type = 'RawMedia';
      } else throw sdkError(SDK_ERRORS.AUDIO_STREAM_WRONG_TYPE);
      this.#events = new Emitter(
        ['audioSourceChanged'],
        { subject: 'LocalAudioStream', code: 422 },
        ctx.registry,
        'LocalAudioStream',
      );
    }

    get source(): AudioDeviceInfo {
      return this.#source;
    }

    get mediaStreamType(): MediaStreamType {
      return this.#type;
    }

    async getVolume(): Promise<Volume> {
      if (!this.#volume) {
        this.#volume = new SimulatedVolume(ctx);
        // A disposed stream's volume is silent and follows nothing.
        if (!this.#disposed) {
          ctx.volumes.add(this.#volume);
          this.#volume.setLevel(ctx.microphoneLevel);
        }
      }
      return this.#volume;
    }

    async switchSource(source: AudioDeviceInfo): Promise<void> {
      if (source?.id === this.#source.id) throw sdkError(SDK_ERRORS.AUDIO_SWITCH_SAME_SOURCE);
      await ctx.wait();
      this.#source = source;
      // The old source's volume stays where it was and fires no more.
      if (this.#volume) ctx.volumes.delete(this.#volume);
      this.#events.emit('audioSourceChanged', { source: this });
    }

    async getMediaStream(): Promise<MediaStream> {
      return new MediaStream();
    }

    dispose(): void {
      if (this.#disposed) return;
      this.#disposed = true;
      if (this.#volume) {
        this.#volume.setLevel(0);
        ctx.volumes.delete(this.#volume);
      }
    }

    on(event: 'audioSourceChanged', listener: AudioSourceChangedEvent): void {
      this.#events.on(event, listener as AnyListener);
    }

    off(event: 'audioSourceChanged', listener: AudioSourceChangedEvent): void {
      this.#events.off(event, listener as AnyListener);
    }
  }
  // The SDK class has private members: the look-alike is given the SDK's type where the SDK's type is required.
  return SimulatedLocalAudioStream as unknown as LocalAudioStreamCtor;
}
