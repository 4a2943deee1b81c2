// Every element in a hostile page: 320 px wide, the root font at 10 px and the text at 200 %, host rules that
// reset buttons, and outside data of any length. Nothing may overflow horizontally; every target stays 24 x 24.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, render } from 'lit';
import '../../src/define.js';
import { testSimulator, type SimCall } from '../helpers/simulator.js';
import { cleanupHosts, mountHost } from '../helpers/hosts.js';

const HOSTILE = `
  html { font-size: 10px; }
  .page { font-size: 200%; width: 320px; }
  .page * { letter-spacing: 0.02em; }
  button { all: unset; }
`;

/** Every interactive element inside the shadow roots under `root`, with its box. */
function targets(root: Element): { what: string; box: DOMRect }[] {
  const found: { what: string; box: DOMRect }[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches('button, a[href], select, input, [role=button]')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0)
          found.push({
            what: `${(el.getRootNode() as ShadowRoot).host?.localName} ${el.localName}.${el.getAttribute('part') ?? ''}`,
            box,
          });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

describe('every element in any page', () => {
  afterEach(cleanupHosts);

  it('at 320 px, root font 10 px, text at 200 %: no horizontal overflow, every target at least 24 x 24', async function () {
    this.timeout(60_000);
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    const longDevice = 'Bluetooth Headset '.repeat(14).trim();
    const sim = testSimulator({
      latency: 1,
      devices: {
        cameras: [{ id: 'c1', name: `${longDevice} Camera` }],
        microphones: [{ id: 'm1', name: longDevice }],
        speakers: [{ id: 's1', name: longDevice }],
      },
    });
    const call = await sim.connectedCall({ participants: [{ displayName: 'N'.repeat(10_000) }, 'Ben'] });
    const host = mountHost('div');
    host.className = 'page';
    render(
      html`<acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-call-status></acs-call-status>
        <acs-call-notices platform="ios" guide-href="#g" devices-href="#d"></acs-call-notices>
        <acs-video-grid></acs-video-grid>
        <acs-mute-button></acs-mute-button>
        <acs-camera-button></acs-camera-button>
        <acs-screen-share-button></acs-screen-share-button>
        <acs-hold-button></acs-hold-button>
        <acs-hang-up-button></acs-hang-up-button>
        <acs-join-button></acs-join-button>
        <acs-device-picker preview storage-key="any-page"></acs-device-picker>
        <acs-permission-guide></acs-permission-guide>
      </acs-call-provider>`,
      host,
    );
    const picker = host.querySelector('acs-device-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('select#microphone'), 'devices listed', { timeout: 10_000 });
    sim.agent!.simulate.incomingCall({ displayName: 'Caller '.repeat(1500) });
    call.simulate.interruption('pstn', { os: 'ios' });
    call.simulate.remoteDiagnostic(call.simulate.participants[0]!, 'networkSendQuality', 3);
    await new Promise((r) => setTimeout(r, 300));
    try {
      const overflowing = [...host.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('acs-'))
        .map((el) => ({ tag: el.localName, right: el.getBoundingClientRect().right, width: el.scrollWidth }))
        .filter((e) => e.right > 320 + 8 + 1 || e.width > 320 + 1);
      expect(overflowing, 'elements wider than the page').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth);
      const small = targets(host)
        .filter((t) => t.box.width < 24 || t.box.height < 24)
        .map((t) => `${t.what} ${Math.round(t.box.width)}x${Math.round(t.box.height)}`);
      expect(small, 'targets under 24 x 24').to.deep.equal([]);
      const status = host.querySelector('acs-call-status')!;
      expect(status.matches(':state(incoming)'), 'the incoming call is shown').to.equal(true);
      const caller = status.shadowRoot!.querySelector('[part="caller"]')!;
      expect(caller.getAttribute('title')!.length, 'the whole name is reachable').to.be.above(10_000);
      expect(caller.getAttribute('aria-label')!.length, 'a readable accessible name').to.be.below(120);
      expect(
        status.getBoundingClientRect().height,
        'a 10,000-character caller name does not push Accept down',
      ).to.be.below(600);
    } finally {
      style.remove();
      localStorage.removeItem('any-page');
    }
  });

  for (const width of [320, 390, 768, 1280]) {
    it(`a whole visit (<acs-call-screen>) at ${width} px, text at 200 %, hostile CSS: no overflow, targets at least 24 x 24`, async function () {
      this.timeout(60_000);
      // A window of that width (the page's body keeps its 8 px margins).
      await setViewport({ width: width + 16, height: 900 });
      const style = document.createElement('style');
      // The user's text at 200 % (as a browser's font size setting of 32 px gives: the root font and \`medium\`
      // doubled) and host rules that reset buttons and boxes.
      style.textContent = `html { font-size: 200%; --acs-user-font-size: 32px; } .page { width: ${width}px; }
        .page * { letter-spacing: 0.02em; }
        button { all: unset; } div { box-sizing: content-box; }`;
      document.head.append(style);
      const sim = testSimulator({
        latency: 1,
        devices: { microphones: [{ id: 'm1', name: 'Bluetooth Headset '.repeat(14).trim() }] },
      });
      await sim.callClient.createCallAgent(sim.credential);
      const host = mountHost('div');
      host.className = 'page';
      render(
        html`<acs-call-provider
          group-id="6f0e2a4e-1c1b-4c39-9a53-0f3d0c7f3e11"
          .callAgent=${sim.agent}
          .deviceManager=${sim.deviceManager}
          .sdk=${sim.sdk}
        >
          <acs-call-screen></acs-call-screen>
        </acs-call-provider>`,
        host,
      );
      const screen = host.querySelector('acs-call-screen')!;
      const check = (phase: string) => {
        expect(document.documentElement.scrollWidth, `${phase}: the page does not scroll sideways`).to.be.at.most(
          innerWidth,
        );
        expect(screen.getBoundingClientRect().right, `${phase}: the screen stays in the page`).to.be.at.most(width + 9);
        const small = targets(host)
          .filter((t) => t.box.width < 24 || t.box.height < 24)
          .map((t) => `${t.what} ${Math.round(t.box.width)}x${Math.round(t.box.height)}`);
        expect(small, `${phase}: targets under 24 x 24`).to.deep.equal([]);
      };
      try {
        await waitUntil(() => screen.shadowRoot?.querySelector('acs-call-lobby')?.matches(':state(ready)'), 'lobby', {
          timeout: 10_000,
        });
        const picker = screen
          .shadowRoot!.querySelector('acs-call-lobby')!
          .shadowRoot!.querySelector('acs-device-picker')!;
        await waitUntil(() => picker.shadowRoot?.querySelector('select#microphone'), 'devices listed');
        check('lobby');
        const call = (await host.querySelector('acs-call-provider')!.join()) as SimCall;
        call.simulate.addParticipant({ displayName: 'N'.repeat(10_000), video: true });
        call.simulate.addParticipant({ displayName: '\u202Eevil name' });
        call.simulate.interruption('pstn', { os: 'ios' });
        await waitUntil(() => screen.matches(':state(call)'), 'in the call');
        const bar = screen.shadowRoot!.querySelector('acs-control-bar')!;
        await waitUntil(() => bar.shadowRoot?.querySelector('acs-hang-up-button'), 'controls');
        await new Promise((r) => setTimeout(r, 300));
        check('call');
      } finally {
        style.remove();
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('text follows the user’s font size, not a page’s root font size in px; targets keep 24 px', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 10px; }';
    document.head.append(style);
    const sim = testSimulator({ latency: 1 });
    const call = await sim.connectedCall();
    const host = mountHost('div');
    render(html`<acs-mute-button .call=${call} .sdk=${sim.sdk}></acs-mute-button>`, host);
    const button = host.querySelector('acs-mute-button')!;
    await button.updateComplete;
    try {
      // The user's font size: what \`medium\` is on this browser.
      const probe = document.createElement('span');
      probe.style.setProperty('font-size', 'medium');
      host.append(probe);
      const medium = parseFloat(getComputedStyle(probe).fontSize);
      expect(parseFloat(getComputedStyle(document.documentElement).fontSize), 'the page’s root').to.equal(10);
      const label = button.shadowRoot!.querySelector('[part="label"]')!;
      expect(parseFloat(getComputedStyle(label).fontSize), 'the label: 15/16 of the user’s size').to.be.closeTo(
        medium * 0.9375,
        0.01,
      );
      const box = button.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
      expect(Math.min(box.width, box.height), 'the target').to.be.at.least(24);
      // A page may still set the size itself.
      host.style.setProperty('--acs-user-font-size', '20px');
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.closeTo(18.75, 0.01);
    } finally {
      style.remove();
    }
  });

  it('the presets (themes/presets.css) change density and corners with one class, and targets keep 24 px', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/styles/themes/presets.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    const sim = testSimulator({ latency: 1 });
    const call = await sim.connectedCall();
    const host = mountHost('div');
    render(html`<acs-mute-button .call=${call} .sdk=${sim.sdk}></acs-mute-button>`, host);
    const mute = host.querySelector('acs-mute-button')!;
    await mute.updateComplete;
    const button = () => mute.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
    try {
      const standard = button().getBoundingClientRect().height;
      host.className = 'acs-density-compact acs-corners-square';
      const compact = button().getBoundingClientRect().height;
      expect(compact, 'compact is smaller').to.be.below(standard);
      expect(compact, 'and still a target').to.be.at.least(24);
      expect(getComputedStyle(button()).borderTopLeftRadius, 'square corners').to.equal('0px');
      host.className = '';
      host.dataset.acsDensity = 'comfortable';
      host.dataset.acsCorners = 'rounded';
      expect(button().getBoundingClientRect().height, 'comfortable is larger').to.be.above(standard);
      expect(getComputedStyle(button()).borderTopLeftRadius).to.equal('8px');
    } finally {
      link.remove();
    }
  });
});
