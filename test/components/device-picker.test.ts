import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/device-picker/acs-device-picker.js';
import type { AcsDevicePicker } from '../../src/components/device-picker/acs-device-picker.js';
import { testSimulator, type Sim } from '../helpers/simulator.js';
import type { SimulatorOptions } from '../../src/simulator/index.js';
import { useRealSdk } from '../helpers/real-sdk.js';
import { shownAsMirror } from '../helpers/mirror.js';
import type { Call, LocalAudioStream } from '../../src/sdk/index.js';

const text = (el: AcsDevicePicker) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const select = (el: AcsDevicePicker, id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`);
const options = (el: AcsDevicePicker, id: string) =>
  [...(select(el, id)?.options ?? [])].map((o) => o.textContent!.trim());
const choose = (el: AcsDevicePicker, id: string, value: string) => {
  const s = select(el, id)!;
  s.value = value;
  s.dispatchEvent(new Event('change'));
};
const button = (el: AcsDevicePicker, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
let key = 0;
const storageKey = () => `acs-device-picker-test-${++key}-${Math.random()}`;

const newSim = testSimulator;

/**
 * A picker on `sim`'s device manager with its own storage key; in `call` (with the SDK) when given, metering when
 * `meter`.
 */
async function pickerOn(sim: Sim, call?: Call, opts: { meter?: boolean } = {}) {
  const dm = await sim.callClient.getDeviceManager();
  const el = await fixture<AcsDevicePicker>(
    html`<acs-device-picker
      ?meter=${!!opts.meter}
      storage-key=${storageKey()}
      .deviceManager=${dm}
      .call=${call}
      .sdk=${call || opts.meter ? sim.sdk : undefined}
    ></acs-device-picker>`,
  );
  return { dm, el };
}

/** A picker on a fresh simulated device manager (latency 0 unless given), with its own storage key. */
async function simPicker(options: SimulatorOptions = {}) {
  const sim = newSim(options);
  const dm = await sim.callClient.getDeviceManager();
  const el = await fixture<AcsDevicePicker>(
    html`<acs-device-picker storage-key=${storageKey()} .deviceManager=${dm}></acs-device-picker>`,
  );
  return { sim, dm, el };
}

/** The page's one real SDK, loaded once for this file by the real-SDK suite's `before` hook. */
let loadedSdk: ReturnType<typeof useRealSdk>;

/** The page's one real SDK device manager, with camera and microphone granted (fake devices). */
async function grantedRealSdk() {
  const real = loadedSdk();
  await real.deviceManager.askDevicePermission({ audio: true, video: true });
  return real;
}

/** A picker on the real SDK's granted device manager (and its SDK module), with `preview` / `meter` when asked. */
async function realPicker(opts: { preview?: boolean; meter?: boolean; key?: string } = {}) {
  const { deviceManager, sdk } = await grantedRealSdk();
  const el = await fixture<AcsDevicePicker>(
    html`<acs-device-picker
      ?preview=${!!opts.preview}
      ?meter=${!!opts.meter}
      storage-key=${opts.key ?? storageKey()}
      .deviceManager=${deviceManager}
      .sdk=${sdk}
    ></acs-device-picker>`,
  );
  return { el, deviceManager };
}

describe('<acs-device-picker> with the real SDK', () => {
  loadedSdk = useRealSdk();

  it('is accessible and lists the fake devices (1 camera, 3 microphones, 3 speakers)', async () => {
    const { el, deviceManager } = await realPicker();
    await waitUntil(() => options(el, 'speaker').length === 3, 'lists filled');
    await expect(el).to.be.accessible();
    expect(options(el, 'camera')).to.have.length(1);
    expect(options(el, 'microphone')).to.have.length(3);
    expect(select(el, 'microphone')!.value).to.equal(deviceManager.selectedMicrophone!.id);
    expect(el.shadowRoot!.querySelector('label[for=microphone]')!.textContent).to.equal('Microphone');
  });

  it('applies a microphone and a speaker through the SDK, then fires change and remembers them', async () => {
    const k = storageKey();
    const { el, deviceManager } = await realPicker({ key: k });
    await waitUntil(() => options(el, 'speaker').length === 3);
    const mics = await deviceManager.getMicrophones();
    const target = mics.find((m) => m.id !== deviceManager.selectedMicrophone?.id)!;
    const changed = oneEvent(el, 'change');
    choose(el, 'microphone', target.id);
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(deviceManager.selectedMicrophone!.id).to.equal(target.id);
    const speakers = await deviceManager.getSpeakers();
    const speaker = speakers.find((s) => s.id !== deviceManager.selectedSpeaker?.id)!;
    choose(el, 'speaker', speaker.id);
    await oneEvent(el, 'change');
    expect(deviceManager.selectedSpeaker!.id).to.equal(speaker.id);
    const stored = JSON.parse(localStorage.getItem(k)!);
    expect(stored.microphone).to.deep.equal({ id: target.id, name: target.name });
    expect(stored.speaker.id).to.equal(speaker.id);
    // Back to the default for the next tests.
    await deviceManager.selectMicrophone(mics.find((m) => m.isSystemDefault)!);
  });

  it('shows a live preview from the SDK (LocalVideoStream + VideoStreamRenderer) and disposes it on removal', async () => {
    const { el, deviceManager } = await realPicker({ preview: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=preview] video'), 'preview video');
    const video = el.shadowRoot!.querySelector<HTMLVideoElement>('[part=preview] video')!;
    await waitUntil(() => video.srcObject && (video.srcObject as MediaStream).getVideoTracks().length > 0);
    const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
    expect(el.selectedCamera!.id).to.equal((await deviceManager.getCameras())[0]!.id);
    // A self view: a mirror image on screen (the SDK flips a camera's video itself; isMirrored turns it back).
    expect(shownAsMirror(video, el), 'the preview shows a mirror image').to.equal(true);
    el.remove();
    expect(el.shadowRoot!.querySelector('[part=preview] video')).to.equal(null);
    await waitUntil(() => track.readyState === 'ended', 'camera track stopped');
  });
  it('before a call, meters the selected microphone through the SDK’s own LocalAudioStream', async () => {
    const { el } = await realPicker({ meter: true });
    await waitUntil(() => el.shadowRoot!.querySelector('meter'), 'meter shown');
    const meter = el.shadowRoot!.querySelector('meter')!;
    expect(meter.min).to.equal(0);
    expect(meter.max).to.equal(100);
    el.remove();
  });
});

describe('<acs-device-picker> with the simulator', () => {
  it('before permission shows no placeholder and points to the permission guide', async () => {
    const sim = newSim({ permission: 'prompt', preGranted: false });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker storage-key=${storageKey()} .deviceManager=${dm}
        ><p slot="permission">guide here</p></acs-device-picker
      >`,
    );
    await el.devicesFetched;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('select')).to.have.length(0);
    expect(text(el)).to.contain('Allow access to your camera and microphone');
    expect(el.shadowRoot!.querySelector('slot[name=permission]')).to.exist;
    expect(el.matches(':state(no-permission)')).to.equal(true);
    dm.simulate.permission('granted');
    await dm.askDevicePermission({ audio: true, video: true });
    await waitUntil(() => options(el, 'camera').length === 2, 'lists after permission');
    expect(el.matches(':state(no-permission)')).to.equal(false);
  });

  it('gives a blank or whitespace-only device label a numbered name, never a blank or hidden option', async () => {
    const sim = newSim({
      devices: {
        cameras: [{ id: 'cam-1', name: 'Front' }],
        microphones: [
          { id: 'mic-1', name: 'Headset' },
          { id: 'mic-2', name: '' },
          { id: 'mic-3', name: '   ' },
        ],
      },
    });
    const { el } = await pickerOn(sim);
    await waitUntil(() => options(el, 'microphone').length === 3, 'three microphones listed');
    expect(options(el, 'microphone')).to.deep.equal(['Headset', 'Microphone 2', 'Microphone 3']);
  });

  it('offers a newly plugged microphone and uses it on request', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'microphone').length === 3);
    const usb = dm.simulate.plug({ kind: 'microphone', name: 'USB Headset' });
    await waitUntil(() => text(el).includes('New microphone: USB Headset'), 'offer');
    expect(options(el, 'microphone')).to.include('USB Headset');
    await expect(el).to.be.accessible();
    button(el, 'Use it').click();
    await waitUntil(() => dm.selectedMicrophone?.id === usb.id);
    await el.updateComplete;
    expect(select(el, 'microphone')!.value).to.equal(usb.id);
  });

  it('withdraws the offer of a newly plugged device when it is unplugged again', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'microphone').length === 3);
    const usb = dm.simulate.plug({ kind: 'microphone', name: 'USB Headset' });
    await waitUntil(() => text(el).includes('New microphone: USB Headset'), 'offer');
    dm.simulate.unplug(usb.id);
    await waitUntil(() => !options(el, 'microphone').includes('USB Headset'), 'list updated');
    await el.updateComplete;
    expect(text(el)).to.not.include('New microphone: USB Headset');
    expect(button(el, 'Use it')).to.equal(undefined);
  });

  it('falls back when the selected microphone disappears and tells the user (polite live region)', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'microphone').length === 3);
    const builtin = (await dm.getMicrophones()).find((m) => m.name.startsWith('Built-in'))!;
    choose(el, 'microphone', builtin.id);
    await oneEvent(el, 'change');
    dm.simulate.unplug(builtin.id);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent!.includes('Microphone disconnected. Switched to'), 'notice');
    expect(dm.selectedMicrophone!.isSystemDefault).to.equal(true);
    expect(status.textContent).to.contain(dm.selectedMicrophone!.name);
    expect(options(el, 'microphone')).to.not.include(builtin.name);
  });

  it('tells both fallbacks when a headset (microphone and speaker) is unplugged', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'speaker').length === 3);
    const mic = (await dm.getMicrophones()).find((d) => d.name.startsWith('Headset') && !d.isSystemDefault)!;
    const speaker = (await dm.getSpeakers()).find((d) => d.name.startsWith('Headset') && !d.isSystemDefault)!;
    choose(el, 'microphone', mic.id);
    await oneEvent(el, 'change');
    choose(el, 'speaker', speaker.id);
    await oneEvent(el, 'change');
    dm.simulate.unplug(mic.id);
    dm.simulate.unplug(speaker.id);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent!.includes('Speaker disconnected. Switched to'), 'speaker notice');
    await el.updateComplete;
    expect(status.textContent).to.contain('Microphone disconnected. Switched to');
  });

  it('falls back to another camera when the chosen one is unplugged (no stream: remembered choice)', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'camera').length === 2);
    const [first, second] = await dm.getCameras();
    choose(el, 'camera', second!.id);
    await oneEvent(el, 'change');
    expect(el.selectedCamera!.id).to.equal(second!.id);
    dm.simulate.unplug(second!.id);
    await waitUntil(() => text(el).includes(`Camera disconnected. Switched to ${first!.name}`), 'camera notice');
    expect(el.selectedCamera!.id).to.equal(first!.id);
  });

  it('in a call, switches the call’s local video stream to the chosen camera', async () => {
    const sim = newSim();
    const call = await sim.connectedCall({ video: true });
    const { dm, el } = await pickerOn(sim, call);
    await waitUntil(() => options(el, 'camera').length === 2);
    const stream = call.localVideoStreams[0]!;
    const other = (await dm.getCameras()).find((c) => c.id !== stream.source.id)!;
    choose(el, 'camera', other.id);
    await oneEvent(el, 'change');
    expect(stream.source.id).to.equal(other.id);
    expect(el.selectedCamera!.id).to.equal(other.id);
  });

  it('restores the remembered choice, matched by name when the id changed', async () => {
    const sim = newSim();
    const dm = await sim.callClient.getDeviceManager();
    const k = storageKey();
    localStorage.setItem(
      k,
      JSON.stringify({ microphone: { id: 'microphone:old-id', name: 'Built-in Microphone (simulated)' } }),
    );
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker storage-key=${k} .deviceManager=${dm}></acs-device-picker>`,
    );
    await waitUntil(() => dm.selectedMicrophone?.name === 'Built-in Microphone (simulated)', 'restored');
    await el.updateComplete;
    expect(select(el, 'microphone')!.value).to.equal(dm.selectedMicrophone!.id);
  });

  it('hides the speaker list where speaker selection is unavailable and says why', async () => {
    const { el } = await simPicker({ isSpeakerSelectionAvailable: false });
    await waitUntil(() => options(el, 'microphone').length === 3);
    expect(select(el, 'speaker')).to.equal(null);
    expect(text(el)).to.contain('does not let web pages choose the speaker');
    await expect(el).to.be.accessible();
  });

  it('shows only what the participant may use (Capabilities: no unmuteMic, no turnVideoOn → speakers only)', async () => {
    const sim = newSim();
    const call = await sim.connectedCall();
    call.simulate.capabilities({ unmuteMic: false, turnVideoOn: false });
    const { el } = await pickerOn(sim, call);
    await waitUntil(() => options(el, 'speaker').length === 3);
    expect(select(el, 'microphone')).to.equal(null);
    expect(select(el, 'camera')).to.equal(null);
  });

  it('shows a failed selection with its operation, fires acs-error and shows the SDK’s real selection', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'microphone').length === 3);
    const before = dm.selectedMicrophone!.id;
    dm.simulate.failNext('selectMicrophone');
    const error = oneEvent(el, 'acs-error');
    choose(el, 'microphone', (await dm.getMicrophones()).find((m) => m.id !== before)!.id);
    expect((await error).detail.operation).to.equal('selectMicrophone');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
      'Microphone: the choice could not be applied',
    );
    expect(select(el, 'microphone')!.value).to.equal(before);
    expect(el.matches(':state(error)')).to.equal(true);
  });

  it('shows the call’s microphone level (localAudioStreams[0].getVolume()) and follows levelChanged', async () => {
    const sim = newSim();
    const call = await sim.connectedCall();
    const listeners = new Set<() => void>();
    const volume = {
      level: 12,
      on: (_e: string, l: () => void) => listeners.add(l),
      off: (_e: string, l: () => void) => listeners.delete(l),
    };
    const audio = { getVolume: async () => volume } as unknown as LocalAudioStream;
    await call.startAudio(audio);
    const { el } = await pickerOn(sim, call, { meter: true });
    await waitUntil(() => el.shadowRoot!.querySelector('meter'), 'meter');
    const meter = () => el.shadowRoot!.querySelector('meter')!;
    expect(meter().value).to.equal(12);
    expect(meter().getAttribute('aria-label')).to.equal('Microphone level');
    volume.level = 70;
    listeners.forEach((l) => l());
    await el.updateComplete;
    expect(meter().value).to.equal(70);
    el.remove();
    expect(listeners.size).to.equal(0);
  });

  it('before a call, hides the meter when the SDK capability has no LocalAudioStream (no second getUserMedia)', async () => {
    const sim = newSim();
    const dm = await sim.callClient.getDeviceManager();
    // An SDK capability object without the class (the simulator's has one).
    const { LocalAudioStream, ...withoutAudio } = sim.sdk;
    expect(LocalAudioStream).to.be.a('function');
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker
        meter
        storage-key=${storageKey()}
        .deviceManager=${dm}
        .sdk=${withoutAudio}
      ></acs-device-picker>`,
    );
    await waitUntil(() => options(el, 'microphone').length === 3);
    expect(el.shadowRoot!.querySelector('meter')).to.equal(null);
  });

  it('releases every SDK listener on removal and takes them again on re-append', async () => {
    const { dm, el } = await simPicker();
    await waitUntil(() => options(el, 'microphone').length === 3);
    expect(dm.listenerCount()).to.equal(4);
    const parent = el.parentNode!;
    el.remove();
    expect(dm.listenerCount()).to.equal(0);
    parent.appendChild(el);
    expect(dm.listenerCount()).to.equal(4);
  });
});
