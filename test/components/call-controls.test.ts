// The screen-share, hold, hang-up and join buttons: state from the SDK, guarded actions, reasons, errors.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/screen-share-button/acs-screen-share-button.js';
import '../../src/components/hold-button/acs-hold-button.js';
import '../../src/components/hang-up-button/acs-hang-up-button.js';
import '../../src/components/join-button/acs-join-button.js';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsScreenShareButton } from '../../src/components/screen-share-button/screen-share-button.js';
import type { AcsHoldButton } from '../../src/components/hold-button/hold-button.js';
import type { AcsHangUpButton } from '../../src/components/hang-up-button/hang-up-button.js';
import type { AcsJoinButton } from '../../src/components/join-button/join-button.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import {
  cleanupHosts,
  connectedSimulator,
  expectListenersFollowTheCall,
  type Sim,
  type SimCall,
} from '../helpers/hosts.js';
import { testSimulator } from '../helpers/simulator.js';
import { recordCalls } from '../helpers/record-calls.js';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: HTMLElement) => part(el, 'button') as HTMLButtonElement;
const label = (el: HTMLElement) => button(el).textContent!.trim();
const hint = (el: HTMLElement) => part(el, 'hint')!.textContent!.trim();

describe('call controls', () => {
  let sim: Sim;
  let call: SimCall;
  beforeEach(async () => ({ sim, call } = await connectedSimulator({ latency: 2 }, { participants: 2 })));
  afterEach(cleanupHosts);

  describe('<acs-screen-share-button>', () => {
    const mount = () =>
      fixture<AcsScreenShareButton>(
        html`<acs-screen-share-button .call=${call} .sdk=${sim.sdk}></acs-screen-share-button>`,
      );

    it('is accessible, shares and stops through the SDK, and says so', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
      expect(label(el)).to.equal('Share screen');
      button(el).click();
      await waitUntil(() => el.matches(':state(on)'), 'sharing');
      expect(call.isScreenSharingOn).to.equal(true);
      expect(label(el)).to.equal('Stop sharing');
      expect(hint(el)).to.equal('You are sharing your screen');
      button(el).click();
      await waitUntil(() => !el.matches(':state(on)'), 'stopped');
      expect(call.isScreenSharingOn).to.equal(false);
    });

    it('a double click starts sharing once', async () => {
      const el = await mount();
      const calls = recordCalls(call, ['startScreenSharing', 'stopScreenSharing']);
      button(el).click();
      button(el).click();
      button(el).click();
      await waitUntil(() => el.matches(':state(on)') && !el.matches(':state(pending)'), 'sharing');
      expect(calls.methods).to.deep.equal(['startScreenSharing']);
      expect(calls.maxInFlight).to.equal(1);
    });

    it('is disabled with a reason outside a connected call, and when the call forbids sharing', async () => {
      const el = await mount();
      call.simulate.state('LocalHold');
      await el.updateComplete;
      expect(hint(el)).to.equal('Available once the call is connected');
      expect(await el.toggle()).to.equal(false);
      call.simulate.state('Connected');
      call.simulate.capabilities({ shareScreen: false });
      await el.updateComplete;
      expect(el.matches(':state(not-allowed)')).to.equal(true);
      expect(hint(el)).to.equal('You are not allowed to share your screen in this call');
      expect(await el.toggle()).to.equal(false);
      expect(call.isScreenSharingOn).to.equal(false);
    });

    it('says when the browser cannot share a screen (a phone)', async () => {
      const md = navigator.mediaDevices;
      Object.defineProperty(md, 'getDisplayMedia', { configurable: true, value: undefined });
      try {
        const el = await mount();
        expect(el.matches(':state(not-supported)')).to.equal(true);
        expect(hint(el)).to.equal('This device cannot share its screen');
      } finally {
        delete (md as unknown as Record<string, unknown>).getDisplayMedia;
      }
      expect(typeof navigator.mediaDevices.getDisplayMedia).to.equal('function');
    });

    it('a failed start (the user closed the chooser) is explained and fires acs-error', async () => {
      const el = await mount();
      call.simulate.failNext('startScreenSharing');
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      button(el).click();
      expect((await event).detail.operation).to.equal('startScreenSharing');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('Screen sharing did not start');
      expect(el.matches(':state(on)')).to.equal(false);
    });

    it('releases its listeners on removal and follows another call', async () => {
      await expectListenersFollowTheCall(await mount(), sim, call);
    });
  });

  describe('<acs-hold-button>', () => {
    const mount = () => fixture<AcsHoldButton>(html`<acs-hold-button .call=${call}></acs-hold-button>`);

    it('holds and resumes through the SDK, its label saying what a click does', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
      expect(label(el)).to.equal('Hold');
      button(el).click();
      await waitUntil(() => call.state === 'LocalHold', 'held');
      await el.updateComplete;
      expect(el.matches(':state(on)')).to.equal(true);
      expect(label(el)).to.equal('Resume');
      expect(hint(el)).to.contain('on hold');
      button(el).click();
      await waitUntil(() => call.state === 'Connected', 'resumed');
      await el.updateComplete;
      expect(label(el)).to.equal('Hold');
    });

    it('a double click holds once', async () => {
      const el = await mount();
      const calls = recordCalls(call, ['hold', 'resume']);
      button(el).click();
      button(el).click();
      await waitUntil(() => call.state === 'LocalHold' && !el.matches(':state(pending)'), 'held');
      expect(calls.methods).to.deep.equal(['hold']);
    });

    it('shows a hold by the other side, with nothing to do', async () => {
      const el = await mount();
      call.simulate.state('RemoteHold');
      await el.updateComplete;
      expect(el.matches(':state(remote-hold)')).to.equal(true);
      expect(hint(el)).to.equal('The other side put the call on hold');
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      expect(await el.toggle()).to.equal(false);
    });

    it('a failed hold is shown and fires acs-error; the state stays the SDK’s', async () => {
      const el = await mount();
      call.simulate.failNext('hold');
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      button(el).click();
      expect((await event).detail.operation).to.equal('hold');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('Could not put the call on hold.');
      expect(call.state).to.equal('Connected');
    });
  });

  describe('<acs-hang-up-button>', () => {
    const mount = () =>
      fixture<AcsHangUpButton>(html`<acs-hang-up-button .call=${call} .sdk=${sim.sdk}></acs-hang-up-button>`);

    it('leaves the call once, however often it is clicked', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
      expect(label(el)).to.equal('Leave');
      call.simulate.capabilities({ hangUpForEveryOne: false });
      await el.updateComplete;
      expect(!!part(el, 'end-for-everyone'), 'not offered without the capability').to.equal(false);
      const calls = recordCalls(call, ['hangUp']);
      for (let i = 0; i < 5; i++) button(el).click();
      await waitUntil(() => call.state === 'Disconnected', 'left');
      expect(calls.log.length).to.equal(1);
      expect(calls.log[0]!.args[0]).to.equal(undefined);
    });

    it('does nothing to a call that ended (the SDK rejects hangUp on it)', async () => {
      const el = await mount();
      call.simulate.end({ code: 0, subCode: 0 });
      await el.updateComplete;
      expect(hint(el)).to.equal('The call has ended');
      const calls = recordCalls(call, ['hangUp']);
      let errors = 0;
      el.addEventListener('acs-error', () => errors++);
      button(el).click();
      expect(await el.hangUp()).to.equal(false);
      expect(calls.log).to.deep.equal([]);
      expect(errors).to.equal(0);
    });

    it('offers "End for everyone" when the call grants it, behind a confirmation', async () => {
      const el = await mount();
      call.simulate.capabilities({ hangUpForEveryOne: false });
      await el.updateComplete;
      expect(el.matches(':state(can-end-for-everyone)')).to.equal(false);
      call.simulate.capabilities({ hangUpForEveryOne: true });
      await el.updateComplete;
      expect(el.matches(':state(can-end-for-everyone)')).to.equal(true);
      const calls = recordCalls(call, ['hangUp']);
      part(el, 'end-for-everyone')!.click();
      await el.updateComplete;
      expect(el.matches(':state(confirming)')).to.equal(true);
      const dialog = part(el, 'confirm')!;
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'cancel-button'), 'focus on cancel');
      await expect(el).to.be.accessible();
      // Escape cancels and gives focus back.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.matches(':state(confirming)'), 'cancelled');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'end-for-everyone'));
      expect(calls.log).to.deep.equal([]);
      part(el, 'end-for-everyone')!.click();
      await el.updateComplete;
      part(el, 'confirm-button')!.click();
      await waitUntil(() => call.state === 'Disconnected', 'ended for everyone');
      expect(el.shadowRoot!.activeElement, 'focus on Leave, which says what happened').to.equal(button(el));
      expect(calls.log.map((c) => c.args[0])).to.deep.equal([{ forEveryone: true }]);
    });

    it('a failed hang-up is shown and fires acs-error', async () => {
      const el = await mount();
      call.simulate.failNext('hangUp');
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      button(el).click();
      expect((await event).detail.operation).to.equal('hangUp');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('Could not leave the call. Try again.');
    });
  });

  describe('<acs-join-button>', () => {
    it('joins the provider’s call once, says it is in the call, and offers to rejoin after leaving', async () => {
      const sim2 = testSimulator({ latency: 2 });
      await sim2.callClient.createCallAgent(sim2.credential);
      const provider = await fixture<AcsCallProvider>(
        html`<acs-call-provider
          group-id="6f0e2a4e-1c1b-4c39-9a53-0f3d0c7f3e11"
          .callAgent=${sim2.agent}
          .sdk=${sim2.sdk}
        >
          <acs-join-button></acs-join-button>
        </acs-call-provider>`,
      );
      const el = provider.querySelector<AcsJoinButton>('acs-join-button')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(label(el)).to.equal('Join call');
      button(el).click();
      button(el).click();
      await waitUntil(() => el.matches(':state(in-call)'), 'joined');
      expect(sim2.agent!.calls.length, 'one call for two clicks').to.equal(1);
      expect(hint(el)).to.equal('You are in the call');
      await provider.hangUp();
      await waitUntil(() => el.matches(':state(rejoin)'), 'rejoin offered');
      expect(label(el)).to.equal('Rejoin');
      button(el).click();
      await waitUntil(() => el.matches(':state(in-call)'), 'rejoined');
    });

    it('says it is getting ready while the provider prepares, then joins', async () => {
      const provider = await fixture<AcsCallProvider>(
        html`<acs-call-provider simulated>
          <acs-join-button></acs-join-button>
        </acs-call-provider>`,
      );
      const el = provider.querySelector<AcsJoinButton>('acs-join-button')!;
      await el.updateComplete;
      expect(el.matches(':state(preparing)')).to.equal(true);
      expect(hint(el)).to.equal('Getting ready…');
      await waitUntil(() => !el.matches(':state(preparing)'), 'ready', { timeout: 10000 });
      button(el).click();
      await waitUntil(() => el.matches(':state(in-call)'), 'joined', { timeout: 10000 });
      provider.remove();
    });

    it('is disabled with a reason when the microphone is blocked, or there is nothing to join', async () => {
      const sim2 = testSimulator({ latency: 1 });
      await sim2.callClient.createCallAgent(sim2.credential);
      sim2.deviceManager.simulate.sitePermission('microphone', 'denied');
      const provider = await fixture<AcsCallProvider>(
        html`<acs-call-provider .callAgent=${sim2.agent} .sdk=${sim2.sdk}>
          <acs-join-button guide-href="#guide"></acs-join-button>
        </acs-call-provider>`,
      );
      const el = provider.querySelector<AcsJoinButton>('acs-join-button')!;
      await el.updateComplete;
      expect(hint(el)).to.equal('There is no call to join yet');
      provider.groupId = '6f0e2a4e-1c1b-4c39-9a53-0f3d0c7f3e11';
      await waitUntil(() => el.matches(':state(permission-denied)'), 'denied');
      expect(hint(el)).to.contain('Microphone access is blocked');
      expect(part(el, 'guide')!.getAttribute('href')).to.equal('#guide');
      expect(await el.join()).to.equal(undefined);
      expect(sim2.agent!.calls.length).to.equal(0);
    });

    it('says it is in the call when the provider’s call was made another way (an agent given from script)', async () => {
      const provider = await fixture<AcsCallProvider>(
        html`<acs-call-provider .callAgent=${sim.agent} .sdk=${sim.sdk}>
          <acs-join-button></acs-join-button>
        </acs-call-provider>`,
      );
      const el = provider.querySelector<AcsJoinButton>('acs-join-button')!;
      await waitUntil(() => el.matches(':state(in-call)'), 'in the call');
      expect(hint(el)).to.equal('You are in the call');
      call.simulate.end({ code: 0, subCode: 0 });
      await waitUntil(() => !el.matches(':state(in-call)'), 'ended');
    });

    it('share-diagnostics sends this user’s diagnostics to the others (remote diagnostics)', async () => {
      const remote = call.feature(sim.sdk.Features.UserFacingDiagnostics).remote;
      expect(remote.isSendingDiagnosticsEnabled).to.equal(false);
      const provider = await fixture<AcsCallProvider>(
        html`<acs-call-provider share-diagnostics .callAgent=${sim.agent} .sdk=${sim.sdk}></acs-call-provider>`,
      );
      await waitUntil(() => remote.isSendingDiagnosticsEnabled, 'sending');
      provider.remove();
    });

    it('without a provider it says joining is not available here', async () => {
      const el = await fixture<AcsJoinButton>(html`<acs-join-button></acs-join-button>`);
      expect(hint(el)).to.equal('Joining is not available here');
      expect(await el.join()).to.equal(undefined);
    });
  });
});
