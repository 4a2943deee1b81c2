// The compositions: <acs-control-bar>, <acs-call-lobby> and <acs-call-screen>, each made of the public elements,
// driven by a simulated call through <acs-call-provider>.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import '../../src/define.js';
import type { AcsControlBar } from '../../src/components/control-bar/control-bar.js';
import type { AcsCallLobby } from '../../src/components/call-lobby/call-lobby.js';
import type { AcsCallScreen } from '../../src/components/call-screen/call-screen.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsDevicePicker } from '../../src/components/device-picker/device-picker.js';
import { cleanupHosts, mountHost } from '../helpers/hosts.js';
import { testSimulator, type Sim } from '../helpers/simulator.js';

const GROUP = '6f0e2a4e-1c1b-4c39-9a53-0f3d0c7f3e11';

/** The element that has the focus, through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The shadow host that holds the focus inside `root`'s shadow tree (the control that has it). */
function focusedIn(root: Element): Element | null {
  return root.shadowRoot!.activeElement;
}

/** A simulator with an agent, and a provider around `content` that joins the group call on `join()`. */
async function providerWith(
  content: TemplateResult,
  { width = '', sim = testSimulator({ latency: 1 }) }: { width?: string; sim?: Sim } = {},
): Promise<{ sim: Sim; provider: AcsCallProvider }> {
  if (!sim.agent) await sim.callClient.createCallAgent(sim.credential);
  const host = mountHost('div');
  if (width) host.style.width = width;
  render(
    html`<acs-call-provider
      group-id=${GROUP}
      .callAgent=${sim.agent}
      .deviceManager=${sim.deviceManager}
      .sdk=${sim.sdk}
      >${content}</acs-call-provider
    >`,
    host,
  );
  const provider = host.querySelector('acs-call-provider')!;
  await provider.updateComplete;
  return { sim, provider };
}

