// Conformance cases: devices and permissions (sdk-real-behaviour.md, first table, and the rows that matched).
import { expect } from '@open-wc/testing';
import type { AudioDeviceInfo, DeviceManager } from '@azure/communication-calling';
import { expectSdkError, rejection, thrown, type ConformanceCase } from './harness.js';

const table = 'devices and permissions';

/** A device the SDK never listed (a stored one from another browser, a typo). */
const bogusMicrophone = {
  id: 'microphone:not-a-device',
  name: 'Not a device',
  deviceType: 'Microphone',
  isSystemDefault: false,
} as AudioDeviceInfo;
const bogusSpeaker = { ...bogusMicrophone, id: 'speaker:not-a-device', deviceType: 'Speaker' } as AudioDeviceInfo;

/** Waits for one `event` of the device manager, or gives up after `ms` (resolves whether it came). */
function heard(dm: DeviceManager, event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', ms: number) {
  return new Promise<boolean>((resolve) => {
    const listener = () => {
      dm.off(event as 'selectedMicrophoneChanged', listener);
      resolve(true);
    };
    dm.on(event as 'selectedMicrophoneChanged', listener);
    setTimeout(() => {
      dm.off(event as 'selectedMicrophoneChanged', listener);
      resolve(false);
    }, ms);
  });
}

