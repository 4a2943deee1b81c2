// Every call-driven element against values that are not SDK objects: a Promise (a forgotten `await`), `{}`, a
// string, a duck object without on()/off(). Each gets one clear developer error (a console error that names the
// element and the property, and acs-error with code 'invalid-property'), the element says it is not in a call,
// nothing throws, and the next good value works.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import type { AcsCallElement } from '../../src/components/shared/acs-element.js';
import type { AcsMuteButton } from '../../src/components/mute-button/mute-button.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import { connectedSimulator, type Sim, type SimCall } from '../helpers/simulator.js';
import { cleanupHosts, mountHost } from '../helpers/hosts.js';

type CallHost = AcsCallElement & HTMLElement;

const BAD_VALUES: [string, () => unknown][] = [
  ['a Promise', () => Promise.resolve({})],
  ['{}', () => ({})],
  ['a string', () => 'call-1'],
  ['a duck object', () => ({ state: 'Connected', isMuted: true })],
];

/** What each element shows when it is not in a call, and how it shows it follows a call. */
const ELEMENTS: Record<string, { notInACall(el: CallHost): boolean; follows(el: CallHost, call: SimCall): boolean }> = {
  'acs-mute-button': {
    notInACall: (el) => el.matches(':state(disabled)') && el.shadowRoot!.textContent!.includes('Available once'),
    follows: (el, call) => (el as AcsMuteButton).muted === call.isMuted && !el.matches(':state(disabled)'),
  },
  'acs-call-status': {
    notInACall: (el) => el.matches(':state(none)') && el.shadowRoot!.textContent!.includes('Not in a call'),
    follows: (el) => el.matches(':state(connected)'),
  },
  'acs-video-grid': {
    notInACall: (el) => el.shadowRoot!.querySelectorAll('acs-video-tile').length === 0,
    follows: (el, call) =>
      el.shadowRoot!.querySelectorAll('acs-video-tile').length === call.remoteParticipants.length + 1,
  },
  'acs-device-picker': {
    notInACall: (el) => !el.matches(':state(error)'),
    follows: (_, call) => call.listenerCount() > 0,
  },
  'acs-permission-guide': {
    notInACall: (el) => el.shadowRoot!.textContent!.includes('Reload') === false,
    follows: (_, call) => call.listenerCount() > 0,
  },
};

