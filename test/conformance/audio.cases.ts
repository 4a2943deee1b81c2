// Conformance cases: LocalAudioStream and its Volume (what a microphone level meter reads before a call), as the
// real SDK 2.0.0 does them offline in Chromium with fake devices.
import { expect } from '@open-wc/testing';
import type { Volume } from '@azure/communication-calling';
import { expectSdkError, rejection, thrown, type ConformanceCase, type Side } from './harness.js';

const table = 'local audio';

/** The page's microphones, and a LocalAudioStream of the first one. */
async function microphoneStream(side: Side) {
  const microphones = await side.deviceManager.getMicrophones();
  return { microphones, stream: new side.module.LocalAudioStream(microphones[0]!) };
}

export const audioCases: ConformanceCase[] = [
  {
    table,
    name: 'new LocalAudioStream(microphone) works without a call; a plain copy, {} or nothing throws 400/43600',
    async run(side) {
      const { microphones, stream } = await microphoneStream(side);
      expect(stream.source).to.equal(microphones[0]);
      expect(stream.mediaStreamType).to.equal('Audio');
      const mic = microphones[0]!;
      const copy = { id: mic.id, name: mic.name, deviceType: mic.deviceType, isSystemDefault: mic.isSystemDefault };
      for (const source of [undefined, {}, copy])
        expectSdkError(
          thrown(() => new side.module.LocalAudioStream(source as never)),
          400,
          43600,
        );
      stream.dispose();
    },
  },
  {
    table,
    name: 'getVolume() resolves one Volume, its level a number from 0; disposed, the level is 0 and stays so',
    async run(side) {
      const { stream } = await microphoneStream(side);
      const volume: Volume = await stream.getVolume();
      expect(await stream.getVolume(), 'the same Volume each time').to.equal(volume);
      expect(volume.level).to.be.a('number').and.to.be.at.least(0);
      stream.dispose();
      expect(volume.level, 'disposed: silent').to.equal(0);
      // The SDK still answers a disposed stream (it neither throws nor rejects), with the silent Volume.
      expect(await stream.getVolume()).to.equal(volume);
      expect(volume.level).to.equal(0);
      expect(() => stream.dispose(), 'a second dispose').to.not.throw();
    },
  },
  {
    table,
    name: 'switchSource to the microphone in use rejects 400/43607; to another, audioSourceChanged gives { source: stream }',
    async run(side) {
      const { microphones, stream } = await microphoneStream(side);
      expectSdkError(await rejection(stream.switchSource(microphones[0]!)), 400, 43607);
      const heard: unknown[] = [];
      stream.on('audioSourceChanged', (event) => heard.push(event.source));
      await stream.switchSource(microphones[1]!);
      expect(stream.source).to.equal(microphones[1]);
      expect(heard, 'once, with the stream itself').to.deep.equal([stream]);
      stream.dispose();
    },
  },
];
