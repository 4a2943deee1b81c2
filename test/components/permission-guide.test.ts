import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/permission-guide/acs-permission-guide.js';
import type { AcsPermissionGuide } from '../../src/components/permission-guide/acs-permission-guide.js';
import { testSimulator } from '../helpers/simulator.js';
import type { DeviceManager } from '../../src/sdk/index.js';
import { fakeEnvironment, mediaError, useRealSdk } from '../helpers/real-sdk.js';
import { BROWSERS, OPERATING_SYSTEMS } from '../../src/components/permission-guide/detect-platform.js';
import { permissionGuideStrings, type StepKey } from '../../src/i18n/en/permission-guide.js';

const text = (el: AcsPermissionGuide) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttons = (el: AcsPermissionGuide) =>
  [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
const button = (el: AcsPermissionGuide, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
const steps = (el: AcsPermissionGuide) =>
  [...el.shadowRoot!.querySelectorAll('[part=steps] li')].map((li) => li.textContent!.trim());
const settled = (el: AcsPermissionGuide, status: string) =>
  waitUntil(() => el.status === status && el.getAttribute('status') === status, `status ${status}`, { timeout: 3000 });

/** A device manager that refuses without detail (like the real SDK). */
/** A device manager whose `askDevicePermission` resolves `access` (per kind, which the simulator cannot do). */
function refusingDeviceManager(access = { audio: false, video: false }): DeviceManager {
  return {
    on() {},
    off() {},
    getCameras: async () => [],
    getMicrophones: async () => [],
    getSpeakers: async () => [],
    askDevicePermission: async () => access,
  } as unknown as DeviceManager;
}

describe('<acs-permission-guide>', () => {
  const realSdk = useRealSdk();

  it('is accessible, explains before asking and never prompts on its own', async () => {
    const { environment, asked } = fakeEnvironment();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .environment=${environment}></acs-permission-guide>`,
    );
    await expect(el).to.be.accessible();
    expect(el.status).to.equal('idle');
    expect(el.getAttribute('status')).to.equal('idle');
    expect(el.matches(':state(idle)')).to.equal(true);
    expect(text(el)).to.contain('your browser needs your camera and microphone');
    expect(buttons(el)).to.deep.equal(['Allow microphone and camera']);
    expect(el.ready).to.equal(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).to.have.length(0);
  });

  it('asks through the real SDK device manager and becomes ready (acs-ready, whenReady)', async () => {
    const { deviceManager } = realSdk();
    const { environment } = fakeEnvironment();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .environment=${environment} .deviceManager=${deviceManager}></acs-permission-guide>`,
    );
    const ready = oneEvent(el, 'acs-ready');
    const whenReady = el.whenReady();
    button(el, 'Allow microphone and camera').click();
    await ready;
    await whenReady;
    expect(el.ready).to.equal(true);
    expect(el.status).to.equal('granted');
    await settled(el, 'granted');
    expect(el.matches(':state(granted)')).to.equal(true);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el)).to.contain('can be used');
  });

  it('checks at once (no prompt can show) when the Permissions API already says granted', async () => {
    const { deviceManager } = realSdk();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment({ camera: 'granted', microphone: 'granted' }).environment}
        .deviceManager=${deviceManager}
      ></acs-permission-guide>`,
    );
    await settled(el, 'granted');
  });

  it('without an SDK asks with getUserMedia and stops the tracks at once', async () => {
    const streams: MediaStream[] = [];
    const { environment, asked } = fakeEnvironment(
      {},
      { getUserMedia: async (c) => streams[streams.push(await navigator.mediaDevices.getUserMedia(c)) - 1]! },
    );
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide auto .environment=${environment}></acs-permission-guide>`,
    );
    await settled(el, 'granted');
    expect(asked).to.deep.equal([{ audio: true, video: true }]);
    expect(streams[0]!.getTracks().every((t) => t.readyState === 'ended')).to.equal(true);
  });

  it('denied (simulator): says so, shows the site steps of the browser and offers retry and reload', async () => {
    const sim = testSimulator({ latency: 0, permission: 'denied' });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .sdk=${sim.sdk}
        .deviceManager=${dm}
        .platform=${{ browser: 'firefox', os: 'windows' }}
      ></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'denied');
    expect(el.matches(':state(problem)')).to.equal(true);
    expect(text(el)).to.contain('Your browser blocked the camera and microphone');
    expect(steps(el)[0]).to.contain('crossed-out camera or microphone icon');
    expect(buttons(el)).to.deep.equal(['Try again', 'Reload the page']);
    // Allowed on retry.
    dm.simulate.permission('granted');
    button(el, 'Try again').click();
    await settled(el, 'granted');
  });

  it('denied-persistent: a site already blocked is shown before anything is asked, with only reload', async () => {
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment({ camera: 'denied', microphone: 'granted' }).environment}
        .platform=${{ browser: 'chrome', os: 'macos' }}
      ></acs-permission-guide>`,
    );
    await settled(el, 'denied-persistent');
    expect(text(el)).to.contain('This site is blocked from using your camera');
    expect(steps(el)[0]).to.contain('site information icon');
    expect(buttons(el)).to.deep.equal(['Reload the page']);
  });

  it('denied-os (simulator: its browser says the site is allowed, getUserMedia names the system): OS steps for macOS with the System Settings deep links', async () => {
    const sim = testSimulator({ latency: 0, permission: 'denied-os' });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .sdk=${sim.sdk}
        .deviceManager=${dm}
        .platform=${{ browser: 'safari', os: 'macos' }}
      ></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'denied-os');
    expect(text(el)).to.contain("Your device's settings do not let Safari use the camera and microphone");
    expect(steps(el).join(' ')).to.contain('Privacy & Security').and.contain('Turn on Safari');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone',
      'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera',
    ]);
  });

  it('denied-os (no detail): the Permissions API says granted, the SDK says no, a probe names the system', async () => {
    const { environment, asked } = fakeEnvironment(
      { camera: 'granted', microphone: 'granted' },
      { getUserMedia: async () => Promise.reject(mediaError('NotAllowedError', 'Permission denied by system')) },
    );
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        require="video"
        .environment=${environment}
        .deviceManager=${refusingDeviceManager()}
        .platform=${{ browser: 'edge', os: 'windows' }}
      ></acs-permission-guide>`,
    );
    await settled(el, 'denied-os');
    expect(asked).to.deep.equal([{ video: true }]);
    expect(steps(el)[0]).to.contain('Privacy & security > Camera');
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'ms-settings:privacy-webcam',
    ]);
  });

  it('in-use: another app holds the device (NotReadableError)', async () => {
    const { environment } = fakeEnvironment(
      {},
      { getUserMedia: async () => Promise.reject(mediaError('NotReadableError', 'Could not start video source')) },
    );
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide require="audio" .environment=${environment}></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'in-use');
    expect(text(el)).to.contain('Your microphone is in use by another app');
    expect(buttons(el)).to.deep.equal(['Try again']);
  });

  it('no-device: no camera enumerated; "Continue without camera" makes the page ready with audio only', async () => {
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        allow-audio-only
        .environment=${fakeEnvironment({}, { devices: ['audioinput'] }).environment}
        .deviceManager=${refusingDeviceManager({ audio: true, video: false })}
      ></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'no-device');
    expect(text(el)).to.contain('No camera was found');
    expect(el.ready).to.equal(false);
    const ready = oneEvent(el, 'acs-ready');
    button(el, 'Continue without camera').click();
    await ready;
    expect(el.audioOnly).to.equal(true);
    expect(el.hasAttribute('audio-only')).to.equal(true);
    expect(el.status).to.equal('granted');
    expect(text(el)).to.contain('You will join without your camera');
  });

  it('without allow-audio-only, a missing camera is not skippable', async () => {
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment({}, { devices: ['audioinput'] }).environment}
        .deviceManager=${refusingDeviceManager({ audio: true, video: false })}
      ></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'no-device');
    expect(buttons(el)).to.deep.equal(['Try again']);
  });

  it('watchdog: points to the pending prompt, then says it expired and retries', async () => {
    const sim = testSimulator({ latency: 0, permission: 'prompt' });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        prompt-timeout="80"
        .environment=${fakeEnvironment().environment}
        .deviceManager=${dm}
        .platform=${{ browser: 'chrome', os: 'windows' }}
      ></acs-permission-guide>`,
    );
    void el.request();
    await settled(el, 'prompting');
    expect(text(el)).to.contain('Look for the request near the address bar');
    await settled(el, 'timed-out');
    expect(text(el)).to.contain('The request expired');
    expect(buttons(el)).to.deep.equal(['Try again']);
    dm.simulate.permission('granted');
    button(el, 'Try again').click();
    await settled(el, 'granted');
  });

  it('on a phone, the prompt hint points to the top or bottom of the screen', async () => {
    const sim = testSimulator({ latency: 0, permission: 'prompt' });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment().environment}
        .deviceManager=${dm}
        .platform=${{ browser: 'safari', os: 'ios' }}
      ></acs-permission-guide>`,
    );
    void el.request();
    await settled(el, 'prompting');
    expect(text(el)).to.contain('top or bottom of the screen');
    dm.simulate.permission('granted');
    await settled(el, 'granted');
  });

  it('in a call: "Leave and reload" hangs up, then reloads (acs-reload, cancelable)', async () => {
    const sim = testSimulator({ latency: 0, permission: 'denied' });
    const dm = await sim.callClient.getDeviceManager();
    const call = await sim.connectedCall();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment().environment}
        .deviceManager=${dm}
        .call=${call}
      ></acs-permission-guide>`,
    );
    await el.request();
    await settled(el, 'denied');
    expect(buttons(el)).to.deep.equal(['Try again', 'Leave and reload']);
    let reloads = 0;
    el.addEventListener('acs-reload', (e) => {
      reloads++;
      e.preventDefault();
    });
    button(el, 'Leave and reload').click();
    await waitUntil(() => reloads === 1);
    expect(call.state).to.equal('Disconnected');
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Try again', 'Reload the page']);
  });

  it('reloads through an overridable method when acs-reload is not canceled', async () => {
    class Probe extends (customElements.get('acs-permission-guide') as typeof AcsPermissionGuide) {
      reloaded = 0;
      protected override reload(): void {
        this.reloaded++;
      }
    }
    customElements.define('probe-permission-guide', Probe);
    const el = (await fixture(html`<probe-permission-guide></probe-permission-guide>`)) as Probe;
    el.environment = fakeEnvironment({ camera: 'denied', microphone: 'denied' }).environment;
    await settled(el, 'denied-persistent');
    button(el, 'Reload the page').click();
    await waitUntil(() => el.reloaded === 1);
  });

  it('shows a failing askDevicePermission with its operation and fires acs-error', async () => {
    const sim = testSimulator({ latency: 0, permission: 'granted', preGranted: false });
    const dm = await sim.callClient.getDeviceManager();
    dm.simulate.failNext('askDevicePermission');
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment().environment}
        .deviceManager=${dm}
      ></acs-permission-guide>`,
    );
    const error = oneEvent(el, 'acs-error');
    button(el, 'Allow microphone and camera').click();
    expect((await error).detail.operation).to.equal('askDevicePermission');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Asking for the devices failed');
  });

  it('follows the Permissions API live and releases its listeners on disconnect', async () => {
    const { deviceManager } = realSdk();
    const { environment, camera, microphone } = fakeEnvironment({ camera: 'granted', microphone: 'granted' });
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .environment=${environment} .deviceManager=${deviceManager}></acs-permission-guide>`,
    );
    await settled(el, 'granted');
    expect(camera.listeners + microphone.listeners).to.equal(2);
    camera.set('denied'); // revoked in the site settings
    await settled(el, 'denied-persistent');
    camera.set('granted'); // allowed again: checked without a prompt
    await settled(el, 'granted');
    const parent = el.parentNode!;
    el.remove();
    expect(camera.listeners + microphone.listeners).to.equal(0);
    parent.appendChild(el);
    await waitUntil(() => camera.listeners + microphone.listeners === 2);
  });

  it('require="audio" asks only for the microphone', async () => {
    const { environment, asked } = fakeEnvironment();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide require="audio" .environment=${environment}></acs-permission-guide>`,
    );
    expect(buttons(el)).to.deep.equal(['Allow microphone']);
    button(el, 'Allow microphone').click();
    await settled(el, 'granted');
    expect(asked).to.deep.equal([{ audio: true, video: false }]);
  });

  it('renders the steps of every (browser, OS) pair, for the site and for the OS', async () => {
    const table = permissionGuideStrings as unknown as Record<StepKey, (m: string, a: string) => string>;
    const site = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .environment=${fakeEnvironment({ camera: 'denied', microphone: 'denied' }).environment}
      ></acs-permission-guide>`,
    );
    await settled(site, 'denied-persistent');
    const os = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .deviceManager=${refusingDeviceManager()}></acs-permission-guide>`,
    );
    os.environment = fakeEnvironment(
      { camera: 'granted', microphone: 'granted' },
      { getUserMedia: async () => Promise.reject(mediaError('NotAllowedError', 'Permission denied by system')) },
    ).environment;
    await os.request();
    await settled(os, 'denied-os');
    const apps = {
      chrome: 'Chrome',
      edge: 'Microsoft Edge',
      firefox: 'Firefox',
      safari: 'Safari',
      other: 'your browser',
    };
    for (const browser of BROWSERS)
      for (const o of OPERATING_SYSTEMS) {
        site.platform = os.platform = { browser, os: o };
        await Promise.all([site.updateComplete, os.updateComplete]);
        const media = 'camera and microphone';
        expect(steps(site).join('\n'), `${browser}-${o}-site`).to.equal(
          table[`steps-${browser}-${o}-site`](media, apps[browser]),
        );
        expect(steps(os).join('\n'), `${browser}-${o}-system`).to.equal(
          table[`steps-${browser}-${o}-system`](media, apps[browser]),
        );
        const links = [...os.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
        expect(links.length, `${browser}-${o} links`).to.equal(o === 'macos' || o === 'windows' ? 2 : 0);
      }
  });

  it('is accessible when it shows steps, links and recovery buttons', async () => {
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide
        .deviceManager=${refusingDeviceManager()}
        .platform=${{ browser: 'chrome', os: 'macos' }}
      ></acs-permission-guide>`,
    );
    el.environment = fakeEnvironment(
      { camera: 'granted', microphone: 'granted' },
      { getUserMedia: async () => Promise.reject(mediaError('NotAllowedError', 'Permission denied by system')) },
    ).environment;
    await el.request();
    await settled(el, 'denied-os');
    await expect(el).to.be.accessible();
  });

  it('follows the call only while connected (listener released on removal)', async () => {
    const sim = testSimulator({ latency: 0 });
    const call = await sim.connectedCall();
    const before = call.listenerCount();
    const el = await fixture<AcsPermissionGuide>(
      html`<acs-permission-guide .environment=${fakeEnvironment().environment} .call=${call}></acs-permission-guide>`,
    );
    expect(call.listenerCount()).to.equal(before + 1);
    const parent = el.parentNode!;
    el.remove();
    expect(call.listenerCount()).to.equal(before);
    parent.appendChild(el);
    expect(call.listenerCount()).to.equal(before + 1);
    el.remove();
  });
});