describe('call elements given values that are not SDK objects', () => {
  let sim: Sim;
  let call: SimCall;
  let errors: unknown[][];
  let consoleError: typeof console.error;
  beforeEach(async () => {
    ({ sim, call } = await connectedSimulator({}, { participants: 2 }));
    await call.mute();
    errors = [];
    consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
    cleanupHosts();
  });

  for (const [tag, expectations] of Object.entries(ELEMENTS)) {
    for (const [what, value] of BAD_VALUES) {
      it(`<${tag}>.call = ${what}: one clear error, "not in a call", and the next good call works`, async () => {
        const el = mountHost(tag) as CallHost;
        el.sdk = sim.sdk;
        await el.updateComplete;
        const events: AcsErrorEvent[] = [];
        el.addEventListener('acs-error', (e) => events.push(e));
        const bad = value();
        el.call = bad as never;
        await el.updateComplete;
        expect(events.map((e) => e.detail)).to.have.length(1);
        expect(events[0]!.detail).to.include({ operation: 'setProperty', code: 'invalid-property', property: 'call' });
        expect(events[0]!.detail.message).to.contain(`<${tag}>.call must be a Call`);
        expect(errors.map((args) => String(args[0]))).to.deep.equal([events[0]!.detail.message]);
        if (what === 'a Promise') expect(events[0]!.detail.message).to.contain('did you forget to await it?');
        expect(expectations.notInACall(el), 'says it is not in a call').to.equal(true);
        // The same value again (a framework re-rendering) is not reported again.
        el.requestUpdate();
        await el.updateComplete;
        expect(events).to.have.length(1);
        el.call = call;
        await el.updateComplete;
        expect(expectations.follows(el, call), 'follows the next good call').to.equal(true);
        expect(call.listenerCount(), 'listens to the good call').to.be.greaterThan(0);
        el.remove();
        expect(sim.listenerCount(), 'releases everything').to.equal(0);
      });
    }
  }

  it('a mute button given a bad call does nothing when clicked, then toggles the good call', async () => {
    const el = await fixture<AcsMuteButton>(html`<acs-mute-button .sdk=${sim.sdk}></acs-mute-button>`);
    el.call = { state: 'Connected', isMuted: true } as never;
    await el.updateComplete;
    expect(await el.toggle()).to.equal(false);
    el.call = call;
    await el.updateComplete;
    expect(await el.toggle()).to.equal(true);
    expect(call.isMuted).to.equal(false);
  });

  it('<acs-call-provider>.callAgent = a Promise: one clear error, no session, and the next good agent is provided', async () => {
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider></acs-call-provider>`);
    const events: AcsErrorEvent[] = [];
    el.addEventListener('acs-error', (e) => events.push(e));
    el.callAgent = Promise.resolve(sim.agent) as never;
    await el.updateComplete;
    expect(events.map((e) => e.detail.property)).to.deep.equal(['callAgent']);
    expect(el.call === undefined, 'no call from a bad agent').to.equal(true);
    el.callAgent = sim.agent;
    await el.updateComplete;
    expect(el.call === call, 'the good agent’s call is provided').to.equal(true);
  });

  it('<acs-call-status>.incomingCalls with a non-call in it: reported, and the others still shown', async () => {
    const incoming = sim.agent!.simulate.incomingCall({ displayName: 'Eve' });
    const el = await fixture<HTMLElement>(html`<acs-call-status></acs-call-status>`);
    const events: AcsErrorEvent[] = [];
    el.addEventListener('acs-error', (e) => events.push(e));
    (el as unknown as { incomingCalls: unknown[] }).incomingCalls = ['not a call', incoming];
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(events.map((e) => e.detail.property)).to.deep.equal(['incomingCalls']);
    expect(el.shadowRoot!.textContent).to.contain('Eve');
  });

  for (const [what, value] of [
    ['one IncomingCall instead of an array', (incoming: unknown) => incoming],
    ['a Promise', () => Promise.resolve([])],
    ['a string', () => 'calls'],
  ] as const) {
    it(`<acs-call-status>.incomingCalls = ${what}: reported, ignored, and the element keeps working`, async () => {
      const incoming = sim.agent!.simulate.incomingCall({ displayName: 'Eve' });
      const el = await fixture<HTMLElement & { incomingCalls: unknown; updateComplete: Promise<boolean> }>(
        html`<acs-call-status .call=${call}></acs-call-status>`,
      );
      const events: AcsErrorEvent[] = [];
      el.addEventListener('acs-error', (e) => events.push(e));
      el.incomingCalls = value(incoming);
      await el.updateComplete;
      expect(events.map((e) => e.detail.property)).to.deep.equal(['incomingCalls']);
      // Still following the call.
      call.simulate.state('LocalHold');
      await el.updateComplete;
      expect(el.matches(':state(local-hold)')).to.equal(true);
      el.incomingCalls = [incoming];
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Eve');
    });
  }

  it('<acs-call-status>.incomingCalls: an undefined entry is reported, and a fresh array with the same wrong value is not reported again', async () => {
    const el = await fixture<HTMLElement & { incomingCalls: unknown; updateComplete: Promise<boolean> }>(
      html`<acs-call-status></acs-call-status>`,
    );
    const events: AcsErrorEvent[] = [];
    el.addEventListener('acs-error', (e) => events.push(e));
    el.incomingCalls = [undefined, {}];
    await el.updateComplete;
    expect(events).to.have.length(1);
    const wrong = {};
    for (let i = 0; i < 3; i++) {
      el.incomingCalls = [wrong];
      await el.updateComplete;
    }
    expect(events, 'the new wrong value once, not once per render').to.have.length(2);
  });
});
