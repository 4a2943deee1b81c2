/**
 * Every element and the provider against the real SDK's edges (issue #11), on the simulator that now behaves as
 * the SDK does offline (test/conformance proves the two equal): placeholder devices, failed selections, views
 * and renderers disposed once in every teardown path, no command on a call that ended, the self view mirrored on
 * screen, the guide and the picker agreeing when only the camera is blocked.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/call-provider/acs-call-provider.js';
import '../../src/components/device-picker/acs-device-picker.js';
import '../../src/components/mute-button/acs-mute-button.js';
import '../../src/components/permission-guide/acs-permission-guide.js';
import '../../src/components/video-grid/acs-video-grid.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsDevicePicker } from '../../src/components/device-picker/acs-device-picker.js';
import type { AcsMuteButton } from '../../src/components/mute-button/acs-mute-button.js';
import type { AcsPermissionGuide } from '../../src/components/permission-guide/acs-permission-guide.js';
import type { AcsVideoGrid } from '../../src/components/video-grid/video-grid.js';
import type { AcsVideoTile } from '../../src/components/video-grid/video-tile.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import type { AudioDeviceInfo, Call, CreateViewOptions } from '../../src/sdk/index.js';
import { createVirtualClock, type SimulatedCall } from '../../src/simulator/index.js';
import { testSimulator, type Sim } from '../helpers/simulator.js';
import { shownAsMirror } from '../helpers/mirror.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
let key = 0;
const storageKey = () => `acs-edges-${++key}-${Math.random()}`;

/** Collects the `acs-error` events of `el` and the page's unhandled rejections until `stop()`. */
function problems(el: Element) {
  const errors: string[] = [];
  const onError = (e: Event) => errors.push(`acs-error ${(e as AcsErrorEvent).detail.operation}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled ${String(e.reason?.message ?? e.reason)}`);
  el.addEventListener('acs-error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      el.removeEventListener('acs-error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A few macrotasks: long enough for the simulator's zero-latency answers and Lit's updates to settle. */
async function settle(el?: Element & { updateComplete?: Promise<unknown> }) {
  for (let i = 0; i < 4; i++) {
    await el?.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

const gridTiles = (el: AcsVideoGrid) => [...el.shadowRoot!.querySelectorAll<AcsVideoTile>('acs-video-tile')];
const tileVideo = (tile: AcsVideoTile) => tile.shadowRoot!.querySelector<HTMLVideoElement>('[part=video] video');

/**
 * `sim.sdk` whose renderers hold `createView` until `open()`: the view is made `before` the wait (so it comes
 * back after its renderer was disposed, if the element went meanwhile) or `after` it (the SDK then refuses, 43219).
 */
function gatedSdk(sim: Sim, when: 'before' | 'after') {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { pending: 0 };
  const Base = sim.sdk.VideoStreamRenderer;
  class GatedRenderer extends Base {
    override async createView(options?: CreateViewOptions) {
      state.pending++;
      const early = when === 'before' ? await super.createView(options) : undefined;
      await gate;
      return early ?? super.createView(options);
    }
  }
  return {
    sdk: { ...sim.sdk, VideoStreamRenderer: GatedRenderer },
    open,
    get pending() {
      return state.pending;
    },
  };
}

function mountGrid(call: Call, sim: Sim) {
  return fixture<AcsVideoGrid>(
    html`<acs-video-grid style="width: 640px; height: 360px" .call=${call} .sdk=${sim.sdk}></acs-video-grid>`,
  );
}

describe('elements at the SDK’s edges: video', () => {
  it('the grid shows the self view as a mirror image and other people’s video as it is', async () => {
    const sim = testSimulator();
    const call = await sim.connectedCall({ video: true, participants: [{ displayName: 'Ana', video: true }] });
    const el = await mountGrid(call, sim);
    await waitUntil(() => gridTiles(el).every((t) => tileVideo(t)), 'views attached');
    const shown = gridTiles(el).map((t) => [t.kind, shownAsMirror(tileVideo(t)!, el)]);
    expect(shown).to.deep.include.members([
      ['local', true],
      ['remote', false],
    ]);
  });

  it('the grid lets the camera go when the call ends: no renderer, no view, the stream has no user', async () => {
    const sim = testSimulator();
    const call = await sim.connectedCall({ video: true, participants: [{ displayName: 'Ana', video: true }] });
    const el = await mountGrid(call, sim);
    await waitUntil(() => sim.renderers.views === 2, 'both views');
    const seen = problems(el);
    call.simulate.end({ code: 0, subCode: 0 });
    await settle(el);
    seen.stop();
    expect(call.localVideoStreams.length, 'the SDK keeps no local video').to.equal(0);
    expect([sim.renderers.live, sim.renderers.views, el.renderers.live]).to.deep.equal([0, 0, 0]);
    expect(seen.errors).to.deep.equal([]);
  });

  for (const when of ['before', 'after'] as const) {
    it(`a grid removed while its views are being made disposes each renderer once (view made ${when} the removal)`, async () => {
      const sim = testSimulator();
      const call = await sim.connectedCall({ video: true, participants: [{ displayName: 'Ana', video: true }] });
      const gated = gatedSdk(sim, when);
      const el = document.createElement('acs-video-grid') as AcsVideoGrid;
      el.style.cssText = 'display: block; width: 640px; height: 360px';
      Object.assign(el, { call, sdk: gated.sdk });
      const seen = problems(el);
      document.body.append(el);
      await waitUntil(() => gated.pending === 2, 'both views being made');
      el.remove();
      await settle();
      expect(sim.renderers.live, 'renderers disposed on removal').to.equal(0);
      gated.open();
      await settle();
      seen.stop();
      expect([sim.renderers.live, sim.renderers.views]).to.deep.equal([0, 0]);
      expect(seen.errors).to.deep.equal([]);
    });
  }

  it('the picker’s preview is a mirror image; removed while it starts, it disposes its renderer once', async () => {
    const sim = testSimulator();
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker preview storage-key=${storageKey()} .deviceManager=${dm} .sdk=${sim.sdk}>
      </acs-device-picker>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=preview] video'), 'preview');
    const video = el.shadowRoot!.querySelector('[part=preview] video')!;
    expect(shownAsMirror(video, el)).to.equal(true);
    el.remove();
    expect([sim.renderers.live, sim.renderers.views]).to.deep.equal([0, 0]);

    for (const when of ['before', 'after'] as const) {
      const gated = gatedSdk(sim, when);
      const again = document.createElement('acs-device-picker') as AcsDevicePicker;
      Object.assign(again, { preview: true, storageKey: storageKey(), deviceManager: dm, sdk: gated.sdk });
      const seen = problems(again);
      document.body.append(again);
      await waitUntil(() => gated.pending === 1, 'preview starting');
      again.remove();
      gated.open();
      await settle();
      seen.stop();
      expect([sim.renderers.live, sim.renderers.views], `view made ${when} the removal`).to.deep.equal([0, 0]);
      expect(seen.errors).to.deep.equal([]);
    }
  });
});

describe('elements at the SDK’s edges: a call that ended', () => {
  it('the provider’s hangUp() leaves a call that ended remotely alone (the SDK would reject 490/4525)', async () => {
    const sim = testSimulator();
    const call = (await sim.connectedCall()) as SimulatedCall;
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${sim.agent} .sdk=${sim.sdk}></acs-call-provider>`,
    );
    await waitUntil(() => el.call === call, 'the call is the active one');
    let hangUps = 0;
    const hangUp = call.hangUp.bind(call);
    call.hangUp = (options) => (hangUps++, hangUp(options));
    call.simulate.end({ code: 0, subCode: 0 });
    const seen = problems(el);
    await el.hangUp();
    el.remove();
    await settle();
    seen.stop();
    expect([hangUps, seen.errors]).to.deep.equal([0, []]);
  });

  it('the mute button of a call that ended is disabled and sends nothing', async () => {
    const sim = testSimulator();
    const call = (await sim.connectedCall()) as SimulatedCall;
    const el = await fixture<AcsMuteButton>(html`<acs-mute-button .call=${call}></acs-mute-button>`);
    let commands = 0;
    call.mute = async () => void commands++;
    call.unmute = async () => void commands++;
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    button.click();
    expect([
      button.disabled || button.getAttribute('aria-disabled') === 'true',
      await el.toggle(),
      commands,
    ]).to.deep.equal([true, false, 0]);
  });

  for (const ending of ['ended', 'ending'] as const) {
    it(`the permission guide reloads without hanging up a call that ${ending === 'ended' ? 'ended remotely' : 'is ending'}`, async () => {
      const sim = testSimulator({ permission: 'denied' });
      const dm = await sim.callClient.getDeviceManager();
      const call = (await sim.connectedCall()) as SimulatedCall;
      const el = await fixture<AcsPermissionGuide>(
        html`<acs-permission-guide .deviceManager=${dm} .sdk=${sim.sdk} .call=${call}></acs-permission-guide>`,
      );
      let hangUps = 0;
      const hangUp = call.hangUp.bind(call);
      call.hangUp = (options) => (hangUps++, hangUp(options));
      if (ending === 'ended') call.simulate.end({ code: 0, subCode: 0 });
      else call.simulate.state('Disconnecting');
      const seen = problems(el);
      let reloads = 0;
      el.addEventListener('acs-reload', (e) => {
        reloads++;
        e.preventDefault();
      });
      await el.reloadPage();
      seen.stop();
      expect([hangUps, reloads, seen.errors]).to.deep.equal([0, 1, []]);
    });
  }
});

describe('elements at the SDK’s edges: devices and permissions', () => {
  it('the mute button unmutes in a lobby, where the SDK reports every capability "FeatureNotSupported"', async () => {
    const sim = testSimulator({ autoConnect: false });
    const agent = await sim.callClient.createCallAgent(sim.credential);
    const call = agent.join({ groupId: '29228d3e-040e-4656-a70e-890ab4e173e4' }) as SimulatedCall;
    call.simulate.state('InLobby');
    await call.mute();
    const el = await fixture<AcsMuteButton>(html`<acs-mute-button .call=${call} .sdk=${sim.sdk}></acs-mute-button>`);
    expect(call.feature(sim.sdk.Features.Capabilities).capabilities.unmuteMic).to.deep.equal({
      isPresent: false,
      reason: 'FeatureNotSupported',
    });
    expect(await el.toggle(), 'unmuted').to.equal(true);
    expect(call.isMuted).to.equal(false);
  });

  it('the picker counts the SDK’s placeholders as no device: nothing selected, and no "switched" notice on allowing', async () => {
    const sim = testSimulator({ permission: 'granted', preGranted: false });
    const dm = await sim.callClient.getDeviceManager();
    expect(dm.selectedMicrophone?.id, 'the SDK selects its placeholder').to.equal('microphone:');
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker storage-key=${storageKey()} .deviceManager=${dm}></acs-device-picker>`,
    );
    await settle(el);
    expect(text(el)).to.contain('Allow access to your camera and microphone');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await dm.askDevicePermission({ audio: true, video: true });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLSelectElement>('select#microphone')?.value, 'lists');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent!.trim(), 'no notice').to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#microphone')!.value).to.equal('microphone:default');
  });

  it('the picker shows the SDK’s fallback after a selection the SDK could not make (408 after 3 s)', async () => {
    const clock = createVirtualClock();
    const sim = testSimulator({ clock });
    const ready = sim.callClient.getDeviceManager();
    await clock.advance(0);
    const dm = await ready;
    const el = await fixture<AcsDevicePicker>(
      html`<acs-device-picker storage-key=${storageKey()} .deviceManager=${dm}></acs-device-picker>`,
    );
    await clock.advance(0);
    await settle(el);
    const headset = (await dm.getMicrophones()).find((m) => m.id === 'microphone:sim-headset')!;
    const ghost = { id: 'microphone:gone', name: 'Gone', isSystemDefault: false, deviceType: 'Microphone' };
    const failed = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    const selecting = el.select('microphone', ghost as AudioDeviceInfo);
    await clock.advance(3_000);
    expect(await selecting, 'not applied').to.equal(false);
    expect((await failed).detail.code).to.equal(408);
    await settle(el);
    const shown = el.shadowRoot!.querySelector<HTMLSelectElement>('select#microphone')!.value;
    expect([shown, dm.selectedMicrophone?.id]).to.deep.equal(['microphone:default', 'microphone:default']);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Microphone');
    // A device the SDK lists is applied as before.
    expect(await Promise.all([el.select('microphone', headset), clock.advance(0)]).then(([ok]) => ok)).to.equal(true);
  });

  it('with only the camera blocked, the guide and the picker agree: the microphone works, the camera needs access', async () => {
    const sim = testSimulator({ permission: 'granted', preGranted: false });
    const dm = await sim.callClient.getDeviceManager();
    dm.simulate.sitePermission('microphone', 'granted');
    dm.simulate.sitePermission('camera', 'denied');
    const guide = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .deviceManager=${dm} .sdk=${sim.sdk}></acs-permission-guide>`,
    );
    const picker = await fixture<AcsDevicePicker>(
      html`<acs-device-picker preview storage-key=${storageKey()} .deviceManager=${dm} .sdk=${sim.sdk}>
      </acs-device-picker>`,
    );
    await waitUntil(() => picker.shadowRoot!.querySelector('select#microphone'), 'microphones listed');
    await settle(guide);
    const headline = () => guide.shadowRoot!.querySelector('.headline')?.textContent!.trim();
    // The guide reads the browser, then checks the microphone it allows (no prompt): only the camera is named.
    await waitUntil(
      () => headline() === 'This site is blocked from using your camera. To allow it:',
      'only the camera named',
    );
    expect(guide.status).to.equal('denied-persistent');
    expect(text(picker)).to.contain('Allow access to your camera to choose one.');
    expect(text(picker)).to.not.contain('Allow access to your camera and microphone');
    expect(picker.shadowRoot!.querySelector('select#camera'), 'no empty camera list').to.equal(null);
    expect(picker.shadowRoot!.querySelector('[part=preview]'), 'no empty preview').to.equal(null);
    expect(picker.shadowRoot!.querySelectorAll('select#microphone option').length).to.equal(3);
  });
});
