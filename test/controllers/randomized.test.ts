// Randomized: random sequences of SDK events and user actions against <acs-mute-button> and <acs-call-status>,
// checking after every step that what they show is the SDK's state, that no exception escaped, that the SDK never
// saw two toggles at once, and that removal releases every listener.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import fc from 'fast-check';
import '../../src/components/mute-button/acs-mute-button.js';
import '../../src/components/call-status/acs-call-status.js';
import type { AcsMuteButton } from '../../src/components/mute-button/mute-button.js';
import { MUTE_STATES } from '../../src/components/mute-button/mute-button.js';
import type { AcsCallStatus } from '../../src/components/call-status/call-status.js';
import { callStatusStrings } from '../../src/i18n/en/call-status.js';
import { muteButtonStrings } from '../../src/i18n/en/mute-button.js';
import { endReasonKind } from '../../src/components/call-status/end-reasons.js';
import { CALL_STATES, Quality, type CallEndReason } from '../../src/sdk/index.js';
import { createSimulator } from '../../src/simulator/index.js';

type Sim = ReturnType<typeof createSimulator>;
type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;

const LIVE_STATES = CALL_STATES.filter((s) => s !== 'Disconnected');

/** The end message the string table has for a reason (independently of the element). */
function endMessage(reason: CallEndReason): string {
  const entry = callStatusStrings[`end${endReasonKind(reason)}` as keyof typeof callStatusStrings];
  return typeof entry === 'function'
    ? (entry as (c: number, s: number | string) => string)(reason.code, reason.subCode ?? '-')
    : entry;
}
const MEDIA = ['microphoneMuteUnexpectedly', 'microphoneNotFunctioning', 'speakingWhileMicrophoneIsMuted'] as const;

type Command =
  | { kind: 'state'; state: (typeof LIVE_STATES)[number] }
  | { kind: 'end'; code: number; subCode: number }
  | { kind: 'mutedByOthers' }
  | { kind: 'media'; name: (typeof MEDIA)[number]; bad: boolean }
  | { kind: 'reconnect'; value: 1 | 2 | 3 }
  | { kind: 'click'; times: number }
  | { kind: 'failNext'; method: 'mute' | 'unmute' }
  | { kind: 'incoming' }
  | { kind: 'incomingEnd' }
  | { kind: 'toggleAttached' }
  | { kind: 'swap' }
  | { kind: 'wait'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('state' as const), state: fc.constantFrom(...LIVE_STATES) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('end' as const),
      code: fc.constantFrom(0, 487, 603, 490, 410),
      subCode: fc.constantFrom(0, 5300, 10004, 4525),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'mutedByOthers' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('media' as const), name: fc.constantFrom(...MEDIA), bad: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('reconnect' as const),
      value: fc.constantFrom(1 as const, 2 as const, 3 as const),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('click' as const), times: fc.integer({ min: 1, max: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('failNext' as const),
      method: fc.constantFrom('mute' as const, 'unmute' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'incoming' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'incomingEnd' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'toggleAttached' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'swap' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 4 }) }) },
);

