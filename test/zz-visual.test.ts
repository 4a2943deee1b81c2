import { html, render } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { createSimulator } from '../src/simulator/index.js';

const HOSTILE = `
  html { font-size: 32px; }
  * { font-size: 18px !important; letter-spacing: .05em; }
  button { all: unset; }
  p { margin: 3em 0; color: red; }
  div { padding: 4px; }
`;

it('screens', async () => {
  for (const [width, name] of [
    [390, 'phone'],
    [1280, 'desktop'],
  ] as const) {
    const sim = createSimulator({ latency: 50 });
    const call = await sim.connectedCall({ participants: 3 });
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<acs-call-provider .callAgent=${sim.agent} .deviceManager=${sim.deviceManager} .sdk=${sim.sdk}>
        <acs-call-status></acs-call-status>
        <acs-call-notices platform="ios" guide-href="#g" devices-href="#d"></acs-call-notices>
        <acs-video-grid style="height: 300px"></acs-video-grid>
        <div style="display:flex; flex-wrap: wrap; gap: 8px; align-items: start">
          <acs-mute-button></acs-mute-button>
          <acs-camera-button></acs-camera-button>
          <acs-screen-share-button></acs-screen-share-button>
          <acs-hold-button></acs-hold-button>
          <acs-hang-up-button></acs-hang-up-button>
          <acs-join-button></acs-join-button>
        </div>
      </acs-call-provider>`,
      host,
    );
    const cam = host.querySelector('acs-camera-button')!;
    await waitUntil(() => cam.shadowRoot && !cam.matches(':state(disabled)'), 'cam', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    cam.addEventListener('acs-error', (e) => console.log('acs-error', JSON.stringify((e as any).detail.message)));
    console.log(
      'toggle',
      await (cam as any).toggle(),
      (cam as any).camera?.name,
      String([...((cam as any).internals?.states ?? [])]),
    );
    await new Promise((r) => setTimeout(r, 500));
    console.log('hint', cam.shadowRoot!.querySelector('[part=hint]')!.textContent, call.localVideoStreams.length);
    await waitUntil(() => cam.matches(':state(on)'), 'on', { timeout: 5000 });
    call.simulate.interruption('pstn', { os: 'ios' });
    call.simulate.diagnostic('networkReceiveQuality', 3);
    call.simulate.remoteDiagnostic(call.simulate.participants[0]!, 'networkSendQuality', 3);
    host
      .querySelector('acs-hang-up-button')!
      .shadowRoot!.querySelector<HTMLElement>('[part=end-for-everyone]')!
      .click();
    await new Promise((r) => setTimeout(r, 600));
    await executeServerCommand('shot', { width, height: 900 });
    await new Promise((r) => setTimeout(r, 300));
    await executeServerCommand('shot', { path: `.tmp/controls-${name}.png` });
    const wide = document.documentElement.scrollWidth;
    console.log(name, 'scrollWidth', wide, 'viewport', innerWidth);
    const small = [...host.querySelectorAll('*')]
      .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('button, a')] : []))
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24));
    console.log(name, 'targets under 24px', small.length);
    host.remove();
    style.remove();
    sim.dispose();
  }
});
