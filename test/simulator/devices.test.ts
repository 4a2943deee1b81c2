/**
 * Simulated DeviceManager: device list shapes, placeholders before permission, every permission outcome,
 * selection, hot-plug with fallback to the default, browser devices.
 */
import { expect } from '@open-wc/testing';
import type { AudioDeviceInfo, VideoDeviceInfo } from '@azure/communication-calling';
import { delay, rejection, sim } from './helpers.js';
import { createVirtualClock } from '../../src/simulator/index.js';

describe('simulator: devices', () => {
  it('lists virtual devices shaped like the SDK (ids, isSystemDefault, deviceType), defaults selected', async () => {
    const dm = await sim().callClient.getDeviceManager();
    const cameras = await dm.getCameras();
    const mics = await dm.getMicrophones();
    const speakers = await dm.getSpeakers();
    expect(cameras.length).to.equal(2);
    expect(mics.length).to.equal(3);
    expect(speakers.length).to.equal(3);
    for (const c of cameras) {
      expect(c.id).to.match(/^camera:.+/);
      expect(c.deviceType).to.equal('UsbCamera');
    }
    expect(mics.map((m) => m.id)).to.deep.equal([
      'microphone:default',
      'microphone:sim-headset',
      'microphone:sim-builtin',
    ]);
    expect(mics.every((m) => m.deviceType === 'Microphone')).to.equal(true);
    expect(speakers.every((m) => m.id.startsWith('speaker:') && m.deviceType === 'Speaker')).to.equal(true);
    expect(mics.filter((m) => m.isSystemDefault).map((m) => m.id)).to.deep.equal(['microphone:default']);
    expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    expect(dm.selectedSpeaker?.id).to.equal('speaker:default');
    expect(dm.isSpeakerSelectionAvailable).to.equal(true);
    expect(await sim().callClient.getDeviceManager()).not.to.equal(dm);
  });

  it('takes a custom virtual device list', async () => {
    const dm = await sim({
      devices: {
        cameras: [{ name: 'Only cam', id: 'only' }],
        microphones: [{ name: 'Mic', isSystemDefault: true }],
        speakers: [],
      },
    }).callClient.getDeviceManager();
    expect((await dm.getCameras()).map((d) => [d.id, d.name, d.deviceType])).to.deep.equal([
      ['camera:only', 'Only cam', 'UsbCamera'],
    ]);
    expect((await dm.getMicrophones())[0]!.id).to.match(/^microphone:/);
    expect(await dm.getSpeakers()).to.deep.equal([]);
    expect(dm.selectedSpeaker).to.equal(undefined);
  });

  it('before permission: one placeholder per kind with an empty name and id "camera:" etc.; the audio ones selected', async () => {
    const dm = await sim({ permission: 'prompt' }).callClient.getDeviceManager();
    expect((await dm.getCameras()).map((d) => [d.id, d.name, d.deviceType])).to.deep.equal([
      ['camera:', '', 'UsbCamera'],
    ]);
    expect((await dm.getMicrophones()).map((d) => [d.id, d.name, d.isSystemDefault])).to.deep.equal([
      ['microphone:', '', true],
    ]);
    expect((await dm.getSpeakers()).map((d) => [d.id, d.name])).to.deep.equal([['speaker:', '']]);
    // As the SDK: the placeholders count as selected until there is permission.
    expect([dm.selectedMicrophone?.id, dm.selectedSpeaker?.id]).to.deep.equal(['microphone:', 'speaker:']);
    expect(dm.simulate.permissionState).to.deep.equal({ camera: 'prompt', microphone: 'prompt' });
  });

  it('granted: resolves {audio, video} for what was asked, fills the lists, selects the defaults (events)', async () => {
    const s = sim({ permission: 'granted', preGranted: false });
    const dm = await s.callClient.getDeviceManager();
    const log: string[] = [];
    const onVideo = (e: { added: VideoDeviceInfo[]; removed: VideoDeviceInfo[] }) =>
      log.push(`video+${e.added.length}-${e.removed.length}`);
    const onAudio = (e: { added: AudioDeviceInfo[]; removed: AudioDeviceInfo[] }) =>
      log.push(`audio+${e.added.length}-${e.removed.length}`);
    const onMic = (...a: unknown[]) => log.push(`mic:${dm.selectedMicrophone?.id}:${a.length}`);
    dm.on('videoDevicesUpdated', onVideo);
    dm.on('audioDevicesUpdated', onAudio);
    dm.on('selectedMicrophoneChanged', onMic);
    expect(await dm.askDevicePermission({ audio: true, video: false })).to.deep.equal({ audio: true, video: false });
    expect(log).to.deep.equal(['audio+6-2', 'mic:microphone:default:0']);
    expect((await dm.getCameras())[0]!.id).to.equal('camera:');
    // The state of both kinds, also of the one not asked for (as the SDK).
    expect(await dm.askDevicePermission({ audio: false, video: true })).to.deep.equal({ audio: true, video: true });
    expect(log.slice(2)).to.deep.equal(['video+2-1']);
    expect(dm.simulate.lastPermissionError).to.equal(undefined);
    expect(dm.simulate.permissionState).to.deep.equal({ camera: 'granted', microphone: 'granted' });
    dm.off('videoDevicesUpdated', onVideo);
    dm.off('audioDevicesUpdated', onAudio);
    dm.off('selectedMicrophoneChanged', onMic);
  });

  it('denied (browser): resolves false without throwing; NotAllowedError "Permission denied"; state denied', async () => {
    const dm = await sim({ permission: 'denied' }).callClient.getDeviceManager();
    expect(await dm.askDevicePermission({ audio: true, video: true })).to.deep.equal({ audio: false, video: false });
    expect(dm.simulate.lastPermissionError).to.deep.equal({
      name: 'NotAllowedError',
      message: 'Permission denied',
      outcome: 'denied',
    });
    expect(dm.simulate.permissionState).to.deep.equal({ camera: 'denied', microphone: 'denied' });
    expect((await dm.getCameras())[0]!.id).to.equal('camera:');
    // The simulated browser agrees: the Permissions API says denied, getUserMedia refuses.
    const { permissions, mediaDevices } = dm.environment;
    expect((await permissions!.query({ name: 'camera' as PermissionName })).state).to.equal('denied');
    const error = await rejection(mediaDevices!.getUserMedia({ audio: true }));
    expect(error).to.include({ name: 'NotAllowedError', message: 'Permission denied' });
  });

  it('denied-os: resolves false; "Permission denied by system"; the site is allowed, getUserMedia tells', async () => {
    const dm = await sim({ permission: 'denied-os' }).callClient.getDeviceManager();
    expect(await dm.askDevicePermission({ audio: true, video: true })).to.deep.equal({ audio: false, video: false });
    expect(dm.simulate.lastPermissionError?.message).to.equal('Permission denied by system');
    expect(dm.simulate.lastPermissionError?.name).to.equal('NotAllowedError');
    // The user allowed the site in the browser; the operating system refuses the browser.
    expect(dm.simulate.permissionState).to.deep.equal({ camera: 'granted', microphone: 'granted' });
    const error = await rejection(dm.environment.mediaDevices!.getUserMedia({ video: true }));
    expect(error).to.include({ name: 'NotAllowedError', message: 'Permission denied by system' });
  });

  it('dismissed: resolves false; "Permission dismissed"; state stays prompt', async () => {
    const dm = await sim({ permission: 'dismissed' }).callClient.getDeviceManager();
    expect(await dm.askDevicePermission({ audio: true, video: false })).to.deep.equal({ audio: false, video: false });
    expect(dm.simulate.lastPermissionError?.message).to.equal('Permission dismissed');
    expect(dm.simulate.permissionState.microphone).to.equal('prompt');
  });

  it('prompt: never settles until the outcome changes, then settles with the new outcome', async () => {
    const clock = createVirtualClock();
    const s = sim({ permission: 'prompt', latency: 0, clock });
    const dm = s.deviceManager;
    let settled = false;
    const answer = dm.askDevicePermission({ audio: true, video: true });
    void answer.then(() => (settled = true));
    await clock.advance(60_000);
    expect(settled, 'a minute later').to.equal(false);
    expect(dm.simulate.pendingRequests).to.equal(1);
    dm.simulate.permission('prompt'); // still unanswered
    await clock.advance(60_000);
    expect(settled, 'two minutes later').to.equal(false);
    dm.simulate.permission('granted');
    expect(await answer).to.deep.equal({ audio: true, video: true });
    expect(dm.simulate.pendingRequests).to.equal(0);
    expect((await dm.getCameras()).length).to.equal(2);
  });

  it('askDevicePermission rejects when nothing is asked, and on failNext', async () => {
    const dm = await sim().callClient.getDeviceManager();
    expect((await rejection(dm.askDevicePermission({ audio: false, video: false }))).subCode).to.equal(40612);
    dm.simulate.failNext('askDevicePermission');
    expect((await rejection(dm.askDevicePermission({ audio: true, video: true }))).subCode).to.equal(40614);
  });

  it('selectMicrophone / selectSpeaker: state before the (payload-less) event, event before resolve', async () => {
    const dm = await sim({ latency: 2 }).callClient.getDeviceManager();
    const mics = await dm.getMicrophones();
    let resolved = false;
    const seen: unknown[] = [];
    const l = (...a: unknown[]) => seen.push([dm.selectedMicrophone?.id, resolved, a.length]);
    dm.on('selectedMicrophoneChanged', l);
    const p = dm.selectMicrophone(mics[2]!).then(() => (resolved = true));
    expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    await p;
    expect(seen).to.deep.equal([['microphone:sim-builtin', false, 0]]);
    dm.off('selectedMicrophoneChanged', l);
    await dm.selectSpeaker((await dm.getSpeakers())[1]!);
    expect(dm.selectedSpeaker?.id).to.equal('speaker:sim-headset');
    dm.simulate.failNext('selectSpeaker');
    expect((await rejection(dm.selectSpeaker((await dm.getSpeakers())[0]!))).subCode).to.equal(40610);
    expect(dm.selectedSpeaker?.id).to.equal('speaker:sim-headset');
  });

  it('selecting a device the SDK never listed waits 3 s, rejects 408 and falls back to the default', async () => {
    const clock = createVirtualClock();
    const s = sim({ latency: 0, clock });
    const ready = s.callClient.getDeviceManager();
    await clock.advance(0);
    const dm = await ready;
    const selecting = dm.selectMicrophone((await dm.getMicrophones())[2]!);
    await clock.advance(0);
    await selecting;
    let changes = 0;
    const onMic = () => changes++;
    dm.on('selectedMicrophoneChanged', onMic);
    const copy = { id: 'microphone:nope', name: 'x', isSystemDefault: false, deviceType: 'Microphone' } as const;
    const failing = rejection(dm.selectMicrophone(copy));
    await clock.advance(2_999);
    expect(dm.selectedMicrophone?.id, 'still waiting').to.equal('microphone:sim-builtin');
    await clock.advance(1);
    const error = await failing;
    dm.off('selectedMicrophoneChanged', onMic);
    expect([error.code, error.subCode]).to.deep.equal([408, 40607]);
    expect([dm.selectedMicrophone?.id, changes]).to.deep.equal(['microphone:default', 1]);
  });

  it('speaker selection can be unavailable (Safari, Firefox)', async () => {
    const dm = await sim({ isSpeakerSelectionAvailable: false }).callClient.getDeviceManager();
    expect(dm.isSpeakerSelectionAvailable).to.equal(false);
    expect(dm.selectedSpeaker).to.equal(undefined);
    expect((await rejection(dm.selectSpeaker((await dm.getSpeakers())[0]!))).code).to.equal(500);
    dm.simulate.speakerSelection(true);
    expect(dm.selectedSpeaker?.id).to.equal('speaker:default');
  });

  it('unplugging the selected headset falls back (the default microphone; the next speaker) and fires selected*Changed', async () => {
    const s = sim({ latency: 0 });
    const dm = await s.callClient.getDeviceManager();
    await dm.selectMicrophone((await dm.getMicrophones()).find((d) => d.id === 'microphone:sim-headset')!);
    await dm.selectSpeaker((await dm.getSpeakers()).find((d) => d.id === 'speaker:sim-headset')!);
    const log: string[] = [];
    const onAudio = (e: { added: AudioDeviceInfo[]; removed: AudioDeviceInfo[] }) =>
      log.push(`removed:${e.removed.map((d) => d.id)}`);
    const onMic = () => log.push(`mic:${dm.selectedMicrophone?.id}:${dm.selectedMicrophone?.name}`);
    const onSpeaker = () => log.push(`speaker:${dm.selectedSpeaker?.id}`);
    dm.on('audioDevicesUpdated', onAudio);
    dm.on('selectedMicrophoneChanged', onMic);
    dm.on('selectedSpeakerChanged', onSpeaker);
    dm.simulate.unplug('microphone:sim-headset');
    dm.simulate.unplug('speaker:sim-headset');
    expect(log).to.deep.equal([
      'removed:microphone:sim-headset',
      'mic:microphone:default:Default - Built-in Microphone (simulated)',
      // As the SDK: unplugging the selected speaker takes the "default" entry with it; the next one is selected.
      'removed:speaker:sim-headset,speaker:default',
      'speaker:speaker:sim-builtin',
    ]);
    expect((await dm.getMicrophones()).map((d) => d.id)).to.deep.equal([
      'microphone:default',
      'microphone:sim-builtin',
    ]);
    // Plugging back lists it without selecting it.
    const back = dm.simulate.plug({ kind: 'microphone', id: 'sim-headset', name: 'Headset Microphone (simulated)' });
    expect(back.id).to.equal('microphone:sim-headset');
    expect(dm.selectedMicrophone?.id).to.equal('microphone:default');
    expect((await dm.getMicrophones()).map((d) => d.id)).to.include('microphone:sim-headset');
    // Unplugging a device neither selected nor the default fires no selection change.
    log.length = 0;
    dm.simulate.unplug('microphone:sim-headset');
    expect(log).to.deep.equal(['removed:microphone:sim-headset']);
    // Unplugging the device the default entry points at: the selected 'default' entry now means another device.
    dm.simulate.plug({ kind: 'microphone', id: 'sim-headset', name: 'Headset Microphone (simulated)' });
    log.length = 0;
    dm.simulate.unplug('microphone:sim-builtin');
    expect(log).to.deep.equal([
      'removed:microphone:sim-builtin',
      'mic:microphone:default:Default - Headset Microphone (simulated)',
    ]);
    dm.off('audioDevicesUpdated', onAudio);
    dm.off('selectedMicrophoneChanged', onMic);
    dm.off('selectedSpeakerChanged', onSpeaker);
  });

  it('plugs and unplugs cameras (videoDevicesUpdated)', async () => {
    const dm = await sim().callClient.getDeviceManager();
    const log: string[] = [];
    const l = (e: { added: VideoDeviceInfo[]; removed: VideoDeviceInfo[] }) =>
      log.push(`+${e.added.map((d) => d.id)}-${e.removed.map((d) => d.id)}`);
    dm.on('videoDevicesUpdated', l);
    const cam = dm.simulate.plug({ kind: 'camera', name: 'Document camera', id: 'doc' });
    dm.simulate.unplug(cam.id);
    dm.simulate.unplug('camera:nope');
    expect(log).to.deep.equal(['+camera:doc-', '+-camera:doc']);
    dm.off('videoDevicesUpdated', l);
  });

  it("lists the browser's real devices with devices: 'browser' (fake devices in the test browser)", async () => {
    const dm = await sim({ devices: 'browser' }).callClient.getDeviceManager();
    expect(await dm.askDevicePermission({ audio: true, video: true })).to.deep.equal({ audio: true, video: true });
    const real = await navigator.mediaDevices.enumerateDevices();
    const cameras = await dm.getCameras();
    expect(cameras.map((c) => c.id)).to.deep.equal(
      real.filter((d) => d.kind === 'videoinput').map((d) => `camera:${d.deviceId}`),
    );
    expect(cameras[0]!.name).to.equal(real.find((d) => d.kind === 'videoinput')!.label);
    const mics = await dm.getMicrophones();
    expect(mics.map((c) => c.id)).to.deep.equal(
      real.filter((d) => d.kind === 'audioinput').map((d) => `microphone:${d.deviceId}`),
    );
    expect(dm.selectedMicrophone).not.to.equal(undefined);
    await delay(0);
  });
});