describe('randomized: SDK events and user actions', function () {
  this.timeout(60000);

  it('the elements always show the SDK state, never overlap toggles, and release every listener', async () => {
    const escaped: unknown[] = [];
    const onError = (e: ErrorEvent) => escaped.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => escaped.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    let steps = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(command, { minLength: 10, maxLength: 60 }),
          fc.integer({ min: 0, max: 2 }),
          async (commands, latency) => {
            const sim = createSimulator({ latency });
            let inFlight = 0;
            let maxInFlight = 0;
            const instrument = (call: SimCall) => {
              for (const method of ['mute', 'unmute'] as const) {
                const original = call[method].bind(call);
                (call as unknown as Record<string, unknown>)[method] = async () => {
                  maxInFlight = Math.max(maxInFlight, ++inFlight);
                  try {
                    await original();
                  } finally {
                    inFlight--;
                  }
                };
              }
              return call;
            };
            let call = instrument(await sim.connectedCall({ participants: 1 }));
            // Not fixture(): for a plain <div> it waits for an animation frame, which never comes in a hidden tab
            // (the test runner runs files in parallel, in background pages).
            const host = document.createElement('div');
            document.body.append(host);
            render(
              html`<acs-mute-button .call=${call} .sdk=${sim.sdk}></acs-mute-button>
                <acs-call-status .call=${call} .sdk=${sim.sdk}></acs-call-status>`,
              host,
            );
            const mute = host.querySelector<AcsMuteButton>('acs-mute-button')!;
            const status = host.querySelector<AcsCallStatus>('acs-call-status')!;
            let attached = true;
            type SimIncoming = ReturnType<NonNullable<Sim['agent']>['simulate']['incomingCall']>;
            const incoming: SimIncoming[] = [];
            try {
              for (const c of commands) {
                steps++;
                switch (c.kind) {
                  case 'state':
                    if (call.state !== 'Disconnected') call.simulate.state(c.state);
                    break;
                  case 'end':
                    if (call.state !== 'Disconnected') call.simulate.end({ code: c.code, subCode: c.subCode });
                    break;
                  case 'mutedByOthers':
                    if (call.state !== 'Disconnected') call.simulate.mutedByOthers();
                    break;
                  case 'media':
                    call.simulate.diagnostic(c.name, c.bad);
                    break;
                  case 'reconnect':
                    call.simulate.diagnostic('networkReconnect', c.value);
                    break;
                  case 'click':
                    for (let i = 0; i < c.times; i++) mute.shadowRoot?.querySelector('button')?.click();
                    break;
                  case 'incoming':
                    incoming.push(sim.agent!.simulate.incomingCall({ displayName: `Caller ${incoming.length}` }));
                    status.incomingCalls = [...incoming];
                    break;
                  case 'incomingEnd':
                    incoming.find((c) => !c.callEndReason)?.simulate.end({ code: 487, subCode: 0 });
                    break;
                  case 'failNext':
                    call.simulate.failNext(c.method);
                    break;
                  case 'toggleAttached':
                    if (attached) {
                      mute.remove();
                      status.remove();
                      expect(sim.listenerCount(), JSON.stringify(sim.leaks())).to.equal(0);
                    } else {
                      host.append(mute, status);
                    }
                    attached = !attached;
                    break;
                  case 'swap': {
                    const old = call;
                    call = instrument(await sim.connectedCall());
                    mute.call = call;
                    status.call = call;
                    await mute.updateComplete;
                    await status.updateComplete;
                    expect(old.listenerCount(), 'old call released').to.equal(0);
                    break;
                  }
                  case 'wait':
                    await new Promise((r) => setTimeout(r, c.ms));
                    break;
                }
                if (!attached) continue;
                await mute.updateComplete;
                await status.updateComplete;
                // The mute button shows the SDK's isMuted, and is usable exactly in the states that allow muting.
                const button = mute.shadowRoot!.querySelector('button')!;
                expect(button.textContent!.trim(), 'label').to.equal(call.isMuted ? 'Unmute' : 'Mute');
                expect(mute.matches(':state(muted)')).to.equal(call.isMuted);
                expect(mute.matches(':state(disabled)'), `disabled in ${call.state}`).to.equal(
                  !MUTE_STATES.has(call.state),
                );
                if (mute.matches(':state(muted-by-others)') || mute.matches(':state(error)'))
                  expect(MUTE_STATES.has(call.state), 'call-bound notices only while usable').to.equal(true);
                // The hint follows the SDK's diagnostics, in their order of precedence (a denied permission and
                // "muted by others", which come from outside the call's state, are taken as the element shows them).
                if (!mute.matches(':state(permission-denied)')) {
                  const media = call.feature(sim.sdk.Features.UserFacingDiagnostics).media.getLatest();
                  const usable = MUTE_STATES.has(call.state);
                  const expected = !usable
                    ? 'unavailable'
                    : media.microphoneMuteUnexpectedly?.value === true
                      ? 'system'
                      : media.microphoneNotFunctioning?.value === true
                        ? 'broken'
                        : mute.matches(':state(muted-by-others)')
                          ? 'byOthers'
                          : call.isMuted && media.speakingWhileMicrophoneIsMuted?.value === true
                            ? 'speaking'
                            : undefined;
                  const hint = mute.shadowRoot!.querySelector('[part="hint"]')!.textContent;
                  expect(hint, 'mute hint').to.equal(expected ? muteButtonStrings[expected] : '');
                }
                // The call status shows the SDK's state.
                const label = status.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
                // While connected, a network that is reconnecting is the state shown (the notices' wording).
                const network = call.feature(sim.sdk.Features.UserFacingDiagnostics).network.getLatest();
                const reconnecting = call.state === 'Connected' && (network.networkReconnect?.value as number) > 1;
                expect(label).to.equal(
                  reconnecting
                    ? callStatusStrings.networkReconnecting
                    : callStatusStrings[`state${call.state}` as 'stateConnected'],
                );
                const reconnect = call.feature(sim.sdk.Features.UserFacingDiagnostics).network.getLatest()
                  .networkReconnect?.value;
                expect(status.matches(':state(reconnecting)')).to.equal(
                  call.state !== 'Disconnected' && (reconnect === Quality.Poor || reconnect === Quality.Bad),
                );
                // How the call ended, exactly when it has.
                const reason = status.shadowRoot!.querySelector('[part="reason"]')?.textContent ?? null;
                expect(reason, 'end reason').to.equal(
                  call.state === 'Disconnected' && call.callEndReason ? endMessage(call.callEndReason) : null,
                );
                // One block per incoming call still ringing.
                expect(status.shadowRoot!.querySelectorAll('[part="incoming"]').length, 'incoming').to.equal(
                  incoming.filter((c) => !c.callEndReason).length,
                );
                expect(status.matches(':state(incoming)')).to.equal(incoming.some((c) => !c.callEndReason));
                expect(maxInFlight, 'concurrent toggles').to.be.at.most(1);
                expect(escaped, 'escaped exceptions').to.deep.equal([]);
              }
              if (attached) {
                mute.remove();
                status.remove();
              }
              expect(sim.listenerCount(), JSON.stringify(sim.leaks())).to.equal(0);
            } finally {
              host.remove();
              sim.dispose();
            }
          },
        ),
        { numRuns: 250, includeErrorInReport: true },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(steps).to.be.greaterThan(1000);
  });
});
