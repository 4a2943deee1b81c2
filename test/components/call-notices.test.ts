import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/call-notices/acs-call-notices.js';
import '../../src/components/mute-button/acs-mute-button.js';
import '../../src/components/camera-button/acs-camera-button.js';
import '../../src/components/call-status/acs-call-status.js';
import type { AcsCallNotices } from '../../src/components/call-notices/call-notices.js';
import type { AcsCameraButton } from '../../src/components/camera-button/camera-button.js';
import type { AcsMuteButton } from '../../src/components/mute-button/mute-button.js';
import type { AcsCallStatus } from '../../src/components/call-status/call-status.js';
import {
  DIAGNOSTIC_NOTICES,
  noticeMessage,
  type DiagnosticNotice,
} from '../../src/components/call-notices/diagnostic-notices.js';
import { callNoticesStrings } from '../../src/i18n/en/call-notices.js';
import { callStatusStrings } from '../../src/i18n/en/call-status.js';
import type { DiagnosticName } from '../../src/sdk/index.js';
import { createVirtualClock, type VirtualClock } from '../../src/simulator/index.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import {
  cleanupHosts,
  connectedSimulator,
  mountHost,
  expectListenersFollowTheCall,
  type Sim,
  type SimCall,
} from '../helpers/hosts.js';

const ROWS = Object.entries(DIAGNOSTIC_NOTICES) as [DiagnosticName, DiagnosticNotice][];
const notices = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notice"]')];
const messages = (el: HTMLElement) => notices(el).map((n) => n.querySelector('[part="message"]')!.textContent!.trim());
const recoveries = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="recovered"]')].map((n) => n.textContent!.trim());
const actionOf = (notice: HTMLElement) => notice.querySelector<HTMLElement>('[part="action"]');