describe('compositions', () => {
  afterEach(cleanupHosts);

  describe('<acs-control-bar>', () => {
    async function joinedBar(width = '1000px') {
      const { sim, provider } = await providerWith(html`<acs-control-bar></acs-control-bar>`, { width });
      const call = (await provider.join())!;
      // Connected: the controls' hints ("Available once the call is connected") are gone, the bar has its shape.
      await waitUntil(() => call.state === 'Connected', 'connected');
      const bar = provider.querySelector<AcsControlBar>('acs-control-bar')!;
      await waitUntil(() => bar.shadowRoot?.querySelector('acs-mute-button')?.shadowRoot?.querySelector('button'));
      await bar.updateComplete;
      return { sim, provider, bar };
    }
    const items = (bar: AcsControlBar) => [
      ...bar.shadowRoot!.querySelectorAll<HTMLElement>(
        '[role="toolbar"] :is(acs-mute-button, acs-camera-button, acs-screen-share-button, acs-hang-up-button, button)',
      ),
    ];

    it('is a toolbar with one Tab stop; the arrow keys, Home and End move between the controls', async () => {
      const { bar } = await joinedBar();
      await expect(bar).to.be.accessible();
      const toolbar = bar.shadowRoot!.querySelector('[part="base"]')!;
      expect(toolbar.getAttribute('role')).to.equal('toolbar');
      expect(toolbar.getAttribute('aria-label')).to.equal('Call controls');
      const all = items(bar);
      expect(all.map((el) => el.localName)).to.deep.equal([
        'acs-mute-button',
        'button',
        'acs-camera-button',
        'button',
        'acs-screen-share-button',
        'button',
        'acs-hang-up-button',
      ]);
      expect(all.filter((el) => el.tabIndex === 0).length, 'one Tab stop').to.equal(1);
      bar.focus();
      expect(focusedIn(bar), 'focus starts on mute').to.equal(all[0]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIn(bar), 'to the microphone menu').to.equal(all[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIn(bar)).to.equal(all[2]);
      await sendKeys({ press: 'End' });
      expect(focusedIn(bar)).to.equal(all[6]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIn(bar), 'wraps around').to.equal(all[0]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedIn(bar)).to.equal(all[6]);
      await sendKeys({ press: 'Home' });
      expect(focusedIn(bar)).to.equal(all[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(
        all.filter((el) => el.tabIndex === 0),
        'the Tab stop follows the focus',
      ).to.deep.equal([all[2]]);
      expect(deepActive()?.localName, 'the control’s own button has the focus').to.equal('button');
    });

    it('reverses the arrow keys right to left', async () => {
      const { bar } = await joinedBar();
      bar.setAttribute('lang', 'ar');
      bar.setAttribute('dir', 'rtl');
      document.documentElement.dir = 'rtl';
      try {
        bar.requestUpdate();
        await bar.updateComplete;
        const all = items(bar);
        bar.focus();
        await sendKeys({ press: 'ArrowLeft' });
        expect(focusedIn(bar), 'left goes forward').to.equal(all[1]);
      } finally {
        document.documentElement.dir = '';
      }
    });

    it('the split button beside mute opens the microphone and speaker lists; a choice reaches the SDK', async () => {
      const { sim, bar } = await joinedBar();
      const split = items(bar)[1]!;
      expect(split.getAttribute('aria-label')).to.equal('Microphone and speaker');
      expect(split.getAttribute('aria-haspopup')).to.equal('dialog');
      split.focus();
      split.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#devices')!;
      await waitUntil(() => panel.matches(':popover-open'), 'panel open');
      await bar.updateComplete;
      expect(split.getAttribute('aria-expanded')).to.equal('true');
      const picker = panel.querySelector<AcsDevicePicker>('acs-device-picker')!;
      expect(picker.kinds).to.equal('microphone speaker');
      await waitUntil(() => picker.shadowRoot!.querySelector('select#microphone'), 'microphones listed');
      expect(picker.shadowRoot!.querySelector('select#camera'), 'no camera list here').to.equal(null);
      await waitUntil(() => picker.shadowRoot!.activeElement?.localName === 'select', 'focus on the first list');
      const select = picker.shadowRoot!.querySelector<HTMLSelectElement>('select#microphone')!;
      const other = [...select.options].find((o) => o.value !== sim.deviceManager.selectedMicrophone?.id)!;
      select.value = other.value;
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => sim.deviceManager.selectedMicrophone?.id === other.value, 'microphone selected');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panel.matches(':popover-open'), 'closed with Escape');
      await waitUntil(() => focusedIn(bar) === split, 'focus back on the split button');
      expect(split.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.querySelector('acs-device-picker'), 'the lists are not kept while closed').to.equal(null);
    });

    it('its icon-only buttons show their label as a tooltip on keyboard focus', async () => {
      const { bar } = await joinedBar();
      bar.focus();
      await sendKeys({ press: 'ArrowRight' });
      const split = items(bar)[1]!;
      expect(focusedIn(bar)).to.equal(split);
      const tip = split.nextElementSibling as HTMLElement;
      expect(tip.getAttribute('part')).to.equal('tooltip');
      expect(tip.textContent!.trim()).to.equal('Microphone and speaker');
      expect(getComputedStyle(tip).display, 'shown on keyboard focus').to.not.equal('none');
      await sendKeys({ press: 'Escape' });
      expect(getComputedStyle(tip).display, 'Escape hides it').to.equal('none');
    });

    it('a click on the button of an open panel closes it', async () => {
      const { bar } = await joinedBar();
      const split = items(bar)[1]!;
      split.focus();
      split.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#devices')!;
      await waitUntil(() => panel.matches(':popover-open'), 'open');
      const picker = panel.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.shadowRoot!.activeElement?.localName === 'select', 'focus in the lists');
      // As a mouse does it: the button takes the focus (the panel sees it leave), then the click.
      split.focus();
      split.click();
      await waitUntil(() => !panel.matches(':popover-open'), 'closed');
      await waitUntil(() => split.getAttribute('aria-expanded') === 'false', 'aria-expanded follows');
      await bar.updateComplete;
      expect(panel.matches(':popover-open'), 'and not opened again').to.equal(false);
    });

    it('the camera split button lists cameras only; "Done" closes the panel', async () => {
      const { bar } = await joinedBar();
      const split = items(bar)[3]!;
      expect(split.getAttribute('aria-label')).to.equal('Camera choice');
      split.focus();
      split.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#devices')!;
      await waitUntil(() => panel.matches(':popover-open'));
      const picker = panel.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.shadowRoot!.querySelector('select#camera'), 'cameras listed');
      expect(picker.shadowRoot!.querySelector('select#microphone')).to.equal(null);
      expect(panel.getAttribute('aria-label')).to.equal('Camera choice');
      panel.querySelector<HTMLButtonElement>('[part="done"]')!.click();
      await waitUntil(() => !panel.matches(':popover-open'), 'closed');
      await waitUntil(() => focusedIn(bar) === split, 'focus back');
    });

    it('narrow: icons only, and screen share and the device lists move into "More"', async () => {
      const { bar } = await joinedBar('320px');
      await waitUntil(
        () => bar.matches(':state(narrow)'),
        `narrow (${bar.getBoundingClientRect().width} px, ${getComputedStyle(bar).fontSize}, ${document.visibilityState})`,
      );
      expect(bar.matches(':state(compact)')).to.equal(true);
      const names = items(bar).map((el) => el.getAttribute('part') ?? el.localName);
      expect(names).to.deep.equal(['acs-mute-button', 'acs-camera-button', 'more-button', 'acs-hang-up-button']);
      const mute = bar.shadowRoot!.querySelector('acs-mute-button')!;
      expect(mute.hasAttribute('label-hidden'), 'icons only').to.equal(true);
      const more = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
      expect(more.getAttribute('aria-label')).to.equal('More');
      more.focus();
      more.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#more')!;
      await waitUntil(() => panel.matches(':popover-open'), 'More open');
      expect(panel.querySelector('acs-screen-share-button'), 'screen share in More').to.not.equal(null);
      expect(panel.querySelector('[part="device-button"]')!.textContent!.trim()).to.equal('Devices');
      await waitUntil(() => panel.contains(focusedIn(bar)), 'focus in More');
      await expect(bar).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panel.matches(':popover-open'));
      await waitUntil(() => focusedIn(bar) === more, 'focus back on More');
      // Wide again: everything back in the bar.
      // (Moved, it measures itself again: a hidden test page has no resize observations.)
      bar.parentElement!.parentElement!.style.width = '1000px';
      bar.parentElement!.append(bar);
      await waitUntil(() => !bar.matches(':state(narrow)'), 'wide');
      expect(bar.shadowRoot!.querySelector('[role="toolbar"] acs-screen-share-button')).to.not.equal(null);
    });

    it('"Devices" from "More" opens every list, and focus comes back to "More"', async () => {
      const { bar } = await joinedBar('320px');
      await waitUntil(() => bar.matches(':state(narrow)'));
      const more = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
      more.focus();
      more.click();
      const morePanel = bar.shadowRoot!.querySelector<HTMLElement>('#more')!;
      await waitUntil(() => morePanel.matches(':popover-open'));
      const devices = morePanel.querySelector<HTMLButtonElement>('[part="device-button"]')!;
      expect(devices.querySelector('span')!.className, 'its label is visible in "More"').to.equal('');
      devices.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#devices')!;
      await waitUntil(() => panel.matches(':popover-open'), 'devices open');
      const picker = panel.querySelector<AcsDevicePicker>('acs-device-picker')!;
      expect(picker.kinds).to.equal('camera microphone speaker');
      await waitUntil(() => panel.contains(focusedIn(bar)), 'focus in the panel');
      // Beside "More" (above or below it), not in a corner of the window.
      const at = more.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      const beside = Math.abs(box.bottom - (at.top - 8)) < 2 || Math.abs(box.top - (at.bottom + 8)) < 2;
      expect(beside, `panel ${Math.round(box.top)}-${Math.round(box.bottom)}, More at ${Math.round(at.top)}`).to.equal(
        true,
      );
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panel.matches(':popover-open'));
      await waitUntil(() => focusedIn(bar) === more, 'focus back on More');
    });

    it('"End for everyone" is a stop of the arrow keys, beside "Leave"', async () => {
      const { bar } = await joinedBar();
      const leave = bar.shadowRoot!.querySelector('acs-hang-up-button')!;
      await waitUntil(() => leave.matches(':state(can-end-for-everyone)'), 'the call grants it');
      const end = leave.shadowRoot!.querySelector<HTMLElement>('[part="end-for-everyone"]')!;
      const leaveButton = leave.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
      expect(
        Math.abs(end.getBoundingClientRect().top - leaveButton.getBoundingClientRect().top) < 12,
        'in the row',
      ).to.equal(true);
      bar.focus();
      await sendKeys({ press: 'End' });
      expect(leave.shadowRoot!.activeElement, 'End: the last stop').to.equal(end);
      await sendKeys({ press: 'ArrowLeft' });
      expect(leave.shadowRoot!.activeElement).to.equal(leaveButton);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIn(bar)?.localName, 'wraps to mute').to.equal('acs-mute-button');
    });

    it('Tab past the end of "More" closes it', async () => {
      const { bar } = await joinedBar('320px');
      await waitUntil(() => bar.matches(':state(narrow)'));
      const more = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
      more.focus();
      more.click();
      const panel = bar.shadowRoot!.querySelector<HTMLElement>('#more')!;
      await waitUntil(() => panel.matches(':popover-open'));
      panel.querySelector<HTMLElement>('[part="device-button"]')!.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !panel.matches(':popover-open'), 'closed');
    });

    it('each control is replaceable through its slot; extra controls join the toolbar before "Leave"', async () => {
      const { provider } = await providerWith(
        html`<acs-control-bar>
          <button slot="hang-up" id="own-leave">Leave the visit</button>
          <acs-hold-button></acs-hold-button>
        </acs-control-bar>`,
      );
      const bar = provider.querySelector<AcsControlBar>('acs-control-bar')!;
      await bar.updateComplete;
      expect(
        bar.shadowRoot!.querySelector('acs-hang-up-button')!.getClientRects().length,
        'default not shown',
      ).to.equal(0);
      const toolbar = bar.shadowRoot!.querySelector('[role="toolbar"]')!;
      const order = [...toolbar.querySelectorAll('slot')].flatMap((s) => s.assignedElements({ flatten: true }));
      expect(order.map((el) => el.id || el.localName).slice(-2)).to.deep.equal(['acs-hold-button', 'own-leave']);
      bar.focus();
      await sendKeys({ press: 'End' });
      expect(document.activeElement?.id, 'the page’s own button is a toolbar item').to.equal('own-leave');
      await sendKeys({ press: 'ArrowLeft' });
      expect(document.activeElement?.localName).to.equal('acs-hold-button');
    });
  });

  describe('icon-only controls', () => {
    it('show their label as a tooltip on keyboard focus and hover, hidden again with Escape; the icon is a slot', async () => {
      const sim = testSimulator({ latency: 1 });
      const call = await sim.connectedCall();
      const host = mountHost('div');
      host.style.paddingTop = '80px';
      render(
        html`<button id="before">Before</button>
          <acs-mute-button label-hidden .call=${call} .sdk=${sim.sdk}>
            <svg slot="icon" id="brand-icon" viewBox="0 0 24 24"><circle cx="12" cy="12" r="8"></circle></svg>
          </acs-mute-button>`,
        host,
      );
      const mute = host.querySelector('acs-mute-button')!;
      await mute.updateComplete;
      const tip = mute.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
      const shown = () => getComputedStyle(tip).display !== 'none';
      expect(tip.textContent!.trim()).to.equal('Mute');
      expect(tip.getAttribute('aria-hidden'), 'the name is the button’s already').to.equal('true');
      expect(shown(), 'hidden at rest').to.equal(false);
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shown(), 'shown on keyboard focus').to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(shown(), 'Escape hides it').to.equal(false);
      const slot = mute.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="icon"]')!;
      expect(slot.assignedElements()[0]!.id, 'the page’s icon').to.equal('brand-icon');
      const labelled = await (async () => {
        mute.labelHidden = false;
        await mute.updateComplete;
        return mute.shadowRoot!.querySelector('[part="tooltip"]');
      })();
      expect(labelled, 'no tooltip while the label shows').to.equal(null);
    });
  });

  describe('<acs-call-lobby>', () => {
    it('paints at once, says it is preparing while the SDK loads, then that everything is ready', async () => {
      const host = mountHost('div');
      render(html`<acs-call-provider simulated><acs-call-lobby></acs-call-lobby></acs-call-provider>`, host);
      const lobby = host.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await lobby.updateComplete;
      const readiness = () => lobby.shadowRoot!.querySelector('[part="readiness"]')!.textContent!.trim();
      expect(lobby.matches(':state(preparing)'), 'preparing first').to.equal(true);
      expect(readiness()).to.equal('Getting the call ready…');
      expect(lobby.shadowRoot!.querySelector('[part="readiness"]')!.getAttribute('role')).to.equal('status');
      expect(lobby.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Get ready to join');
      expect(lobby.shadowRoot!.querySelector('acs-join-button, acs-device-picker, acs-permission-guide')).to.not.equal(
        null,
      );
      await waitUntil(() => lobby.matches(':state(ready)'), 'ready', { timeout: 10_000 });
      expect(readiness()).to.equal('Everything is ready. Join when you are.');
      await expect(lobby).to.be.accessible();
    });

    it('the camera turned on in the lobby shows its preview, and the call starts with it', async () => {
      const { sim, provider } = await providerWith(html`<acs-call-lobby></acs-call-lobby>`);
      const lobby = provider.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await lobby.updateComplete;
      expect(lobby.shadowRoot!.querySelector('[part="camera-off"]')!.textContent!.trim()).to.equal(
        'Your camera is off',
      );
      const camera = lobby.shadowRoot!.querySelector('acs-camera-button')!;
      await waitUntil(() => !camera.matches(':state(disabled)'), 'camera button ready');
      camera.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await waitUntil(() => lobby.matches(':state(camera-on)'), 'camera on');
      const grid = lobby.shadowRoot!.querySelector('acs-video-grid')!;
      await waitUntil(() => grid.shadowRoot?.querySelector('acs-video-tile'), 'the local tile');
      await provider.join();
      const call = sim.agent!.calls[0]!;
      await waitUntil(() => call.state === 'Connected', 'connected');
      expect(call.localVideoStreams.length, 'joined with the camera').to.equal(1);
    });

    it('shows the microphone level before the call (the SDK’s LocalAudioStream volume)', async () => {
      const { sim, provider } = await providerWith(html`<acs-call-lobby></acs-call-lobby>`);
      const lobby = provider.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await lobby.updateComplete;
      const picker = lobby.shadowRoot!.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('meter'), 'the level meter');
      const meter = () => picker.shadowRoot!.querySelector('meter');
      expect(meter()!.getAttribute('aria-label')).to.equal('Microphone level');
      sim.deviceManager.simulate.microphoneLevel(40);
      await waitUntil(() => meter()?.value === 40, `the level follows the voice (${meter()?.value})`);
      sim.deviceManager.simulate.microphoneLevel(5);
      await waitUntil(() => meter()?.value === 5);
      // Another microphone: the meter follows it (a new stream: the SDK's Volume stops at a switchSource()).
      const select = picker.shadowRoot!.querySelector<HTMLSelectElement>('select#microphone')!;
      const other = [...select.options].find((o) => o.value !== sim.deviceManager.selectedMicrophone?.id)!;
      select.value = other.value;
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => sim.deviceManager.selectedMicrophone?.id === other.value, 'selected');
      sim.deviceManager.simulate.microphoneLevel(60);
      await waitUntil(() => meter()?.value === 60, `the new microphone's level (${meter()?.value})`);
      lobby.remove();
    });

    it('says when the microphone is blocked', async () => {
      const sim = testSimulator({ latency: 1 });
      sim.deviceManager.simulate.sitePermission('microphone', 'denied');
      const { provider } = await providerWith(html`<acs-call-lobby></acs-call-lobby>`, { sim });
      const lobby = provider.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await waitUntil(() => lobby.matches(':state(blocked)'), 'blocked');
      expect(lobby.readiness).to.equal('microphoneBlocked');
      expect(lobby.shadowRoot!.querySelector('[part="readiness"]')!.textContent).to.contain(
        'Your microphone is blocked',
      );
    });

    it('each part is replaceable through its slot', async () => {
      const { provider } = await providerWith(
        html`<acs-call-lobby>
          <span slot="heading">Dr. Ana's visit</span>
          <button slot="join" id="own-join">Enter the waiting room</button>
        </acs-call-lobby>`,
      );
      const lobby = provider.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await lobby.updateComplete;
      const heading = lobby.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(heading.assignedElements()[0]!.textContent).to.equal("Dr. Ana's visit");
      expect(lobby.shadowRoot!.querySelector('acs-join-button')!.getClientRects().length).to.equal(0);
    });
  });

  describe('<acs-device-picker> without devices', () => {
    it('tells "no devices" from "no permission"', async () => {
      const sim = testSimulator({ latency: 1, devices: { cameras: [], microphones: [], speakers: [] } });
      const host = mountHost('div');
      render(html`<acs-device-picker .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}></acs-device-picker>`, host);
      const picker = host.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.matches(':state(no-devices)'), 'no devices');
      expect(picker.matches(':state(no-permission)')).to.equal(false);
      expect(picker.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(
        'No camera or microphone found. Connect one, and it appears here.',
      );
      expect(picker.shadowRoot!.querySelector('select'), 'no empty list').to.equal(null);
    });
  });

  describe('<acs-device-picker kinds>', () => {
    it('shows the lists asked for; a wrong name is reported, not taken (not even a prototype name)', async () => {
      const sim = testSimulator({ latency: 1 });
      const host = mountHost('div');
      const errors: string[] = [];
      host.addEventListener('acs-error', (e) => errors.push((e as CustomEvent).detail.code));
      render(
        html`<acs-device-picker
          kinds="camera toString"
          .deviceManager=${sim.deviceManager}
          .sdk=${sim.sdk}
        ></acs-device-picker>`,
        host,
      );
      const picker = host.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('select#camera'), 'the camera list');
      expect(picker.shadowRoot!.querySelector('select#microphone, select#speaker'), 'no other list').to.equal(null);
      expect(errors).to.deep.equal(['invalid-attribute']);
    });
  });

  describe('<acs-device-picker> when the camera list empties in a call', () => {
    it('says there is no camera instead of showing an empty list', async () => {
      const sim = testSimulator({
        latency: 1,
        devices: { cameras: [{ id: 'cam', name: 'Only camera' }], microphones: [{ id: 'mic', name: 'Headset' }] },
      });
      const call = await sim.connectedCall();
      const host = mountHost('div');
      render(
        html`<acs-device-picker .call=${call} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}></acs-device-picker>`,
        host,
      );
      const picker = host.querySelector<AcsDevicePicker>('acs-device-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('select#camera'), 'the camera listed');
      sim.deviceManager.simulate.unplug('camera:cam');
      await waitUntil(() => !picker.shadowRoot!.querySelector('select#camera'), 'no empty camera list');
      const hints = [...picker.shadowRoot!.querySelectorAll('[part="hint"]')].map((p) => p.textContent);
      expect(hints, JSON.stringify(hints)).to.include('No camera found. Connect one to use video.');
      expect(picker.shadowRoot!.querySelector('select#microphone'), 'the microphones stay').to.not.equal(null);
    });
  });

  describe('<acs-call-screen>', () => {
    it('a whole visit: lobby, call, "call ended" with rejoin; the focus follows', async () => {
      const { sim, provider } = await providerWith(html`<acs-call-screen></acs-call-screen>`);
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await screen.updateComplete;
      expect(screen.phase).to.equal('lobby');
      expect(screen.matches(':state(lobby)')).to.equal(true);
      const lobby = screen.shadowRoot!.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await waitUntil(() => lobby.matches(':state(ready)'), 'lobby ready');
      await expect(screen).to.be.accessible();
      const join = lobby.shadowRoot!.querySelector('acs-join-button')!;
      join.focus();
      join.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await waitUntil(() => screen.matches(':state(call)'), 'in the call');
      for (const tag of ['acs-call-status', 'acs-video-grid', 'acs-call-notices', 'acs-control-bar'])
        expect(screen.shadowRoot!.querySelector(tag), tag).to.not.equal(null);
      const bar = screen.shadowRoot!.querySelector<AcsControlBar>('acs-control-bar')!;
      await waitUntil(() => bar.matches(':focus-within'), 'focus on the controls');
      expect(focusedIn(bar)?.localName, 'on mute').to.equal('acs-mute-button');
      const call = sim.agent!.calls[0]!;
      await waitUntil(() => call.state === 'Connected', 'connected');
      await expect(screen).to.be.accessible();
      // Leave with the bar's "Leave".
      const leave = bar.shadowRoot!.querySelector('acs-hang-up-button')!;
      leave.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await waitUntil(() => screen.matches(':state(ended)'), 'ended');
      const status = screen.shadowRoot!.querySelector('acs-call-status')!;
      await status.updateComplete;
      expect(status.matches(':state(disconnected)'), 'the status says the call ended').to.equal(true);
      const rejoin = screen.shadowRoot!.querySelector('acs-join-button')!;
      await waitUntil(() => rejoin.matches(':focus-within'), 'focus on Rejoin');
      expect(rejoin.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim()).to.equal('Rejoin');
      await expect(screen).to.be.accessible();
      rejoin.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await waitUntil(() => screen.matches(':state(call)'), 'rejoined');
      await waitUntil(() => sim.agent!.calls.some((c) => c !== call && c.state === 'Connected'), 'a new call');
    });

    it('is preparing while the provider loads the SDK (simulated), then shows the lobby ready', async () => {
      const host = mountHost('div');
      render(html`<acs-call-provider simulated><acs-call-screen></acs-call-screen></acs-call-provider>`, host);
      const screen = host.querySelector<AcsCallScreen>('acs-call-screen')!;
      await screen.updateComplete;
      expect(screen.matches(':state(preparing)')).to.equal(true);
      const lobby = screen.shadowRoot!.querySelector<AcsCallLobby>('acs-call-lobby')!;
      await lobby.updateComplete;
      const readiness = lobby.shadowRoot!.querySelector<HTMLElement>('[part="readiness"]')!;
      expect(readiness.textContent!.trim()).to.equal('Getting the call ready…');
      expect(readiness.getBoundingClientRect().height, 'visibly').to.be.above(0);
      await waitUntil(() => !screen.matches(':state(preparing)'), 'prepared', { timeout: 10_000 });
    });

    it('a join that fails goes back to the lobby', async () => {
      const sim = testSimulator({ latency: 1 });
      await sim.callClient.createCallAgent(sim.credential);
      sim.agent!.simulate.failNext('join');
      const { provider } = await providerWith(html`<acs-call-screen></acs-call-screen>`, { sim });
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await provider.join().catch(() => undefined);
      await waitUntil(() => screen.matches(':state(lobby)') && provider.matches(':state(error)'), 'lobby again');
    });

    it('offers an incoming call over the lobby', async () => {
      const { sim, provider } = await providerWith(html`<acs-call-screen></acs-call-screen>`);
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await screen.updateComplete;
      expect(screen.shadowRoot!.querySelector('acs-call-status'), 'no status in an idle lobby').to.equal(null);
      sim.agent!.simulate.incomingCall({ displayName: 'Dr. Ana' });
      await waitUntil(() => screen.shadowRoot!.querySelector('acs-call-status'), 'the call is offered');
      const status = screen.shadowRoot!.querySelector('acs-call-status')!;
      await waitUntil(() => status.matches(':state(incoming)'), 'incoming');
    });

    it('in a container too short for it, the lobby scrolls inside the screen', async () => {
      const { provider } = await providerWith(html`<acs-call-screen></acs-call-screen>`, { width: '320px' });
      provider.parentElement!.style.height = '300px';
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await screen.updateComplete;
      const base = screen.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(Math.round(screen.getBoundingClientRect().height)).to.equal(300);
      expect(base.scrollHeight, 'the lobby is taller').to.be.above(base.clientHeight);
      expect(getComputedStyle(base).overflowY, 'and scrolls').to.equal('auto');
    });

    it('fills a container that has a height; in normal flow the grid takes 16:9 of the width', async () => {
      const { provider } = await providerWith(html`<acs-call-screen></acs-call-screen>`, { width: '800px' });
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await provider.join();
      await waitUntil(() => screen.matches(':state(call)'));
      const grid = screen.shadowRoot!.querySelector('acs-video-grid')!;
      await waitUntil(() => grid.getBoundingClientRect().height > 0);
      const flow = grid.getBoundingClientRect();
      expect(Math.round(flow.height), 'in flow: 16:9').to.be.closeTo(Math.round((flow.width * 9) / 16), 2);
      const box = provider.parentElement!;
      box.style.height = '700px';
      await waitUntil(() => Math.round(screen.getBoundingClientRect().height) === 700, 'fills 700 px');
      const bar = screen.shadowRoot!.querySelector('acs-control-bar')!.getBoundingClientRect();
      expect(Math.round(bar.bottom), 'controls at the bottom').to.be.closeTo(
        Math.round(box.getBoundingClientRect().bottom),
        1,
      );
      const filled = grid.getBoundingClientRect();
      expect(filled.height, 'the grid takes the rest').to.be.above(flow.height);
      const notices = screen.shadowRoot!.querySelector('[part="notices"]')!.getBoundingClientRect();
      expect(notices.top >= filled.top && notices.top < filled.bottom, 'notices over the grid').to.equal(true);
    });

    it('each part is replaceable through its slot', async () => {
      const { provider } = await providerWith(
        html`<acs-call-screen
          ><div slot="controls" id="own-controls"><acs-mute-button></acs-mute-button></div
        ></acs-call-screen>`,
      );
      const screen = provider.querySelector<AcsCallScreen>('acs-call-screen')!;
      await provider.join();
      await waitUntil(() => screen.matches(':state(call)'));
      const slot = screen.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="controls"]')!;
      expect(slot.assignedElements()[0]!.id).to.equal('own-controls');
      expect(screen.shadowRoot!.querySelector('acs-control-bar')!.getClientRects().length).to.equal(0);
    });
  });
});
