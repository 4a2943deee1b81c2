// <acs-call-provider> with the simulator: context to children, explicit properties winning, join / hangUp,
// incoming calls, simulated mode, and release of everything on removal.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import '../../src/components/call-provider/acs-call-provider.js';
import '../../src/components/call-status/acs-call-status.js';
import '../../src/components/mute-button/acs-mute-button.js';
import type { AcsCallProvider } from '../../src/components/call-provider/call-provider.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';
import { deviceManagerContext, sdkContext, incomingCallsContext, callAgentContext } from '../../src/context/index.js';
import type { AcsSdk, CallAgent, DeviceManager, IncomingCall } from '../../src/sdk/index.js';
import { testSimulator, type Sim } from '../helpers/simulator.js';
import { callProviderStrings } from '../../src/i18n/en/call-provider.js';

/** A bare consumer of the contexts the call elements do not read themselves. */
class ContextProbe extends LitElement {
  @consume({ context: deviceManagerContext, subscribe: true }) deviceManager?: DeviceManager;
  @consume({ context: sdkContext, subscribe: true }) sdk?: AcsSdk;
  @consume({ context: incomingCallsContext, subscribe: true }) incoming?: readonly IncomingCall[];
  @consume({ context: callAgentContext, subscribe: true }) agent?: CallAgent;
}
customElements.define('test-context-probe', ContextProbe);

const label = (el: Element) => el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();