describe('<acs-call-notices>', () => {
  let sim: Sim;
  let call: SimCall;
  let clock: VirtualClock;
  beforeEach(async () => {
    clock = createVirtualClock();
    ({ sim, call } = await connectedSimulator({ latency: 0 }, { participants: 1 }));
  });
  afterEach(cleanupHosts);

  const mount = (platform = 'desktop', max = 30) =>
    fixture<AcsCallNotices>(
      html`<acs-call-notices
        platform=${platform}
        max=${max}
        guide-href="#guide"
        devices-href="#devices"
        network-help-href="/help/network"
        .clock=${clock}
        .call=${call}
        .sdk=${sim.sdk}
        .deviceManager=${sim.deviceManager}
      ></acs-call-notices>`,
    );

  describe('every row of the diagnostic table', () => {
    for (const [name, row] of ROWS) {
      it(`${name}: a ${row.severity} with ${row.action ?? 'no action'}, then ${row.recovered ?? 'no recovery notice'}`, async () => {
        const el = await mount();
        call.simulate.diagnostic(name, true);
        await el.updateComplete;
        const [notice] = notices(el);
        expect(notices(el).length, 'one notice').to.equal(1);
        expect(messages(el)[0]).to.equal(callNoticesStrings[noticeMessage(row, 'desktop')]);
        expect(notice!.getAttribute('part')).to.equal(`notice notice-${row.severity}`);
        expect(notice!.querySelector('[part="message"]')!.getAttribute('role')).to.equal('alert');
        const action = actionOf(notice!);
        if (row.action) {
          expect(action!.textContent!.trim()).to.equal(callNoticesStrings[row.action]);
          const href = { pickDevice: '#devices', permissionGuide: '#guide', checkNetwork: '/help/network' }[
            row.action as 'pickDevice'
          ];
          if (href) expect(action!.getAttribute('href')).to.equal(href);
          else expect(action!.localName).to.equal('button');
        } else expect(!!action, 'no action').to.equal(false);
        await expect(el).to.be.accessible();
        // Good again (with what an interruption stopped back: unmuted, video on): the problem goes, and its
        // recovery (if any) is told politely.
        if (row.until === 'videoOn')
          await call.startVideo(new sim.sdk.LocalVideoStream((await sim.deviceManager.getCameras())[0]!));
        if (row.until === 'unmuted' && call.isMuted) await call.unmute();
        call.simulate.diagnostic(name, false);
        await el.updateComplete;
        expect(notices(el).length).to.equal(0);
        expect(recoveries(el)).to.deep.equal(row.recovered ? [callNoticesStrings[row.recovered]] : []);
        expect(el.shadowRoot!.querySelector('.recoveries')!.getAttribute('role')).to.equal('status');
      });
    }
  });

  it('every diagnostic has a message, and every per-platform row one for iOS, Android and desktop', () => {
    for (const [, row] of ROWS) {
      for (const platform of ['ios', 'android', 'desktop'] as const) {
        const text = callNoticesStrings[noticeMessage(row, platform)];
        expect(typeof text === 'string' && text.length > 10, `${row.message} on ${platform}`).to.equal(true);
      }
    }
  });

  it('tells the platform-aware recovery after an interruption', async () => {
    const el = await mount('ios');
    call.simulate.interruption('pstn', { os: 'ios' });
    await el.updateComplete;
    expect(messages(el)).to.have.members([
      callNoticesStrings.microphoneMuteUnexpectedlyIos,
      callNoticesStrings.cameraStoppedUnexpectedlyIos,
    ]);
    el.platform = 'android';
    await el.updateComplete;
    expect(messages(el)).to.include(callNoticesStrings.microphoneMuteUnexpectedlyAndroid);
    el.platform = 'desktop';
    await el.updateComplete;
    expect(messages(el)).to.include(callNoticesStrings.microphoneMuteUnexpectedlyDesktop);
  });

  it('one notice per diagnostic, errors first then the newest, capped with "Show more"', async () => {
    const el = await mount('desktop', 2);
    call.simulate.diagnostic('networkReconnect', 2);
    call.simulate.diagnostic('networkReconnect', 3);
    call.simulate.diagnostic('cameraFreeze', true);
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('speakingWhileMicrophoneIsMuted', true);
    await el.updateComplete;
    expect(el.active).to.deep.equal([
      'noNetwork',
      'speakingWhileMicrophoneIsMuted',
      'cameraFreeze',
      'networkReconnect',
    ]);
    expect(messages(el)).to.deep.equal([
      callNoticesStrings.noNetwork,
      callNoticesStrings.speakingWhileMicrophoneIsMuted,
    ]);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('Show 2 more notices');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(notices(el).length).to.equal(4);
    expect(el.shadowRoot!.querySelector('[part="more"]')!.textContent!.trim()).to.equal('Show fewer notices');
    expect(el.matches(':state(error)')).to.equal(true);
  });

  it('a dismissed notice stays dismissed until its problem goes away and comes back', async () => {
    const el = await mount();
    call.simulate.diagnostic('networkSendQuality', 2);
    await el.updateComplete;
    notices(el)[0]!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    expect(notices(el).length).to.equal(0);
    call.simulate.diagnostic('networkSendQuality', 3);
    await el.updateComplete;
    expect(notices(el).length, 'still the same problem').to.equal(0);
    call.simulate.diagnostic('networkSendQuality', 1);
    call.simulate.diagnostic('networkSendQuality', 3);
    await el.updateComplete;
    expect(messages(el)).to.deep.equal([callNoticesStrings.networkSendQuality]);
  });

  it('dismissing keeps the keyboard focus in the notices (the next one, or the region)', async () => {
    const el = await mount();
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('cameraFreeze', true);
    await el.updateComplete;
    const first = notices(el)[0]!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    first.focus();
    first.click();
    await waitUntil(() => notices(el).length === 1, 'dismissed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(notices(el)[0]!.querySelector('[part="dismiss"]'));
    (el.shadowRoot!.activeElement as HTMLButtonElement).click();
    await waitUntil(() => notices(el).length === 0, 'both dismissed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="base"]'));
  });

  it('a recovery notice goes after recovered-duration (virtual clock), and a new problem replaces it', async () => {
    const el = await mount();
    el.recoveredDuration = 5000;
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('noNetwork', false);
    await el.updateComplete;
    expect(recoveries(el)).to.deep.equal([callNoticesStrings.recoveredNetwork]);
    await clock.advance(4999);
    await el.updateComplete;
    expect(recoveries(el).length, 'still shown').to.equal(1);
    await clock.advance(1);
    await el.updateComplete;
    expect(recoveries(el).length, 'gone').to.equal(0);
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('noNetwork', false);
    call.simulate.diagnostic('noNetwork', true);
    await el.updateComplete;
    expect(recoveries(el).length).to.equal(0);
    expect(messages(el)).to.deep.equal([callNoticesStrings.noNetwork]);
  });

  it('shows the problems already reported when it is mounted, and none of an ended call', async () => {
    call.simulate.diagnostic('microphoneNotFunctioning', true);
    const el = await mount();
    expect(el.active).to.deep.equal(['microphoneNotFunctioning']);
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    expect(notices(el).length).to.equal(0);
  });

  it('"Unmute" unmutes through the SDK; a failure is said and fires acs-error', async () => {
    const el = await mount();
    call.simulate.mutedByOthers();
    call.simulate.diagnostic('speakingWhileMicrophoneIsMuted', true);
    await el.updateComplete;
    call.simulate.failNext('unmute');
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    actionOf(notices(el)[0]!)!.click();
    expect((await event).detail.operation).to.equal('unmute');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.failed')!.textContent).to.equal(callNoticesStrings.actionFailed);
    actionOf(notices(el)[0]!)!.click();
    await waitUntil(() => !call.isMuted, 'unmuted');
  });

  it('"Restart video" restarts a frozen camera through the SDK', async () => {
    const el = await mount();
    const [camera] = await sim.deviceManager.getCameras();
    const first = new sim.sdk.LocalVideoStream(camera!);
    await call.startVideo(first);
    call.simulate.diagnostic('cameraFreeze', true);
    await el.updateComplete;
    actionOf(notices(el)[0]!)!.click();
    await waitUntil(() => call.localVideoStreams.length === 1 && call.localVideoStreams[0] !== first, 'restarted');
  });

  it('"Restart video" with no camera left says so (not just "try again") and fires acs-error', async () => {
    ({ sim, call } = await connectedSimulator(
      { latency: 0, devices: { cameras: [], microphones: [{ id: 'mic', name: 'Microphone' }] } },
      { participants: 1 },
    ));
    const el = await mount();
    call.simulate.diagnostic('cameraStoppedUnexpectedly', true);
    await el.updateComplete;
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    actionOf(notices(el)[0]!)!.click();
    expect((await event).detail.operation).to.equal('startVideo');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.failed')!.textContent).to.equal(callNoticesStrings.noCameraToRestart);
  });

  it('releases its listeners on removal and follows another call', async () => {
    await expectListenersFollowTheCall(await mount(), sim, call);
  });

  describe('interruption scenarios, from start to recovery', () => {
    async function page() {
      // A plain container, not fixture(): fixture() of a plain element waits for an animation frame, which a
      // test page in the background does not get.
      const host = mountHost('div');
      render(
        html`<acs-call-status .call=${call} .sdk=${sim.sdk}></acs-call-status>
          <acs-mute-button .call=${call} .sdk=${sim.sdk}></acs-mute-button>
          <acs-camera-button .call=${call} .sdk=${sim.sdk} .deviceManager=${sim.deviceManager}></acs-camera-button>
          <acs-call-notices platform="ios" .clock=${clock} .call=${call} .sdk=${sim.sdk}></acs-call-notices>`,
        host,
      );
      const camera = host.querySelector<AcsCameraButton>('acs-camera-button')!;
      await camera.updateComplete;
      await waitUntil(() => !camera.matches(':state(disabled)'), 'camera usable');
      await camera.toggle();
      await waitUntil(() => camera.matches(':state(on)'), 'video on');
      return {
        mute: host.querySelector<AcsMuteButton>('acs-mute-button')!,
        camera,
        notices: host.querySelector<AcsCallNotices>('acs-call-notices')!,
        status: host.querySelector<AcsCallStatus>('acs-call-status')!,
      };
    }

    it('a phone call on iOS: muted and camera stopped, told; the user unmutes and restarts video', async () => {
      const { mute, camera, notices: el } = await page();
      call.simulate.interruption('pstn', { os: 'ios' });
      await el.updateComplete;
      await camera.updateComplete;
      expect(mute.matches(':state(muted-by-system)')).to.equal(true);
      expect(camera.matches(':state(stopped-by-system)')).to.equal(true);
      expect(el.active).to.have.members(['microphoneMuteUnexpectedly', 'cameraStoppedUnexpectedly']);
      call.simulate.interruptionEnded('pstn');
      await el.updateComplete;
      // iOS does not give the media back by itself: the notices and their actions stay, nothing "works again" yet.
      expect(call.isMuted).to.equal(true);
      expect(el.active).to.have.members(['microphoneMuteUnexpectedly', 'cameraStoppedUnexpectedly']);
      expect(recoveries(el)).to.deep.equal([]);
      await mute.toggle();
      await el.updateComplete;
      expect(el.active).to.deep.equal(['cameraStoppedUnexpectedly']);
      expect(recoveries(el)).to.deep.equal([callNoticesStrings.recoveredMicrophone]);
      // "Restart video" on the button and in the notice at once: one start.
      let starts = 0;
      const startVideo = call.startVideo.bind(call);
      call.startVideo = (stream) => (starts++, startVideo(stream));
      camera.shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
      actionOf(notices(el)[0]!)!.click();
      await waitUntil(() => !call.isMuted && camera.matches(':state(on)') && !el.active.length, 'recovered');
      expect(starts, 'one start for two clicks').to.equal(1);
      expect(camera.matches(':state(stopped-by-system)')).to.equal(false);
      expect(el.shadowRoot!.querySelector('.failed'), 'no failure').to.equal(null);
      expect(recoveries(el)).to.include(callNoticesStrings.recoveredCamera);
    });

    it('Siri on iOS: the microphone only', async () => {
      const { mute, camera, notices: el } = await page();
      call.simulate.interruption('siri', { os: 'ios' });
      await el.updateComplete;
      expect(el.active).to.deep.equal(['microphoneMuteUnexpectedly']);
      expect(camera.matches(':state(on)'), 'video kept').to.equal(true);
      call.simulate.interruptionEnded('siri');
      await mute.toggle();
      await el.updateComplete;
      expect(el.active).to.deep.equal([]);
      expect(call.isMuted).to.equal(false);
    });

    for (const os of ['android', 'ios'] as const) {
      it(`the page in the background on ${os}: video stopped by the OS, restarted with one tap`, async () => {
        const { camera, notices: el } = await page();
        el.platform = os;
        call.simulate.interruption('background', { os });
        await el.updateComplete;
        await camera.updateComplete;
        expect(el.active).to.deep.equal(['cameraStoppedUnexpectedly']);
        expect(camera.matches(':state(on)')).to.equal(false);
        expect(camera.shadowRoot!.querySelector('[part="restart"]') !== null).to.equal(true);
        call.simulate.interruptionEnded('background');
        camera.shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
        await waitUntil(() => camera.matches(':state(on)'), 'restarted');
      });
    }

    it('the network drops and comes back: the status and the notices say the same words', async () => {
      const { status, notices: el } = await page();
      call.simulate.diagnostic('networkReconnect', 3);
      await status.updateComplete;
      await el.updateComplete;
      const label = status.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
      expect(label).to.equal(callStatusStrings.networkReconnecting);
      expect(messages(el)[0]!.startsWith(label), 'the same word').to.equal(true);
      call.simulate.diagnostic('networkReconnect', 1);
      call.simulate.diagnostic('networkReceiveQuality', 3);
      await status.updateComplete;
      await el.updateComplete;
      expect(status.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).to.equal('Poor connection');
      expect(status.matches(':state(poor-network)')).to.equal(true);
      expect(messages(el)[0]!.startsWith('Poor connection')).to.equal(true);
      call.simulate.diagnostic('networkReceiveQuality', 1);
      call.simulate.diagnostic('noNetwork', true);
      await status.updateComplete;
      await el.updateComplete;
      expect(status.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).to.equal('No network');
      expect(messages(el)[0]!.startsWith('No network')).to.equal(true);
      call.simulate.diagnostic('noNetwork', false);
      await status.updateComplete;
      expect(status.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).to.equal('Connected');
    });
  });
});
