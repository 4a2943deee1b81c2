import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/call-status/acs-call-status.js';
import '../../src/components/call-provider/acs-call-provider.js';
import type { AcsCallStatus } from '../../src/components/call-status/call-status.js';
import { formatDuration } from '../../src/components/call-status/call-status.js';
import { callStatusStrings } from '../../src/i18n/en/call-status.js';
import { CALL_STATES, type CallState, type IncomingCall } from '../../src/sdk/index.js';

type AcceptCallOptions = NonNullable<Parameters<IncomingCall['accept']>[0]>;
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import {
  cleanupHosts,
  connectedSimulator,
  expectListenersFollowTheCall,
  type Sim,
  type SimCall,
} from '../helpers/hosts.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';

// The text, without the isolation marks around outside names (FSI, PDI), which are not read or seen.
const text = (el: Element, part: string) =>
  el
    .shadowRoot!.querySelector(`[part~="${part}"]`)
    ?.textContent?.trim()
    .replace(/[\u2068\u2069]/g, '');
const status = (el: AcsCallStatus) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ');
const stateName = (s: string) => s.replace(/\B[A-Z]/g, '-$&').toLowerCase();
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** The intervals started and not yet cleared while it is installed (the duration ticker is one). */
function trackIntervals() {
  const running = new Set<number>();
  const { setInterval: set, clearInterval: clear } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number) => {
    const id = set(handler, ms);
    running.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => (running.delete(id!), clear(id))) as typeof clearInterval;
  return { running, restore: () => Object.assign(window, { setInterval: set, clearInterval: clear }) };
}