describe('<acs-call-provider> with the simulator', () => {
  let sim: Sim;
  beforeEach(() => {
    sim = testSimulator({ latency: 1 });
  });

  it('is accessible', async () => {
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider simulated><acs-mute-button></acs-mute-button></acs-call-provider>`,
    );
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('simulated + autojoin: a connected call reaches every child, with the requested participants', async () => {
    const el = await fixture<AcsCallProvider>(html`
      <acs-call-provider simulated autojoin simulated-participants="3">
        <acs-call-status></acs-call-status>
        <acs-mute-button></acs-mute-button>
        <test-context-probe></test-context-probe>
      </acs-call-provider>
    `);
    await waitUntil(() => el.call?.state === 'Connected', 'joined', { timeout: 5000 });
    expect(el.call!.remoteParticipants).to.have.length(3);
    const status = el.querySelector('acs-call-status')!;
    await waitUntil(() => label(status) === 'Connected', 'status shows the call');
    const mute = el.querySelector('acs-mute-button')!;
    await mute.updateComplete;
    mute.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => el.call!.isMuted, 'muted through the provided call');
    const probe = el.querySelector<ContextProbe>('test-context-probe')!;
    await waitUntil(() => !!probe.deviceManager, 'device manager provided');
    expect(probe.sdk).to.exist;
    expect(probe.agent!.calls).to.include(el.call);
    expect(el.matches(':state(ready)')).to.equal(true);
    await el.hangUp();
    await waitUntil(() => label(status) === 'Call ended', 'hung up');
    el.remove();
  });

  it('joins only on join() without autojoin', async () => {
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider simulated></acs-call-provider>`);
    await waitUntil(() => el.matches(':state(ready)'), 'agent ready');
    expect(el.call).to.equal(undefined);
    const call = await el.join();
    expect(call?.state).to.equal('Connected');
    await el.updateComplete;
    expect(el.call).to.equal(call);
    el.remove();
  });

  it('provides an agent given from script, its active call and its incoming calls; an explicit .call wins', async () => {
    const call = await sim.connectedCall();
    const agent = sim.agent!;
    const other = await sim.connectedCall();
    other.simulate.state('LocalHold');
    const el = await fixture<AcsCallProvider>(html`
      <acs-call-provider .callAgent=${agent} .sdk=${sim.sdk}>
        <acs-call-status id="ctx"></acs-call-status>
        <acs-call-status id="own" .call=${other}></acs-call-status>
      </acs-call-provider>
    `);
    await el.updateComplete;
    expect(el.call).to.equal(call);
    const ctx = el.querySelector('#ctx')!;
    const own = el.querySelector('#own')!;
    await waitUntil(() => label(ctx) === 'Connected' && label(own) === 'On hold', 'context vs explicit call');
    const ringing = agent.simulate.incomingCall({ displayName: 'Eve' });
    await el.updateComplete;
    expect(el.incomingCalls).to.deep.equal([ringing]);
    ringing.simulate.end({ code: 487, subCode: 0 });
    await el.updateComplete;
    expect(el.incomingCalls).to.deep.equal([]);
    // The active call follows the SDK: when the connected call ends, the held one is next.
    call.simulate.end({ code: 0, subCode: 0 });
    await waitUntil(() => el.call === other, 'active call follows');
    el.remove();
    expect(sim.listenerCount()).to.equal(0);
  });

  it('shows "nothing to join" (once, no details) and fires acs-error when no locator is set', async () => {
    const agent = await sim.callClient.createCallAgent(sim.credential);
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider .callAgent=${agent}></acs-call-provider>`);
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    void el.join();
    expect((await event).detail.operation).to.equal('join');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert.split('There is no call to join').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    el.remove();
  });

  describe('checks its settings up front, telling the user in their words and the developer in the console', () => {
    const cases = [
      ['a group-id that is not a UUID', { 'group-id': 'my-meeting' }, 'group-id', 'This call link is not valid.'],
      [
        'group-id and room-id both set',
        { 'group-id': '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f', 'room-id': '99393245810478651' },
        'group-id',
        'This page names more than one call to join',
      ],
    ] as const;
    for (const [what, attrs, attribute, shown] of cases) {
      it(what, async () => {
        const agent = await sim.callClient.createCallAgent(sim.credential);
        const errors: string[] = [];
        const original = console.error;
        console.error = (message: string) => errors.push(message);
        const el = document.createElement('acs-call-provider');
        el.callAgent = agent;
        el.autojoin = true;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
        document.body.append(el);
        try {
          const { detail } = await event;
          expect([detail.code, detail.operation, detail.property]).to.deep.equal([
            'invalid-attribute',
            'setAttribute',
            attribute,
          ]);
          await el.updateComplete;
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
          expect(alert).to.contain(shown);
          expect(alert, 'no developer words for the user').not.to.match(/attribute|UUID|group-id/i);
          expect(errors.length, 'one console error').to.equal(1);
          expect(errors[0]).to.contain(`<acs-call-provider ${attribute}>`);
          expect(await el.join(), 'nothing joined').to.equal(undefined);
          expect(agent.calls.length).to.equal(0);
          expect(el.matches(':state(error)')).to.equal(true);
          // Fixed: the panel goes.
          el.removeAttribute('room-id');
          el.setAttribute('group-id', '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f');
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        } finally {
          console.error = original;
          el.remove();
        }
      });
    }

    it('a real session on a page that is not a secure context is named as such, not as an expired session', async () => {
      const secure = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
      Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
      const original = console.error;
      console.error = () => {};
      const fetches: string[] = [];
      const el = document.createElement('acs-call-provider');
      el.fetch = async (input) => (fetches.push(String(input)), new Response('{}'));
      el.setAttribute('token-url', '/api/token');
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      document.body.append(el);
      try {
        expect((await event).detail.property).to.equal('token-url');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('it is not secure');
        expect(el.matches(':state(loading)'), 'no session started').to.equal(false);
        expect(fetches, 'no token asked').to.deep.equal([]);
      } finally {
        if (secure) Object.defineProperty(window, 'isSecureContext', secure);
        else delete (window as unknown as Record<string, unknown>).isSecureContext;
        console.error = original;
        el.remove();
      }
      expect(window.isSecureContext).to.equal(true);
    });
  });

  it('joins a group with the agent given from script', async () => {
    const agent = await sim.callClient.createCallAgent(sim.credential);
    agent.simulate.autoConnect = true;
    const groupId = '11111111-1111-1111-1111-111111111111';
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${agent} group-id=${groupId}></acs-call-provider>`,
    );
    const call = await el.join();
    expect(call).to.exist;
    expect(agent.calls).to.deep.equal([call]);
    el.remove();
  });

  it('joins once: a second join() while the first connects (or after) gives the same call; "joining" until connected', async () => {
    const slow = testSimulator({ latency: 30 });
    try {
      const agent = await slow.callClient.createCallAgent(slow.credential);
      agent.simulate.autoConnect = true;
      const el = await fixture<AcsCallProvider>(
        html`<acs-call-provider
          .callAgent=${agent}
          group-id="0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f"
        ></acs-call-provider>`,
      );
      const [first, second] = await Promise.all([el.join(), el.join()]);
      expect(second).to.equal(first);
      await el.updateComplete;
      expect(first!.state).to.not.equal('Connected');
      expect(el.matches(':state(joining)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal('Joining the call…');
      expect(await el.join()).to.equal(first);
      await waitUntil(() => first!.state === 'Connected', 'connected', { timeout: 3000 });
      await el.updateComplete;
      expect(el.matches(':state(joining)')).to.equal(false);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal('');
      expect(await el.join()).to.equal(first);
      expect(agent.calls).to.have.length(1);
      el.remove();
    } finally {
      slow.dispose();
    }
  });

  it('reports a join that fails through a Disconnecting state of its own', async () => {
    const agent = await sim.callClient.createCallAgent(sim.credential);
    agent.simulate.autoConnect = true;
    agent.simulate.failNext('join', { code: 403, subCode: 10003 }, { viaDisconnecting: true });
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${agent} group-id="0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f"></acs-call-provider>`,
    );
    const states: string[] = [];
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    const call = (await el.join())!;
    call.on('stateChanged', () => states.push(call.state));
    expect((await event).detail).to.include({ operation: 'join', code: 403, subCode: 10003 });
    expect(states).to.deep.equal(['Connecting', 'Disconnecting', 'Disconnected']);
    el.remove();
  });

  it('a join() made before there is an agent joins when one is given, and resolves that call', async () => {
    const agent = await sim.callClient.createCallAgent(sim.credential);
    agent.simulate.autoConnect = true;
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider group-id="0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f"></acs-call-provider>`,
    );
    const joined = el.join();
    el.callAgent = agent;
    const call = await joined;
    expect(call).to.exist;
    expect(agent.calls).to.deep.equal([call]);
    el.remove();
  });

  it('autojoin set after the agent is ready joins, once', async () => {
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider simulated></acs-call-provider>`);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    expect(el.call).to.equal(undefined);
    el.autojoin = true;
    await waitUntil(() => el.call?.state === 'Connected', 'joined');
    const first = el.call!;
    await first.hangUp();
    await waitUntil(() => first.state === 'Disconnected', 'hung up');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.call).to.equal(first);
    el.remove();
  });

  it('shows a join that fails before connecting (490/4525 offline) and fires acs-error; Try again joins again', async () => {
    const agent = await sim.callClient.createCallAgent(sim.credential);
    agent.simulate.autoConnect = true;
    agent.simulate.failNext('join');
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider .callAgent=${agent} group-id="0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f">
        <acs-call-status></acs-call-status>
      </acs-call-provider>`,
    );
    const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
    await el.join();
    const { detail } = await event;
    expect(detail).to.include({ operation: 'join', code: 490, subCode: 4525 });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Could not join the call.');
    expect(alert.textContent).to.contain('490/4525');
    // The code once, after a message from the provider's string table.
    expect(alert.textContent!.split('490/4525').length).to.equal(2);
    expect(alert.querySelector('[part="details"]')!.textContent).to.contain(
      `${callProviderStrings.endedBeforeConnected} (490/4525)`,
    );
    await waitUntil(() => label(el.querySelector('acs-call-status')!) === 'Call ended', 'status shows the end');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => el.call?.state === 'Connected', 'joined on retry');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.remove();
  });

  for (const [attr, locator] of [
    ['room-id', { roomId: 'r1' }],
    ['meeting-link', { meetingLink: 'https://teams.microsoft.com/l/meetup-join/x' }],
    ['group-id', { groupId: '0d5b1c6e-8f6a-4c8e-9d0b-1a2b3c4d5e6f' }],
  ] as const) {
    it(`joins with ${attr}`, async () => {
      const agent = await sim.callClient.createCallAgent(sim.credential);
      const seen: unknown[] = [];
      const join = agent.join.bind(agent) as (l: unknown) => unknown;
      (agent as unknown as { join: unknown }).join = (l: unknown) => (seen.push(l), join(l));
      const el = document.createElement('acs-call-provider');
      el.callAgent = agent;
      el.setAttribute(attr, Object.values(locator)[0]);
      document.body.append(el);
      await el.join();
      expect(seen).to.deep.equal([locator]);
      el.remove();
    });
  }

  it('starts when simulated is set after it was connected', async () => {
    const el = await fixture<AcsCallProvider>(html`<acs-call-provider></acs-call-provider>`);
    expect(el.matches(':state(ready)')).to.equal(false);
    el.simulated = true;
    el.autojoin = true;
    await waitUntil(() => el.call?.state === 'Connected', 'joined');
    el.remove();
  });

  it('releases everything it created when removed', async () => {
    const el = await fixture<AcsCallProvider>(
      html`<acs-call-provider simulated autojoin><acs-call-status></acs-call-status></acs-call-provider>`,
    );
    await waitUntil(() => el.call?.state === 'Connected', 'joined');
    const call = el.call! as Awaited<ReturnType<Sim['connectedCall']>>;
    expect(call.listenerCount(), 'followed while connected').to.be.greaterThan(0);
    el.remove();
    await waitUntil(() => call.state === 'Disconnected', 'the call the provider made is hung up', { timeout: 3000 });
    // Its elements and the provider hold no listener on it any more.
    expect(call.listenerCount()).to.equal(0);
  });
});
