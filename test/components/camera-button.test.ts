import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/camera-button/acs-camera-button.js';
import '../../src/components/call-provider/acs-call-provider.js';
import '../../src/components/device-picker/acs-device-picker.js';
import '../../src/components/video-grid/acs-video-grid.js';
import type { AcsCameraButton } from '../../src/components/camera-button/camera-button.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsDevicePicker } from '../../src/components/device-picker/device-picker.js';
import type { AcsVideoGrid } from '../../src/components/video-grid/video-grid.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import type { Call } from '../../src/sdk/index.js';
import {
  cleanupHosts,
  connectedSimulator,
  expectListenersFollowTheCall,
  type Sim,
  type SimCall,
} from '../helpers/hosts.js';
import { testSimulator } from '../helpers/simulator.js';
import { recordCalls } from '../helpers/record-calls.js';
import { createVirtualClock } from '../../src/simulator/index.js';

const button = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const label = (el: HTMLElement) => button(el).textContent!.trim();
const hint = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="hint"]')!.textContent!.trim();
const videoOf = (call: Call) => call.localVideoStreams.find((s) => s.mediaStreamType === 'Video');

/** Makes the page look hidden or visible, and tells the document. */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<acs-camera-button>', () => {
  let sim: Sim;
  let call: SimCall;
  beforeEach(async () => ({ sim, call } = await connectedSimulator({ latency: 2 }, { participants: 1 })));
  afterEach(() => {
    cleanupHosts();
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  async function mount(attrs = html``) {
    const el = await fixture<AcsCameraButton>(
      html`<acs-camera-button .call=${call} .sdk=${sim.sdk} .deviceManager=${sim.deviceManager}
        >${attrs}</acs-camera-button
      >`,
    );
    await waitUntil(() => !el.matches(':state(disabled)'), 'cameras listed');
    return el;
  }

  it('is accessible, and its label says what a click does', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(label(el)).to.equal('Turn camera on');
    expect(button(el).hasAttribute('aria-pressed')).to.equal(false);
    expect(button(el).getAttribute('aria-describedby')).to.equal('hint');
  });

  it('turns video on and off through the SDK, showing what the SDK says', async () => {
    const el = await mount();
    button(el).click();
    await waitUntil(() => el.matches(':state(on)'), 'on');
    expect(videoOf(call), 'a camera stream in the call').to.not.equal(undefined);
    expect(call.isLocalVideoStarted).to.equal(true);
    expect(label(el)).to.equal('Turn camera off');
    button(el).click();
    await waitUntil(() => !el.matches(':state(on)'), 'off');
    expect(videoOf(call)).to.equal(undefined);
    expect(label(el)).to.equal('Turn camera on');
    expect(el.matches(':state(stopped-by-system)'), 'the user stopped it').to.equal(false);
  });

  it('ignores clicks while a command is in flight (10 fast clicks start video once)', async () => {
    const el = await mount();
    const calls = recordCalls(call, ['startVideo', 'stopVideo']);
    for (let i = 0; i < 10; i++) button(el).click();
    await waitUntil(() => el.matches(':state(on)') && !el.matches(':state(pending)'), 'on');
    expect(calls.methods).to.deep.equal(['startVideo']);
    expect(calls.maxInFlight).to.equal(1);
  });

  it('starts with the camera chosen in the device picker of the same provider', async () => {
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-device-picker storage-key="camera-button-test"></acs-device-picker>
        <acs-camera-button></acs-camera-button>
      </acs-call-provider>`,
    );
    const picker = provider.querySelector<AcsDevicePicker>('acs-device-picker')!;
    const el = provider.querySelector<AcsCameraButton>('acs-camera-button')!;
    await picker.devicesFetched;
    await waitUntil(() => !el.matches(':state(disabled)'), 'usable');
    const [, second] = await sim.deviceManager.getCameras();
    const select = picker.shadowRoot!.querySelector<HTMLSelectElement>('select#camera')!;
    select.value = second!.id;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => provider.localMedia.camera?.id === second!.id, 'choice shared');
    expect(el.camera?.id).to.equal(second!.id);
    button(el).click();
    await waitUntil(() => !!videoOf(call), 'video on');
    expect(videoOf(call)!.source.id).to.equal(second!.id);
    localStorage.removeItem('camera-button-test');
  });

  it('before a call, turns a preview on that the grid shows and the call starts with', async () => {
    const sim2 = testSimulator({ latency: 1 });
    await sim2.callClient.createCallAgent(sim2.credential);
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider
        group-id="6f0e2a4e-1c1b-4c39-9a53-0f3d0c7f3e11"
        .callAgent=${sim2.agent}
        .deviceManager=${sim2.deviceManager}
        .sdk=${sim2.sdk}
      >
        <acs-video-grid style="width: 480px; height: 270px"></acs-video-grid>
        <acs-camera-button></acs-camera-button>
      </acs-call-provider>`,
    );
    const el = provider.querySelector<AcsCameraButton>('acs-camera-button')!;
    const grid = provider.querySelector<AcsVideoGrid>('acs-video-grid')!;
    await waitUntil(() => !el.matches(':state(disabled)'), 'usable before a call');
    expect(grid.shadowRoot!.querySelectorAll('acs-video-tile').length, 'no tile before').to.equal(0);
    button(el).click();
    await el.updateComplete;
    expect(el.matches(':state(preview)')).to.equal(true);
    expect(label(el)).to.equal('Turn camera off');
    expect(hint(el)).to.equal('Your camera is on. You will join with video.');
    const preview = provider.localMedia.preview!;
    expect(preview).to.not.equal(undefined);
    await waitUntil(() => grid.shadowRoot!.querySelectorAll('acs-video-tile').length === 1, 'a local tile');
    await waitUntil(() => sim2.renderers.views === 1, 'the preview is rendered');
    const joined = (await provider.join())!;
    await waitUntil(() => joined.state === 'Connected', 'connected');
    expect(joined.localVideoStreams[0], 'the call started with the preview').to.equal(preview);
    expect(provider.localMedia.preview, 'the call owns it now').to.equal(undefined);
    await waitUntil(() => el.matches(':state(on)') && !el.matches(':state(preview)'), 'on in the call');
  });

  it('turning the preview off releases it, and the grid shows no tile', async () => {
    const sim2 = testSimulator({ latency: 1 });
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider .deviceManager=${sim2.deviceManager} .sdk=${sim2.sdk}>
        <acs-video-grid style="width: 480px; height: 270px"></acs-video-grid>
        <acs-camera-button></acs-camera-button>
      </acs-call-provider>`,
    );
    const el = provider.querySelector<AcsCameraButton>('acs-camera-button')!;
    const grid = provider.querySelector<AcsVideoGrid>('acs-video-grid')!;
    await waitUntil(() => !el.matches(':state(disabled)'), 'usable');
    button(el).click();
    await waitUntil(() => sim2.renderers.views === 1, 'rendered');
    button(el).click();
    await waitUntil(() => grid.shadowRoot!.querySelectorAll('acs-video-tile').length === 0, 'tile gone');
    await waitUntil(() => sim2.renderers.live === 0, 'renderer released');
    expect(provider.localMedia.preview).to.equal(undefined);
  });

  it('says it is looking for the camera until the device lists are known (never "no camera" before)', async () => {
    const clock = createVirtualClock();
    const slow = testSimulator({ latency: 50, clock });
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider .sdk=${slow.sdk} .deviceManager=${slow.deviceManager}>
        <acs-camera-button></acs-camera-button>
      </acs-call-provider>`,
    );
    const el = provider.querySelector<AcsCameraButton>('acs-camera-button')!;
    await el.updateComplete;
    expect(hint(el)).to.equal('Looking for your camera…');
    expect(el.matches(':state(no-camera)')).to.equal(false);
    for (let i = 0; i < 10 && el.matches(':state(disabled)'); i++) {
      await clock.advance(50);
      await el.updateComplete;
    }
    expect(el.matches(':state(disabled)'), 'usable once listed').to.equal(false);
    expect(hint(el)).to.equal('');
  });

  it('before the site may use the camera, a click asks the browser, then starts video', async () => {
    ({ sim, call } = await connectedSimulator({ latency: 2, preGranted: false }, { participants: 1 }));
    const el = await fixture<AcsCameraButton>(
      html`<acs-camera-button .call=${call} .sdk=${sim.sdk} .deviceManager=${sim.deviceManager}></acs-camera-button>`,
    );
    await waitUntil(() => el.matches(':state(needs-permission)'), 'needs permission');
    expect(el.matches(':state(disabled)'), 'not a dead end').to.equal(false);
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
    expect(hint(el)).to.equal('Your browser will ask you to allow the camera.');
    button(el).click();
    await waitUntil(() => el.matches(':state(on)'), 'asked, then on');
    expect(videoOf(call)).to.not.equal(undefined);
  });

  it('says nothing about the system when the page itself (or another element) stops video', async () => {
    const el = await mount();
    await el.toggle();
    await waitUntil(() => el.matches(':state(on)'));
    await call.stopVideo(videoOf(call)!);
    await el.updateComplete;
    expect(el.matches(':state(on)')).to.equal(false);
    expect(el.matches(':state(stopped-by-system)')).to.equal(false);
    expect(hint(el)).to.equal('');
  });

  it('a preview is never kept for a later call when a call started another way', async () => {
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-camera-button></acs-camera-button>
      </acs-call-provider>`,
    );
    const el = provider.querySelector<AcsCameraButton>('acs-camera-button')!;
    call.simulate.end({ code: 0, subCode: 0 });
    // After the call ended, the button turns the preview for the next call on.
    await waitUntil(() => !el.matches(':state(disabled)') && !el.matches(':state(on)'), 'usable for a preview');
    await el.toggle();
    expect(!!provider.localMedia.preview).to.equal(true);
    // The page starts a call by itself (not through the provider): the preview is not that call's.
    const other = await sim.connectedCall();
    await waitUntil(() => !provider.localMedia.preview, 'preview turned off');
    expect(other.localVideoStreams.length).to.equal(0);
    await waitUntil(() => !el.matches(':state(on)'), 'shown off');
  });

  it('is disabled with a reason without a camera', async () => {
    ({ sim, call } = await connectedSimulator({ devices: { cameras: [], microphones: [{ id: 'm', name: 'Mic' }] } }));
    const el = await fixture<AcsCameraButton>(
      html`<acs-camera-button .call=${call} .sdk=${sim.sdk} .deviceManager=${sim.deviceManager}></acs-camera-button>`,
    );
    await waitUntil(() => el.matches(':state(no-camera)'), 'no camera');
    expect(hint(el)).to.equal('No camera found. Connect a camera to turn video on.');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(await el.toggle()).to.equal(false);
    expect(call.isLocalVideoStarted).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says the camera is blocked, links to the guide, and starts nothing', async () => {
    sim.deviceManager.simulate.sitePermission('camera', 'denied');
    const el = await fixture<AcsCameraButton>(
      html`<acs-camera-button
        guide-href="#guide"
        .call=${call}
        .sdk=${sim.sdk}
        .deviceManager=${sim.deviceManager}
      ></acs-camera-button>`,
    );
    await waitUntil(() => el.matches(':state(permission-denied)'), 'denied');
    expect(hint(el)).to.contain('Camera access is blocked');
    expect(el.shadowRoot!.querySelector('a[part="guide"]')!.getAttribute('href')).to.equal('#guide');
    button(el).click();
    await el.updateComplete;
    expect(call.isLocalVideoStarted).to.equal(false);
  });

  it('is disabled when the call does not allow video (capability turnVideoOn)', async () => {
    const el = await mount();
    call.simulate.capabilities({ turnVideoOn: false });
    await el.updateComplete;
    expect(el.matches(':state(not-allowed)')).to.equal(true);
    expect(hint(el)).to.equal('You are not allowed to turn on video in this call');
    expect(await el.toggle()).to.equal(false);
  });

  it('says when the system stopped the camera, and restarts it with one tap', async () => {
    const el = await mount();
    await el.toggle();
    await waitUntil(() => el.matches(':state(on)'));
    // The OS took the camera (the SDK stops the video and reports cameraStoppedUnexpectedly).
    call.simulate.interruption('background', { os: 'android' });
    await waitUntil(() => el.matches(':state(stopped-by-system)'), 'stopped by the system');
    expect(hint(el)).to.equal('Your camera was stopped by the system.');
    const restart = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!;
    expect(restart.textContent!.trim()).to.equal('Restart video');
    restart.click();
    await waitUntil(() => el.matches(':state(on)'), 'restarted');
    expect(el.matches(':state(stopped-by-system)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="restart"]')).to.equal(null);
  });

  it('background="stop" turns video off when the page is hidden, and offers to restart on return', async () => {
    const el = await mount();
    el.background = 'stop';
    await el.toggle();
    await waitUntil(() => el.matches(':state(on)'));
    setVisibility('hidden');
    await waitUntil(() => !videoOf(call), 'stopped by the page');
    setVisibility('visible');
    await waitUntil(() => el.matches(':state(paused-in-background)'), 'paused');
    expect(hint(el)).to.equal('Video was paused while this page was in the background.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
    await waitUntil(() => el.matches(':state(on)'), 'restarted');
  });

  it('background="keep" leaves the camera to the OS, and tells a pause the OS made', async () => {
    const el = await mount();
    await el.toggle();
    await waitUntil(() => el.matches(':state(on)'));
    setVisibility('hidden');
    await el.updateComplete;
    expect(videoOf(call), 'the page did not stop it').to.not.equal(undefined);
    call.simulate.interruption('background', { os: 'ios' });
    setVisibility('visible');
    await waitUntil(() => el.matches(':state(paused-in-background)'), 'paused');
    expect(el.shadowRoot!.querySelector('[part="restart"]')).to.not.equal(null);
  });

  it('a failing start keeps the SDK state, shows the error and fires acs-error', async () => {
    const el = await mount();
    call.simulate.failNext('startVideo');
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    button(el).click();
    const { detail } = await event;
    expect(detail.operation).to.equal('startVideo');
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.matches(':state(on)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('does nothing to a call that ended', async () => {
    const el = await mount();
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    expect(hint(el)).to.equal('The call has ended');
    const calls = recordCalls(call, ['startVideo', 'stopVideo']);
    button(el).click();
    await el.updateComplete;
    expect(calls.methods).to.deep.equal([]);
  });

  it('releases every SDK listener on removal, and follows another call', async () => {
    const el = await mount();
    await expectListenersFollowTheCall(el, sim, call);
  });
});
