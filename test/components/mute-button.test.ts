import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/mute-button/acs-mute-button.js';
import type { AcsMuteButton } from '../../src/components/mute-button/mute-button.js';
import { MUTE_STATES } from '../../src/components/mute-button/mute-button.js';
import { MuteShortcutController } from '../../src/controllers/shortcut-controller.js';
import { CALL_STATES, type Call } from '../../src/sdk/index.js';
import { createVirtualClock, type SimulatedPermissionStatus } from '../../src/simulator/index.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import {
  cleanupHosts,
  connectedSimulator,
  expectListenersFollowTheCall,
  type Sim,
  type SimCall,
} from '../helpers/hosts.js';

const button = (el: AcsMuteButton) => el.shadowRoot!.querySelector('button')!;
const hint = (el: AcsMuteButton) => el.shadowRoot!.querySelector('[part="hint"]')!.textContent!.trim();
// Whether the button shows "muted": its label offers to unmute (the label says what a click does; no aria-pressed).
const pressed = (el: AcsMuteButton) => {
  const label = button(el).textContent!.trim();
  expect(button(el).hasAttribute('aria-pressed'), 'no aria-pressed with an action label').to.equal(false);
  expect(el.matches(':state(muted)'), 'the muted state agrees with the label').to.equal(label === 'Unmute');
  return String(label === 'Unmute');
};