export const deviceCases: ConformanceCase[] = [
  {
    table,
    name: 'lists the devices with the SDK ids (camera:, microphone:, speaker:) and the system defaults',
    async run({ deviceManager: dm }) {
      const cameras = await dm.getCameras();
      const microphones = await dm.getMicrophones();
      const speakers = await dm.getSpeakers();
      expect(cameras.length).to.equal(1);
      expect(cameras.every((c) => c.id.startsWith('camera:') && !!c.name)).to.equal(true);
      expect(microphones.map((m) => m.isSystemDefault)).to.deep.equal([true, false, false]);
      expect(microphones[0]!.id).to.equal('microphone:default');
      expect(speakers[0]!.id).to.equal('speaker:default');
      expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    },
  },
  {
    table,
    name: 'device properties and the selection are read-only getters',
    async run({ deviceManager: dm }) {
      const [camera] = await dm.getCameras();
      expect(() => ((camera as { id: string }).id = 'x')).to.throw(TypeError);
      expect(() => ((dm as { selectedMicrophone: unknown }).selectedMicrophone = undefined)).to.throw(TypeError);
      expect(camera!.id).to.not.equal('x');
    },
  },
  {
    table,
    name: 'device objects are class instances that cannot be cloned or serialised; the lists are the SDK’s own arrays',
    async run({ deviceManager: dm }) {
      const cameras = await dm.getCameras();
      const [camera] = cameras;
      expect(Object.getOwnPropertyDescriptor(camera, 'id'), 'id is not an own property').to.equal(undefined);
      let prototype = Object.getPrototypeOf(camera);
      while (prototype && !Object.getOwnPropertyDescriptor(prototype, 'id'))
        prototype = Object.getPrototypeOf(prototype);
      expect(typeof Object.getOwnPropertyDescriptor(prototype, 'id')?.get, 'id is a getter').to.equal('function');
      expect(() => JSON.stringify(camera)).to.throw(TypeError);
      expect(thrown(() => structuredClone(camera)).name).to.equal('DataCloneError');
      expect(Object.keys({ ...camera }).every((key) => key.startsWith('_'))).to.equal(true);
      expect(await dm.getCameras(), 'the same array each time').to.equal(cameras);
      const [microphone] = await dm.getMicrophones();
      expect(thrown(() => structuredClone(microphone)).name).to.equal('DataCloneError');
    },
  },
  {
    table,
    name: 'askDevicePermission resolves the state of both kinds, also of the one not asked for',
    async run({ deviceManager: dm }) {
      expect(await dm.askDevicePermission({ audio: true, video: false })).to.deep.equal({ audio: true, video: true });
    },
  },
  {
    table,
    name: 'askDevicePermission(undefined) rejects 500/41001',
    async run({ deviceManager: dm }) {
      expectSdkError(await rejection(dm.askDevicePermission(undefined as never)), 500, 41001);
    },
  },
  {
    table,
    name: 'on(event, undefined) throws a TypeError',
    async run({ deviceManager: dm }) {
      expect(thrown(() => dm.on('selectedMicrophoneChanged', undefined as never))).to.be.instanceOf(TypeError);
    },
  },
  {
    table,
    name: 'a listener that throws stops the later listeners of that event, and the action still resolves',
    async run({ deviceManager: dm }) {
      const order: string[] = [];
      const first = () => {
        order.push('first');
        throw new Error('a page listener failed');
      };
      const second = () => order.push('second');
      dm.on('selectedMicrophoneChanged', first);
      dm.on('selectedMicrophoneChanged', second);
      const previous = dm.selectedMicrophone!;
      const other = (await dm.getMicrophones()).find((m) => m.id !== previous.id)!;
      try {
        await dm.selectMicrophone(other);
      } finally {
        dm.off('selectedMicrophoneChanged', first);
        dm.off('selectedMicrophoneChanged', second);
      }
      expect(order).to.deep.equal(['first']);
      await dm.selectMicrophone(previous);
    },
  },
  {
    table,
    name: 'selecting a microphone the SDK never listed times out after about 3 s (408/40607) and falls back to the default',
    timeout: 20_000,
    async run({ deviceManager: dm }) {
      const other = (await dm.getMicrophones()).find((m) => !m.isSystemDefault)!;
      await dm.selectMicrophone(other);
      const fallback = heard(dm, 'selectedMicrophoneChanged', 10_000);
      const started = performance.now();
      const error = await rejection(dm.selectMicrophone(bogusMicrophone));
      const waited = performance.now() - started;
      expectSdkError(error, 408, 40607);
      expect(error.message).to.equal('Microphone selection timed out.');
      expect(waited, 'waited about 3 s').to.be.within(2500, 8000);
      expect(await fallback, 'selectedMicrophoneChanged').to.equal(true);
      expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    },
  },
  {
    table,
    name: 'selecting a speaker the SDK never listed times out (408/40609) and falls back to the default',
    timeout: 20_000,
    async run({ deviceManager: dm }) {
      const other = (await dm.getSpeakers()).find((s) => !s.isSystemDefault)!;
      await dm.selectSpeaker(other);
      const fallback = heard(dm, 'selectedSpeakerChanged', 10_000);
      expectSdkError(await rejection(dm.selectSpeaker(bogusSpeaker)), 408, 40609);
      expect(await fallback).to.equal(true);
      expect(dm.selectedSpeaker?.id).to.equal('speaker:default');
    },
  },
  {
    table,
    name: 'selectMicrophone(undefined) rejects 400/40615',
    async run({ deviceManager: dm }) {
      expectSdkError(await rejection(dm.selectMicrophone(undefined as never)), 400, 40615);
    },
  },
  {
    table,
    permission: 'denied',
    name: 'denied: one placeholder camera (id "camera:", UsbCamera); the audio placeholders are defaults and selected',
    async run({ deviceManager: dm }) {
      expect(await dm.askDevicePermission({ audio: true, video: true })).to.deep.equal({ audio: false, video: false });
      const cameras = await dm.getCameras();
      expect(cameras.map((c) => [c.id, c.name, c.deviceType])).to.deep.equal([['camera:', '', 'UsbCamera']]);
      const microphones = await dm.getMicrophones();
      expect(microphones.map((m) => [m.id, m.name, m.isSystemDefault])).to.deep.equal([['microphone:', '', true]]);
      const speakers = await dm.getSpeakers();
      expect(speakers.map((s) => [s.id, s.isSystemDefault])).to.deep.equal([['speaker:', true]]);
      expect(dm.selectedMicrophone?.id).to.equal('microphone:');
      expect(dm.selectedSpeaker?.id).to.equal('speaker:');
    },
  },
  {
    table,
    permission: 'denied',
    name: 'denied: selecting a placeholder rejects 400/40616',
    async run({ deviceManager: dm }) {
      const [placeholder] = await dm.getMicrophones();
      expectSdkError(await rejection(dm.selectMicrophone(placeholder!)), 400, 40616);
    },
  },
  {
    table,
    permission: 'denied',
    name: 'denied: a LocalVideoStream of the placeholder camera gives no media (500/43007)',
    async run({ module, deviceManager: dm }) {
      const [placeholder] = await dm.getCameras();
      const stream = new module.LocalVideoStream(placeholder!);
      expectSdkError(await rejection(stream.getMediaStream()), 500, 43007);
      stream.dispose();
    },
  },
  {
    table,
    permission: 'denied',
    simulatorOnly: 'the test browser cannot be allowed mid-test',
    name: 'allowed in the browser afterwards: the SDK notices by itself (lists updated, placeholders removed, selection)',
    async run({ deviceManager: dm }) {
      const events: string[] = [];
      const on = (name: 'videoDevicesUpdated' | 'audioDevicesUpdated' | 'selectedMicrophoneChanged') => {
        const listener = (e?: { added: { id: string }[]; removed: { id: string }[] }) =>
          events.push(e ? `${name} +${e.added.length} -${e.removed.map((d) => d.id).join(',')}` : name);
        dm.on(name as 'videoDevicesUpdated', listener as never);
        return () => dm.off(name as 'videoDevicesUpdated', listener as never);
      };
      const offs = [on('videoDevicesUpdated'), on('audioDevicesUpdated'), on('selectedMicrophoneChanged')];
      const simulated = dm as unknown as {
        simulate: { sitePermission(name: 'camera' | 'microphone', state: PermissionState): void };
      };
      simulated.simulate.sitePermission('camera', 'granted');
      simulated.simulate.sitePermission('microphone', 'granted');
      offs.forEach((off) => off());
      expect(events).to.deep.equal([
        'videoDevicesUpdated +1 -camera:',
        'audioDevicesUpdated +6 -microphone:,speaker:',
        'selectedMicrophoneChanged',
      ]);
      expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    },
  },
  {
    table,
    simulatorOnly: 'devices cannot be unplugged offline',
    name: 'unplugging the selected speaker removes speaker:default too, and falls back',
    async run({ deviceManager: dm }) {
      const simulated = dm as unknown as { simulate: { unplug(id: string): void } };
      const chosen = (await dm.getSpeakers()).find((s) => !s.isSystemDefault)!;
      await dm.selectSpeaker(chosen);
      let removed: string[] = [];
      const listener = (e: { removed: { id: string }[] }) => (removed = e.removed.map((d) => d.id));
      dm.on('audioDevicesUpdated', listener);
      simulated.simulate.unplug(chosen.id);
      dm.off('audioDevicesUpdated', listener);
      expect(removed.sort()).to.deep.equal([chosen.id, 'speaker:default'].sort());
      expect((await dm.getSpeakers()).some((s) => s.id === 'speaker:default')).to.equal(false);
    },
  },
];