describe('<acs-call-status>', () => {
  let sim: Sim;
  let call: SimCall;

  beforeEach(async () => ({ sim, call } = await connectedSimulator({ latency: 1 }, { participants: 1 })));
  afterEach(cleanupHosts);

  const mount = async () => {
    const el = await fixture<AcsCallStatus>(html`<acs-call-status .call=${call} .sdk=${sim.sdk}></acs-call-status>`);
    await el.updateComplete;
    return el;
  };

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    // role="status" is a polite live region by definition; nothing may turn it off.
    const live = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.be.oneOf([null, 'polite']);
    // What changes is announced: the state's label and the notices are inside the region, the ticking duration is not.
    expect(live.contains(el.shadowRoot!.querySelector('[part="label"]'))).to.equal(true);
    expect(live.contains(el.shadowRoot!.querySelector('[part="duration"]'))).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="duration"]')!.getAttribute('role')).to.equal('timer');
  });

  it('renders every call state distinctly, in the live region and as :state()', async () => {
    const el = await mount();
    const seen = new Set<string>();
    for (const state of CALL_STATES) {
      if (state === 'Disconnected') call.simulate.end({ code: 0, subCode: 0 });
      else call.simulate.state(state);
      await el.updateComplete;
      const label = text(el, 'label')!;
      expect(label, state).to.equal(callStatusStrings[`state${state}` as 'stateConnected']);
      expect(el.matches(`:state(${stateName(state)})`), state).to.equal(true);
      seen.add(label);
    }
    expect(seen.size).to.equal(CALL_STATES.length);
  });

  it('shows an unknown future state without breaking', async () => {
    const el = await mount();
    call.simulate.state('Reconnecting' as CallState);
    await el.updateComplete;
    expect(text(el, 'label')).to.equal('Unknown state (Reconnecting)');
    expect(el.matches(':state(unknown)')).to.equal(true);
    call.simulate.state('Connected');
    await el.updateComplete;
    expect(text(el, 'label')).to.equal('Connected');
  });

  it('shows the duration only while connected or held, with a ticker that stops', async () => {
    const intervals = trackIntervals();
    try {
      const el = await mount();
      expect(text(el, 'duration')).to.contain('0:0');
      expect(intervals.running.size).to.equal(1);
      call.simulate.state('LocalHold');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="duration"]')).to.exist;
      expect(intervals.running.size).to.equal(1);
      el.remove();
      expect(intervals.running.size).to.equal(0);
      document.body.append(el);
      await el.updateComplete;
      expect(intervals.running.size).to.equal(1);
      call.simulate.end({ code: 0, subCode: 0 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="duration"]')).to.equal(null);
      expect(intervals.running.size).to.equal(0);
      el.remove();
    } finally {
      intervals.restore();
    }
  });

  it('formats durations', () => {
    expect(formatDuration(0)).to.equal('0:00');
    expect(formatDuration(65)).to.equal('1:05');
    expect(formatDuration(3725)).to.equal('1:02:05');
  });

  it('shows reconnecting while networkReconnect is Poor or Bad, and the recovery', async () => {
    const el = await mount();
    call.simulate.diagnostic('networkReconnect', 2);
    await el.updateComplete;
    expect(status(el)).to.contain('Reconnecting…');
    expect(el.matches(':state(reconnecting)')).to.equal(true);
    call.simulate.diagnostic('networkReconnect', 3);
    await el.updateComplete;
    expect(status(el)).to.contain('Reconnecting…');
    call.simulate.diagnostic('networkReconnect', 1);
    await el.updateComplete;
    expect(el.matches(':state(reconnecting)')).to.equal(false);
    expect(status(el)).to.contain('Reconnected');
  });

  it('hides "Reconnected" when its timer fires, and a new problem cancels that timer', async () => {
    // The element's own timers, captured rather than waited for (no wall-clock in tests).
    const timers = new Map<number, () => void>();
    const { setTimeout: set, clearTimeout: clear } = window;
    let next = 0;
    window.setTimeout = ((handler: () => void, ms?: number) =>
      ms === 5000 ? (timers.set(++next, handler), next) : set(handler, ms)) as typeof setTimeout;
    window.clearTimeout = ((id?: number) => (timers.delete(id!), clear(id))) as typeof clearTimeout;
    try {
      const el = await mount();
      call.simulate.diagnostic('networkReconnect', 2);
      await el.updateComplete;
      call.simulate.diagnostic('networkReconnect', 1);
      await el.updateComplete;
      expect(status(el)).to.contain('Reconnected');
      expect(timers.size).to.equal(1);
      call.simulate.diagnostic('networkReconnect', 2);
      await el.updateComplete;
      expect(timers.size, 'a new problem cancels the pending hide').to.equal(0);
      expect(status(el)).to.contain('Reconnecting…');
      call.simulate.diagnostic('networkReconnect', 1);
      await el.updateComplete;
      const [[id, hide]] = timers;
      timers.delete(id);
      hide();
      await el.updateComplete;
      expect(status(el)).to.not.contain('Reconnected');
      expect(status(el)).to.not.contain('Reconnecting…');
      expect(text(el, 'label')).to.equal('Connected');
      // Removed while "Reconnected" shows: the notice and its timer go with it.
      call.simulate.diagnostic('networkReconnect', 2);
      await el.updateComplete;
      call.simulate.diagnostic('networkReconnect', 1);
      await el.updateComplete;
      expect(status(el)).to.contain('Reconnected');
      el.remove();
      expect(timers.size).to.equal(0);
      document.body.append(el);
      await el.updateComplete;
      expect(status(el)).to.not.contain('Reconnected');
    } finally {
      Object.assign(window, { setTimeout: set, clearTimeout: clear });
    }
  });

  it('drops the network notices and :state(reconnecting) once the call has ended', async () => {
    const el = await mount();
    call.simulate.diagnostic('networkReconnect', 3);
    await el.updateComplete;
    call.simulate.end({ code: 490, subCode: 4525 });
    await el.updateComplete;
    expect(el.matches(':state(reconnecting)')).to.equal(false);
    expect(el.matches(':state(disconnected)')).to.equal(true);
    expect(status(el)).to.not.contain('Reconnecting…');
    call.simulate.diagnostic('networkReconnect', 1);
    await el.updateComplete;
    expect(status(el)).to.not.contain('Reconnected');
    expect(status(el)).to.contain('The call ended: no network connection.');
  });

  it('reports the recovery to an element mounted during the problem', async () => {
    call.simulate.diagnostic('networkReconnect', 2);
    const el = await mount();
    expect(status(el)).to.contain('Reconnecting…');
    call.simulate.diagnostic('networkReconnect', 1);
    await el.updateComplete;
    expect(status(el)).to.contain('Reconnected');
  });

  it('shows the same duration in an element mounted later (the start is kept per call)', async () => {
    const realNow = Date.now;
    const start = realNow();
    try {
      Date.now = () => start;
      const first = await mount();
      Date.now = () => start + 65_000;
      const second = await mount();
      expect(text(second, 'duration')).to.equal('1:05');
      first.requestUpdate();
      await first.updateComplete;
      expect(text(first, 'duration')).to.equal('1:05');
    } finally {
      Date.now = realNow;
    }
  });

  it('does not claim a recovery without a preceding problem', async () => {
    const el = await mount();
    call.simulate.diagnostic('networkReconnect', 1);
    await el.updateComplete;
    expect(status(el)).to.not.contain('Reconnected');
  });

  const endCases: [number, number, string][] = [
    [0, 0, 'The call ended.'],
    [0, 5300, 'You were removed from the call by another participant.'],
    [0, 7015, 'The call was transferred.'],
    [487, 10004, 'No answer.'],
    [603, 0, 'The call was declined.'],
    [486, 560486, 'The person you called is busy.'],
    [490, 4525, 'The call ended: no network connection.'],
    [403, 5828, 'You are not invited to this room.'],
    [410, 3112, 'The call failed (code 410/3112).'],
    [299, 42, 'The call ended (code 299/42).'],
  ];
  for (const [code, subCode, message] of endCases) {
    it(`explains an end with ${code}/${subCode}`, async () => {
      const el = await mount();
      call.simulate.end({ code, subCode });
      await el.updateComplete;
      expect(text(el, 'reason')).to.equal(message);
      expect(status(el)).to.contain('Call ended');
    });
  }

  async function ringingCall(displayName = 'Eve') {
    return sim.agent!.simulate.incomingCall({ displayName });
  }

  it('shows an incoming call (name as text only) and accepts it', async () => {
    const ringing = await ringingCall('<img src=x onerror=alert(1)>Eve');
    const el = await mount();
    el.incomingCall = ringing;
    await el.updateComplete;
    expect(text(el, 'caller')).to.equal('Incoming call from <img src=x onerror=alert(1)>Eve');
    // Announced as it arrives: an alert is read when it is inserted (a status region is read only on changes).
    expect(el.shadowRoot!.querySelector('[part="caller"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.matches(':state(incoming)')).to.equal(true);
    await expect(el).to.be.accessible();
    const options: unknown[] = [];
    const accept = ringing.accept.bind(ringing);
    (ringing as { accept: unknown }).accept = (o?: AcceptCallOptions) => {
      options.push(o);
      return accept(o);
    };
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="incoming"]'), 'incoming gone');
    expect(options).to.deep.equal([undefined]);
    expect(el.matches(':state(incoming)')).to.equal(false);
  });

  it('accepts with video using the first camera of the device manager', async () => {
    // sim.sdk.LocalVideoStream is the simulator's look-alike here: the real class (with `sdk: realModule`) refuses the
    // simulator's virtual cameras ("source was not of type VideoDeviceInfo or MediaStream").
    const ringing = await ringingCall();
    const dm = await sim.callClient.getDeviceManager();
    const el = await mount();
    el.deviceManager = dm;
    el.incomingCall = ringing;
    await el.updateComplete;
    const options: AcceptCallOptions[] = [];
    const accept = ringing.accept.bind(ringing);
    (ringing as { accept: unknown }).accept = (o: AcceptCallOptions) => {
      options.push(o);
      return accept(o);
    };
    let failure = '';
    el.addEventListener('acs-error', (e) => (failure = (e as AcsErrorEvent).detail.message));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-video"]')!.click();
    await waitUntil(() => options.length === 1 || el.shadowRoot!.querySelector('[part="error"]'), 'accepted or failed');
    expect(failure).to.equal('');
    const cameras = await dm.getCameras();
    expect(options[0].videoOptions!.localVideoStreams![0].source.id).to.equal(cameras[0].id);
  });

  it('shows an error and fires acs-error when video is impossible (no device manager)', async () => {
    const ringing = await ringingCall();
    const el = await mount();
    el.incomingCall = ringing;
    await el.updateComplete;
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-video"]')!.click();
    expect((await event).detail.operation).to.equal('acceptVideo');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'Could not start video. Check the camera, or accept without video.',
    );
    expect(el.shadowRoot!.querySelector('[part="incoming"]')).to.exist;
  });

  it('declines an incoming call, and a failed decline is shown', async () => {
    const ringing = await ringingCall();
    const el = await mount();
    el.incomingCalls = [ringing];
    await el.updateComplete;
    ringing.simulate.failNext('reject');
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject"]')!.click();
    expect((await event).detail.operation).to.equal('reject');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Could not decline the call.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="incoming"]'), 'declined');
    expect(ringing.simulate.ringing).to.equal(false);
  });

  it('does not report "incoming call ended" for a call declined here, and retires the notice on the next change', async () => {
    const declined = await ringingCall();
    const el = await mount();
    el.incomingCalls = [declined];
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="incoming"]'), 'declined');
    expect(status(el)).to.not.contain('The incoming call ended.');
    const missed = await ringingCall();
    el.incomingCalls = [missed];
    await el.updateComplete;
    missed.simulate.end({ code: 487, subCode: 0 });
    await el.updateComplete;
    expect(status(el)).to.contain('The incoming call ended.');
    call.simulate.state('LocalHold');
    await el.updateComplete;
    expect(status(el)).to.not.contain('The incoming call ended.');
  });

  it('drops an accept error when the incoming call it concerns is gone', async () => {
    const ringing = await ringingCall();
    const el = await mount();
    el.incomingCall = ringing;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-video"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'error shown');
    ringing.simulate.end({ code: 487, subCode: 0 });
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[part="error"]'), 'error still shown').to.equal(false);
  });

  it('handles an incoming call that ends while ringing, and releases its listener', async () => {
    const ringing = await ringingCall();
    const el = await mount();
    const before = ringing.listenerCount();
    el.incomingCall = ringing;
    await el.updateComplete;
    expect(ringing.listenerCount()).to.equal(before + 1);
    ringing.simulate.end({ code: 487, subCode: 0 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="incoming"]')).to.equal(null);
    expect(status(el)).to.contain('The incoming call ended.');
    expect(ringing.listenerCount()).to.equal(before);
  });

  it('shows incoming calls from the provider, while another call is active', async () => {
    const agent = sim.agent!;
    const provider = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${agent} .sdk=${sim.sdk}
        ><acs-call-status></acs-call-status
      ></acs-call-provider>`,
    );
    const el = provider.querySelector('acs-call-status')!;
    const ringing = agent.simulate.incomingCall({ displayName: 'Dan' });
    await waitUntil(() => text(el, 'caller') === 'Incoming call from Dan', 'incoming shown');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await waitUntil(() => provider.call?.state === 'Connected', 'provider follows the accepted call');
    await waitUntil(() => text(el, 'label') === 'Connected' && !text(el, 'caller'), 'status follows');
    expect(ringing.simulate.ringing).to.equal(false);
    // A second incoming call while the first is active.
    agent.simulate.incomingCall({ displayName: 'Fay' });
    await waitUntil(() => text(el, 'caller') === 'Incoming call from Fay', 'second incoming shown');
    expect(text(el, 'label')).to.equal('Connected');
  });

  it('plays the ringtone only while ringing or incoming', async () => {
    const played: number[] = [];
    const paused: number[] = [];
    const origPlay = HTMLMediaElement.prototype.play;
    const origPause = HTMLMediaElement.prototype.pause;
    HTMLMediaElement.prototype.play = function () {
      played.push(1);
      return Promise.resolve();
    };
    HTMLMediaElement.prototype.pause = function () {
      paused.push(1);
    };
    try {
      const el = await mount();
      el.ringtone = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';
      await el.updateComplete;
      expect(played.length).to.equal(0);
      expect(el.shadowRoot!.querySelector('audio')!.loop).to.equal(true);
      call.simulate.state('Ringing');
      await el.updateComplete;
      expect(played.length).to.equal(1);
      call.simulate.state('Ringing');
      await el.updateComplete;
      expect(played.length).to.equal(1);
      call.simulate.state('Connected');
      await el.updateComplete;
      expect(paused.length).to.equal(1);
      const ringing = await ringingCall();
      el.incomingCall = ringing;
      await el.updateComplete;
      expect(played.length).to.equal(2);
      // A new ringtone while ringing reloads the audio (which pauses it): it plays again.
      el.ringtone = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAESsAABErAAABAAgAZGF0YQAAAAA=';
      await el.updateComplete;
      expect(played.length).to.equal(3);
      ringing.simulate.end({ code: 487, subCode: 0 });
      await el.updateComplete;
      expect(paused.length).to.equal(2);
    } finally {
      HTMLMediaElement.prototype.play = origPlay;
      HTMLMediaElement.prototype.pause = origPause;
    }
  });

  it('releases every SDK listener on removal, takes them back on re-append, and on a call swap', async () => {
    const el = await mount();
    call.simulate.diagnostic('networkReconnect', 1);
    const other = await expectListenersFollowTheCall(el, sim, call);
    other.simulate.state('LocalHold');
    await el.updateComplete;
    expect(text(el, 'label')).to.equal('On hold');
    el.remove();
    expect(sim.listenerCount()).to.equal(0);
  });

  it('tolerates no call at all', async () => {
    const el = await fixture<AcsCallStatus>(html`<acs-call-status></acs-call-status>`);
    expect(text(el, 'label')).to.equal('Not in a call');
    await tick();
  });
});