/** Records every mute/unmute the SDK receives, and how many were in flight at once. */
function spy(call: Call) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  for (const method of ['mute', 'unmute'] as const) {
    const original = call[method].bind(call);
    (call as unknown as Record<string, unknown>)[method] = async () => {
      log.push(method);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await original();
      } finally {
        inFlight--;
      }
    };
  }
  return {
    log,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

async function shortcutKeys() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'KeyM' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

describe('<acs-mute-button>', () => {
  let sim: Sim;
  let call: SimCall;

  beforeEach(async () => ({ sim, call } = await connectedSimulator({ latency: 2 }, { participants: 1 })));
  afterEach(cleanupHosts);

  async function mount(extra = html``) {
    const el = await fixture<AcsMuteButton>(
      html`<acs-mute-button .call=${call} .sdk=${sim.sdk}>${extra}</acs-mute-button>`,
    );
    await el.updateComplete;
    return el;
  }

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(button(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(button(el).textContent!.trim()).to.equal('Mute');
    // The empty hint is a live region that must stay in the accessibility tree (not display:none), or its first
    // text would not be announced.
    const region = el.shadowRoot!.querySelector('[part="hint"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(getComputedStyle(region).display).to.not.equal('none');
  });

  it('shows the SDK state, including a mute done by someone else', async () => {
    const el = await mount();
    expect(pressed(el)).to.equal('false');
    call.simulate.mutedByOthers();
    await el.updateComplete;
    expect(pressed(el)).to.equal('true');
    expect(el.matches(':state(muted)')).to.equal(true);
    expect(el.matches(':state(muted-by-others)')).to.equal(true);
    expect(hint(el)).to.equal('Someone muted you');
    // The label says what a click does: unmute.
    expect(button(el).textContent!.trim()).to.equal('Unmute');
    button(el).click();
    await waitUntil(() => !call.isMuted, 'unmuted');
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    expect(hint(el)).to.equal('');
    expect(el.matches(':state(muted-by-others)')).to.equal(false);
  });

  it('forgets "muted by others" once the call has ended', async () => {
    const el = await mount();
    call.simulate.mutedByOthers();
    await el.updateComplete;
    expect(el.matches(':state(muted-by-others)')).to.equal(true);
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    expect(call.isMuted).to.equal(true);
    expect(el.matches(':state(muted-by-others)')).to.equal(false);
    expect(hint(el)).to.not.contain('Someone muted you');
  });

  it('awaits the SDK and ignores clicks while a toggle is in flight', async () => {
    ({ sim, call } = await connectedSimulator({ latency: 30 }));
    const calls = spy(call);
    const el = await mount();
    button(el).click();
    await el.updateComplete;
    expect(el.matches(':state(pending)')).to.equal(true);
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(pressed(el)).to.equal('false'); // the SDK has not answered yet
    button(el).click();
    button(el).click();
    await waitUntil(() => call.isMuted, 'muted');
    await el.updateComplete;
    expect(calls.log).to.deep.equal(['mute']);
    expect(pressed(el)).to.equal('true');
    expect(el.matches(':state(pending)')).to.equal(false);
  });

  it('50 fast clicks give alternating, never-overlapping SDK calls and a final state that matches the SDK', async () => {
    const clock = createVirtualClock();
    ({ sim, call } = await connectedSimulator({ latency: 3, clock }));
    const calls = spy(call);
    const el = await mount();
    // Bursts of three clicks while a toggle is in flight, then the SDK's 3 ms (virtual) to settle it.
    for (let i = 0; i < 50; i++) {
      button(el).click();
      if (i % 3 === 2) await clock.advance(3);
    }
    await clock.advance(3);
    await el.updateComplete;
    expect(el.matches(':state(pending)'), 'settled').to.equal(false);
    expect(calls.maxInFlight).to.equal(1);
    expect(calls.log.length).to.be.greaterThan(5);
    for (let i = 1; i < calls.log.length; i++) expect(calls.log[i]).to.not.equal(calls.log[i - 1]);
    expect(pressed(el)).to.equal(String(call.isMuted));
  });

  it('is disabled, with a reason, in every state where muting makes no sense', async () => {
    const el = await mount();
    const calls = spy(call);
    for (const state of CALL_STATES) {
      if (state === 'Disconnected') continue;
      call.simulate.state(state);
      await el.updateComplete;
      const usable = MUTE_STATES.has(state);
      expect(button(el).getAttribute('aria-disabled'), state).to.equal(usable ? 'false' : 'true');
      expect(el.matches(':state(disabled)'), state).to.equal(!usable);
      if (!usable) {
        expect(hint(el), state).to.equal('Available once the call is connected');
        button(el).click();
      }
    }
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    button(el).click();
    await el.updateComplete;
    // A toggle calls the SDK in the click's own task: none was made.
    expect(calls.log).to.deep.equal([]);
  });

  it('shows "not allowed" when the call forbids unmuting, and makes no SDK call', async () => {
    call.simulate.mutedByOthers();
    call.simulate.capabilities({ unmuteMic: false });
    const el = await mount();
    const calls = spy(call);
    expect(el.matches(':state(not-allowed)')).to.equal(true);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(hint(el)).to.equal('You are not allowed to unmute in this call');
    button(el).click();
    await el.updateComplete;
    // A toggle calls the SDK in the click's own task: none was made.
    expect(calls.log).to.deep.equal([]);
    call.simulate.capabilities({ unmuteMic: true });
    await el.updateComplete;
    expect(el.matches(':state(not-allowed)')).to.equal(false);
  });

  it('refuses to unmute without microphone permission, pointing to the guide', async () => {
    await call.mute();
    const el = await mount();
    el.guideHref = '#guide';
    const calls = spy(call);
    call.simulate.diagnostic('microphonePermissionDenied', true);
    await el.updateComplete;
    expect(el.matches(':state(permission-denied)')).to.equal(true);
    button(el).click();
    await el.updateComplete;
    expect(calls.log).to.deep.equal([]);
    expect(hint(el)).to.contain('Microphone access is blocked');
    expect(el.shadowRoot!.querySelector('a[part="guide"]')!.getAttribute('href')).to.equal('#guide');
    call.simulate.diagnostic('microphonePermissionDenied', false);
    await el.updateComplete;
    button(el).click();
    await waitUntil(() => !call.isMuted);
    expect(calls.log).to.deep.equal(['unmute']);
  });

  it('keeps the "blocked" hint of a refused unmute when the button moves in the page', async () => {
    await call.mute();
    sim.deviceManager.simulate.sitePermission('microphone', 'denied');
    const el = await mount();
    await waitUntil(() => el.matches(':state(permission-denied)'), 'denied seen');
    button(el).click();
    await el.updateComplete;
    expect(hint(el)).to.contain('Microphone access is blocked');
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await waitUntil(() => el.matches(':state(permission-denied)'), 'denied seen again');
    await el.updateComplete;
    expect(hint(el)).to.contain('Microphone access is blocked');
    other.remove();
  });

  it('follows the microphone permission of the (simulated) browser, and releases its listener', async () => {
    const dm = sim.deviceManager;
    const microphone = (await dm.environment.permissions!.query({
      name: 'microphone' as PermissionName,
    })) as SimulatedPermissionStatus;
    await call.mute();
    dm.simulate.sitePermission('microphone', 'denied');
    const el = await mount();
    await waitUntil(() => el.matches(':state(permission-denied)'), 'denied seen');
    const calls = spy(call);
    button(el).click();
    await el.updateComplete;
    expect(calls.log).to.deep.equal([]);
    expect(hint(el)).to.contain('Microphone access is blocked');
    // Allowed again in the browser's settings: shown at once.
    dm.simulate.sitePermission('microphone', 'granted');
    await el.updateComplete;
    expect(el.matches(':state(permission-denied)')).to.equal(false);
    expect(hint(el)).to.equal('');
    button(el).click();
    await waitUntil(() => !call.isMuted, 'unmuted after the permission was granted');
    expect(microphone.listenerCount, 'one listener, on the microphone only').to.equal(1);
    el.remove();
    expect(microphone.listenerCount).to.equal(0);
  });

  it('follows the real browser microphone permission (navigator.permissions) without a simulator', async () => {
    const status = Object.assign(new EventTarget(), { state: 'denied' as PermissionState });
    const original = navigator.permissions.query;
    navigator.permissions.query = async () => status as unknown as PermissionStatus;
    try {
      await call.mute();
      const el = await fixture<AcsMuteButton>(html`<acs-mute-button .call=${call}></acs-mute-button>`);
      await waitUntil(() => el.matches(':state(permission-denied)'), 'denied seen');
      status.state = 'granted';
      status.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.matches(':state(permission-denied)')).to.equal(false);
    } finally {
      navigator.permissions.query = original;
    }
  });

  it('shows "muted by the system" with the recovery hint, until the diagnostic is Good', async () => {
    const el = await mount();
    call.simulate.diagnostic('microphoneMuteUnexpectedly', 3);
    await el.updateComplete;
    expect(el.matches(':state(muted-by-system)')).to.equal(true);
    expect(hint(el)).to.contain('Muted by the system');
    expect(hint(el)).to.match(/Tap to unmute|Check your microphone/);
    call.simulate.diagnostic('microphoneMuteUnexpectedly', 1);
    await el.updateComplete;
    expect(el.matches(':state(muted-by-system)')).to.equal(false);
    call.simulate.diagnostic('microphoneNotFunctioning', 3);
    await el.updateComplete;
    expect(hint(el)).to.equal('Your microphone is not working');
  });

  it('follows an OS interruption (iOS PSTN call): muted by the SDK, shown as muted', async () => {
    const el = await mount();
    call.simulate.interruption('pstn');
    await el.updateComplete;
    expect(pressed(el)).to.equal(String(call.isMuted));
    expect(el.matches(':state(muted-by-system)')).to.equal(true);
    call.simulate.interruptionEnded('pstn');
    await el.updateComplete;
    expect(el.matches(':state(muted-by-system)')).to.equal(false);
  });

  it('shows when the user speaks while muted', async () => {
    await call.mute();
    const el = await mount();
    call.simulate.diagnostic('speakingWhileMicrophoneIsMuted', true);
    await el.updateComplete;
    expect(hint(el)).to.equal('You are speaking while muted');
    expect(el.matches(':state(speaking-while-muted)')).to.equal(true);
  });

  it('a failing mute keeps the SDK state, shows the error and fires acs-error', async () => {
    const el = await mount();
    call.simulate.failNext('mute');
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    button(el).click();
    const { detail } = await event;
    expect(detail.operation).to.equal('mute');
    await el.updateComplete;
    expect(pressed(el)).to.equal('false');
    expect(call.isMuted).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Could not mute the microphone.');
    expect(el.matches(':state(error)')).to.equal(true);
  });

  it("drops a failed toggle's error once its call has ended, or for another call", async () => {
    const el = await mount();
    const failOnce = async (target: SimCall) => {
      target.simulate.failNext('mute');
      button(el).click();
      await waitUntil(() => el.matches(':state(error)'), 'error shown');
    };
    await failOnce(call);
    call.simulate.end({ code: 0, subCode: 0 });
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[role="alert"]'), 'error after the end').to.equal(false);
    expect(el.matches(':state(error)')).to.equal(false);
    const next = await sim.connectedCall();
    el.call = next;
    await el.updateComplete;
    await failOnce(next);
    const other = await sim.connectedCall();
    el.call = other;
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[role="alert"]'), 'error on another call').to.equal(false);
    el.call = next;
    await el.updateComplete;
    expect(el.matches(':state(error)'), 'back on the call that failed').to.equal(true);
  });

  it('is keyboard operable', async () => {
    const el = await mount();
    el.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => call.isMuted, 'Enter mutes');
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !call.isMuted, 'Space unmutes');
  });

  it('has an opt-in Ctrl/Cmd+Shift+M shortcut (MuteShortcutController), announced in a live region', async () => {
    const el = await mount();
    // The shortcut calls the SDK in the key's own task: the spy sees at once whether it did.
    const calls = spy(call);
    await shortcutKeys();
    expect(calls.log, 'no shortcut before it is attached').to.deep.equal([]);
    expect(button(el).hasAttribute('aria-keyshortcuts')).to.equal(false);
    el.shortcut = new MuteShortcutController(el);
    await el.updateComplete;
    expect(button(el).getAttribute('aria-keyshortcuts')).to.contain('Control+Shift+M');
    document.body.focus();
    await shortcutKeys();
    await waitUntil(() => call.isMuted, 'shortcut mutes');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Microphone off'), 'announced');
    const live = () => el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!;
    expect(live().textContent!.trim()).to.equal('Microphone off');
    // Unmuted with a click, then muted again with the shortcut: said again (the region's content is new).
    const said = live().firstElementChild;
    button(el).click();
    await waitUntil(() => !call.isMuted, 'clicked unmute');
    await el.updateComplete;
    await shortcutKeys();
    await waitUntil(() => call.isMuted, 'shortcut mutes again');
    await el.updateComplete;
    expect(live().textContent!.trim()).to.equal('Microphone off');
    expect(live().firstElementChild, 'a new announcement, not the same text left in place').to.not.equal(said);
    await shortcutKeys();
    await waitUntil(() => !call.isMuted, 'shortcut unmutes');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Microphone on'), 'announced');
    const parent = el.parentElement!;
    el.remove();
    const made = calls.log.length;
    await shortcutKeys();
    expect(calls.log.length, 'no shortcut while removed').to.equal(made);
    parent.append(el);
    await el.updateComplete;
    await shortcutKeys();
    await waitUntil(() => call.isMuted, 'shortcut back after re-append');
    el.shortcut = undefined;
    await el.updateComplete;
    expect(button(el).hasAttribute('aria-keyshortcuts')).to.equal(false);
    const before = calls.log.length;
    await shortcutKeys();
    expect(calls.log.length, 'no shortcut once detached').to.equal(before);
    expect(call.isMuted).to.equal(true);
  });

  it('hides the visible label with label-hidden, keeping the accessible name', async () => {
    const el = await mount();
    el.labelHidden = true;
    await el.updateComplete;
    expect(el.hasAttribute('label-hidden')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.classList.contains('visually-hidden')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('releases every SDK listener on removal, takes them back on re-append, and on a call swap', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    el.remove();
    expect(el.domListenerCount, 'no permission listener after removal').to.equal(0);
    parent.append(el);
    await el.updateComplete;
    const other = await expectListenersFollowTheCall(el, sim, call);
    other.simulate.mutedByOthers();
    await el.updateComplete;
    expect(pressed(el)).to.equal('true');
  });

  it('localizes through registerStrings and follows dir', async () => {
    const { registerStrings } = await import('../../src/i18n/localize.js');
    registerStrings('he', 'mute-button', { labelMute: 'השתק' });
    const el = await mount();
    el.setAttribute('lang', 'he');
    await waitUntil(() => button(el).textContent!.trim() === 'השתק');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });
});
