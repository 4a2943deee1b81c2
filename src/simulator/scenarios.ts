/**
 * Named, scripted scenarios from the calling checklist, playable step by step (Storybook) or to the end (tests).
 * Step labels are for developers, not UI text.
 *
 * ```ts
 * const player = createScenarioPlayer(sim, 'pstn-interruption-ios');
 * while (!player.done) await player.next();
 * // or: await playScenario(sim, 'pstn-interruption-ios', { stepDelay: 1500 });
 * ```
 */
import type { SimulatedCallAgent } from './agent.js';
import type { SimulatedCall } from './call.js';
import type { SimulatedDeviceManager } from './device-manager.js';
import type { SimulatedIncomingCall } from './incoming-call.js';
import type { SimulatedRemoteParticipant } from './participant.js';
import type { Simulator } from './simulator.js';

/** What a step can use. Steps share `call` and `vars`. */
export interface ScenarioContext {
  readonly sim: Simulator;
  /** The call the scenario plays on: given to the player, or created by a step. */
  call: SimulatedCall | undefined;
  /** Scratch space shared by the steps (participants, incoming calls...). */
  readonly vars: Map<string, unknown>;
  /** The agent (created on first use). */
  agent(): Promise<SimulatedCallAgent>;
  /** The device manager. */
  deviceManager(): Promise<SimulatedDeviceManager>;
  /** The call, or an error when no step created one yet. */
  requireCall(): SimulatedCall;
  /** A connected call (the given one, or a new one from `sim.connectedCall(options)`). */
  connectedCall(options?: Parameters<Simulator['connectedCall']>[0]): Promise<SimulatedCall>;
  /** Starts local video on the call from the first camera (no-op when it is on). */
  startVideo(): Promise<void>;
}

/** One step: what the user lives (`says`), what happens in the SDK's terms (`label`), and what it does. */
export interface ScenarioStep {
  /** The step in the user's words ("Ana's phone rings: the phone call takes her microphone"). */
  readonly says: string;
  /** The step in the SDK's terms, for developers (states, diagnostics, error codes). */
  readonly label: string;
  run(ctx: ScenarioContext): void | Promise<void>;
}

/** A scripted scenario. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
  readonly steps: ReadonlyArray<ScenarioStep>;
}

/** The scenario ids. */
export type ScenarioId =
  | 'permission-denied-recovered'
  | 'pstn-interruption-ios'
  | 'siri-interruption-ios'
  | 'background-mobile'
  | 'network-drop'
  | 'participants-join-leave'
  | 'headset-unplugged'
  | 'callee-rejects'
  | 'remote-hold'
  | 'lobby-admitted'
  | 'incoming-during-call'
  | 'whole-visit';

const participant = (ctx: ScenarioContext, name: string): SimulatedRemoteParticipant => {
  const p = ctx.vars.get(name);
  if (!p) throw new Error(`scenario: no participant '${name}' yet`);
  return p as SimulatedRemoteParticipant;
};

const add = (ctx: ScenarioContext, name: string, init: Parameters<SimulatedCall['simulate']['addParticipant']>[0]) => {
  ctx.vars.set(name, ctx.requireCall().simulate.addParticipant({ displayName: name, ...init }));
};

/** The Wi-Fi drops during a call (network-drop, whole-visit). */
const WIFI_DROPS: ScenarioStep = {
  says: "Ana's Wi-Fi drops: the call tries to reconnect.",
  label: 'The network drops: noNetwork, networkReconnect Bad',
  run: (ctx) => {
    const call = ctx.requireCall();
    call.simulate.diagnostic('noNetwork', true);
    call.simulate.diagnostic('networkReconnect', 3);
  },
};

/** The Wi-Fi is back: every network diagnostic Good again (network-drop, whole-visit). */
const WIFI_BACK: ScenarioStep = {
  says: "Ana's Wi-Fi is back: the call recovers by itself.",
  label: 'The network is back: every diagnostic Good',
  run: (ctx) => {
    const call = ctx.requireCall();
    call.simulate.diagnostic('noNetwork', false);
    call.simulate.diagnostic('networkReconnect', 1);
    call.simulate.diagnostic('networkReceiveQuality', 1);
  },
};

/** Every scenario, by id. */
export const scenarios: Readonly<Record<ScenarioId, Scenario>> = {
  'permission-denied-recovered': {
    id: 'permission-denied-recovered',
    title: 'Permission denied, then recovered',
    description:
      'The browser blocks camera and microphone; the app asks and gets false (no throw); device lists stay ' +
      'placeholders. The user allows the site in the browser settings; asking again succeeds and the lists fill in.',
    steps: [
      {
        says: "Ana's browser is set to block the camera and microphone for this site.",
        label: 'Browser blocks camera and microphone',
        run: async (ctx) => (await ctx.deviceManager()).simulate.permission('denied'),
      },
      {
        says: 'Ana presses Join: the browser refuses, and the page shows her how to allow them.',
        label: 'App asks for permission: {audio: false, video: false}, lastPermissionError NotAllowedError',
        run: async (ctx) => {
          const dm = await ctx.deviceManager();
          ctx.vars.set('firstAnswer', await dm.askDevicePermission({ audio: true, video: true }));
        },
      },
      {
        says: "Ana opens the browser's site settings and allows the camera and microphone.",
        label: 'User allows the site in the browser settings',
        run: async (ctx) => (await ctx.deviceManager()).simulate.permission('granted'),
      },
      {
        says: 'Ana tries again: her camera and microphone appear, ready to use.',
        label: 'App asks again: granted, device lists fill in, defaults selected',
        run: async (ctx) => {
          const dm = await ctx.deviceManager();
          ctx.vars.set('secondAnswer', await dm.askDevicePermission({ audio: true, video: true }));
        },
      },
    ],
  },
  'pstn-interruption-ios': {
    id: 'pstn-interruption-ios',
    title: 'PSTN call on iOS, then recovery',
    description:
      'During a video call on iOS a phone call arrives: the SDK mutes the microphone and stops the camera, and ' +
      'raises microphoneMuteUnexpectedly and cameraStoppedUnexpectedly. When it ends both diagnostics clear; the ' +
      'user must unmute and restart video themselves.',
    steps: [
      {
        says: 'Ana is in a video call on her iPhone.',
        label: 'In a connected call, unmuted, camera on',
        run: async (ctx) => {
          await ctx.connectedCall({ participants: 1 });
          await ctx.startVideo();
        },
      },
      {
        says: "Ana's phone rings and she answers: the phone call takes her microphone and camera.",
        label: 'Phone call arrives: muted, camera stopped, diagnostics Bad',
        run: (ctx) => ctx.requireCall().simulate.interruption('pstn', { os: 'ios' }),
      },
      {
        says: 'Ana hangs up the phone call: she is back, still muted, her camera still off.',
        label: 'Phone call ends: diagnostics Good (still muted, video off)',
        run: (ctx) => ctx.requireCall().simulate.interruptionEnded('pstn'),
      },
      { says: 'Ana taps Unmute.', label: 'User taps unmute', run: (ctx) => ctx.requireCall().unmute() },
      { says: 'Ana taps Restart video.', label: 'User restarts video', run: (ctx) => ctx.startVideo() },
    ],
  },
  'siri-interruption-ios': {
    id: 'siri-interruption-ios',
    title: 'Siri on iOS, then recovery',
    description:
      'During a call on iOS the user talks to Siri: the SDK mutes the microphone and raises ' +
      'microphoneMuteUnexpectedly; video keeps going. When Siri is done the diagnostic clears; the user unmutes.',
    steps: [
      {
        says: 'Ana is in a video call on her iPhone.',
        label: 'In a connected call, unmuted, camera on',
        run: async (ctx) => {
          await ctx.connectedCall({ participants: 1 });
          await ctx.startVideo();
        },
      },
      {
        says: 'Ana asks Siri something: Siri takes her microphone.',
        label: 'Siri starts: muted, diagnostic Bad (video on)',
        run: (ctx) => ctx.requireCall().simulate.interruption('siri', { os: 'ios' }),
      },
      {
        says: 'Siri is done: Ana is back in the call, still muted.',
        label: 'Siri is done: diagnostic Good (still muted)',
        run: (ctx) => ctx.requireCall().simulate.interruptionEnded('siri'),
      },
      { says: 'Ana taps Unmute.', label: 'User taps unmute', run: (ctx) => ctx.requireCall().unmute() },
    ],
  },
  'network-drop': {
    id: 'network-drop',
    title: 'The network drops, then comes back',
    description:
      'During a call the connection degrades (networkReceiveQuality Bad), drops (networkReconnect Bad, noNetwork) ' +
      'and comes back: every diagnostic returns to Good and the call goes on.',
    steps: [
      {
        says: 'Ana is in a call with two colleagues.',
        label: 'In a connected call',
        run: async (ctx) => void (await ctx.connectedCall({ participants: 2 })),
      },
      {
        says: "Ana's Wi-Fi gets weak: others sound choppy to her.",
        label: 'The connection degrades: networkReceiveQuality Bad',
        run: (ctx) => ctx.requireCall().simulate.diagnostic('networkReceiveQuality', 3),
      },
      WIFI_DROPS,
      WIFI_BACK,
    ],
  },
  'background-mobile': {
    id: 'background-mobile',
    title: 'Backgrounded on mobile',
    description:
      'On a phone the browser goes to the background during a video call: audio continues, the OS stops the ' +
      'camera (cameraStoppedUnexpectedly). Back in the foreground the diagnostic clears and the user restarts video.',
    steps: [
      {
        says: 'Ana is in a video call on her phone.',
        label: 'In a connected call, camera on',
        run: async (ctx) => {
          await ctx.connectedCall({ participants: 1 });
          await ctx.startVideo();
        },
      },
      {
        says: 'Ana switches to another app: the phone stops her camera.',
        label: 'Browser goes to the background: camera stopped, diagnostic Bad',
        run: (ctx) => ctx.requireCall().simulate.interruption('background'),
      },
      {
        says: 'Ana comes back to the call: her camera is still off.',
        label: 'Browser back in the foreground: diagnostic Good (video still off)',
        run: (ctx) => ctx.requireCall().simulate.interruptionEnded('background'),
      },
      { says: 'Ana taps Restart video.', label: 'User restarts video', run: (ctx) => ctx.startVideo() },
    ],
  },
  'participants-join-leave': {
    id: 'participants-join-leave',
    title: 'Participants join and leave, with video and a screen share',
    description:
      'The layout changes as people join with and without video, one shares a screen, speakers change and people leave.',
    steps: [
      {
        says: 'Ana waits alone in the meeting.',
        label: 'Alone in a connected call',
        run: async (ctx) => void (await ctx.connectedCall({ participants: 0 })),
      },
      {
        says: 'Ada joins, her camera on.',
        label: 'Ada joins with her camera on',
        run: (ctx) => add(ctx, 'Ada Lovelace', { video: true }),
      },
      {
        says: 'Grace joins, muted, her camera off.',
        label: 'Grace joins, muted, camera off',
        run: (ctx) => add(ctx, 'Grace Hopper', { muted: true }),
      },
      {
        says: 'Grace turns her camera on.',
        label: 'Grace turns her camera on',
        run: (ctx) => participant(ctx, 'Grace Hopper').simulate.video(true),
      },
      {
        says: 'Alan joins and shares his screen.',
        label: 'Alan joins and shares his screen',
        run: (ctx) => add(ctx, 'Alan Turing', { screenShare: true }),
      },
      {
        says: 'Ada starts talking.',
        label: 'Ada speaks (dominant speaker)',
        run: (ctx) => {
          const ada = participant(ctx, 'Ada Lovelace');
          ada.simulate.speaking(true);
          ctx.requireCall().simulate.dominantSpeakers([ada]);
        },
      },
      {
        says: 'Alan stops sharing; Ada stops talking.',
        label: 'Alan stops sharing, Ada stops speaking',
        run: (ctx) => {
          participant(ctx, 'Alan Turing').simulate.screenShare(false);
          participant(ctx, 'Ada Lovelace').simulate.speaking(false);
        },
      },
      {
        says: 'Grace leaves.',
        label: 'Grace leaves',
        run: (ctx) => ctx.requireCall().simulate.removeParticipant(participant(ctx, 'Grace Hopper')),
      },
      {
        says: 'Ada turns her camera off.',
        label: 'Ada turns her camera off',
        run: (ctx) => participant(ctx, 'Ada Lovelace').simulate.video(false),
      },
      {
        says: 'Ada and Alan leave: Ana is alone again.',
        label: 'Ada and Alan leave',
        run: (ctx) => {
          const call = ctx.requireCall();
          call.simulate.removeParticipant(participant(ctx, 'Ada Lovelace'));
          call.simulate.removeParticipant(participant(ctx, 'Alan Turing'));
        },
      },
    ],
  },
  'headset-unplugged': {
    id: 'headset-unplugged',
    title: 'Headset unplugged mid-call',
    description:
      'The headset microphone and earphones are selected during a call; unplugging them makes the SDK fall back to ' +
      'the system default and fire selectedMicrophoneChanged / selectedSpeakerChanged. Plugging back does not re-select.',
    steps: [
      {
        says: 'Ana is in a call with her headset.',
        label: 'In a call with the headset selected',
        run: async (ctx) => {
          await ctx.connectedCall({ participants: 1 });
          const dm = await ctx.deviceManager();
          const mic = (await dm.getMicrophones()).find((d) => /headset/i.test(d.name) && !d.isSystemDefault);
          const speaker = (await dm.getSpeakers()).find((d) => /headset/i.test(d.name) && !d.isSystemDefault);
          if (mic) await dm.selectMicrophone(mic);
          if (speaker && dm.isSpeakerSelectionAvailable) await dm.selectSpeaker(speaker);
          ctx.vars.set('headset', { mic, speaker });
        },
      },
      {
        says: "Ana's headset unplugs: the call switches to the laptop's microphone and speaker.",
        label: 'Headset unplugged: selection falls back to the default',
        run: async (ctx) => {
          const dm = await ctx.deviceManager();
          const { mic, speaker } = ctx.vars.get('headset') as { mic?: { id: string }; speaker?: { id: string } };
          if (mic) dm.simulate.unplug(mic.id);
          if (speaker) dm.simulate.unplug(speaker.id);
        },
      },
      {
        says: 'Ana plugs the headset back in: the page offers to use it again.',
        label: 'Headset plugged back in (listed, not selected)',
        run: async (ctx) => {
          const dm = await ctx.deviceManager();
          const { mic, speaker } = ctx.vars.get('headset') as {
            mic?: { id: string; name: string };
            speaker?: { id: string; name: string };
          };
          if (mic) dm.simulate.plug({ kind: 'microphone', id: mic.id, name: mic.name });
          if (speaker) dm.simulate.plug({ kind: 'speaker', id: speaker.id, name: speaker.name });
        },
      },
    ],
  },
  'callee-rejects': {
    id: 'callee-rejects',
    title: 'Callee rejects',
    description:
      'An outgoing 1:1 call goes Connecting, Ringing, then the callee declines: Disconnected with callEndReason 603/0.',
    steps: [
      {
        says: 'Ana calls Grace.',
        label: 'Calling Grace (Connecting)',
        run: async (ctx) => {
          const agent = await ctx.agent();
          const call = agent.startCall([{ communicationUserId: '8:acs:simulated-grace' }]) as SimulatedCall;
          call.simulate.stopAutoConnect();
          call.simulate.state('Connecting');
          ctx.call = call;
        },
      },
      { says: "Grace's phone rings.", label: 'Ringing', run: (ctx) => ctx.requireCall().simulate.state('Ringing') },
      {
        says: 'Grace declines the call.',
        label: 'Grace declines: Disconnected, callEndReason 603/0',
        run: (ctx) => ctx.requireCall().simulate.end({ code: 603, subCode: 0 }),
      },
    ],
  },
  'remote-hold': {
    id: 'remote-hold',
    title: 'Remote hold and resume',
    description: 'The other side puts the call on hold (RemoteHold), then resumes it (Connected).',
    steps: [
      {
        says: 'Ana is in a call with a clinic.',
        label: 'In a connected 1:1 call',
        run: async (ctx) => void (await ctx.connectedCall({ participants: 1 })),
      },
      {
        says: 'The clinic puts Ana on hold.',
        label: 'The other side puts the call on hold (RemoteHold)',
        run: (ctx) => {
          const call = ctx.requireCall();
          call.simulate.state('RemoteHold');
          call.simulate.participants[0]?.simulate.state('Hold');
        },
      },
      {
        says: 'The clinic takes Ana off hold.',
        label: 'The other side resumes (Connected)',
        run: (ctx) => {
          const call = ctx.requireCall();
          call.simulate.participants[0]?.simulate.state('Connected');
          call.simulate.state('Connected');
        },
      },
    ],
  },
  'lobby-admitted': {
    id: 'lobby-admitted',
    title: 'Lobby, then admitted',
    description:
      'Joining a Teams meeting: Connecting, InLobby while the organizer decides, then Connected with the attendees.',
    steps: [
      {
        says: 'Ana joins a Teams meeting.',
        label: 'Joining a meeting (Connecting)',
        run: async (ctx) => {
          const agent = await ctx.agent();
          const call = agent.join({
            meetingLink: 'https://teams.microsoft.com/l/meetup-join/simulated',
          }) as SimulatedCall;
          call.simulate.stopAutoConnect();
          call.simulate.state('Connecting');
          ctx.call = call;
        },
      },
      {
        says: 'Ana waits in the lobby until someone lets her in.',
        label: 'Waiting in the lobby (InLobby)',
        run: (ctx) => ctx.requireCall().simulate.state('InLobby'),
      },
      {
        says: 'The organizer lets Ana in: she sees the others.',
        label: 'The organizer admits you (Connected, attendees visible)',
        run: (ctx) => {
          const call = ctx.requireCall();
          call.simulate.state('Connected');
          add(ctx, 'Katherine Johnson', { video: true, role: 'Organizer' });
          add(ctx, 'Margaret Hamilton', { muted: true, role: 'Attendee' });
        },
      },
    ],
  },
  'incoming-during-call': {
    id: 'incoming-during-call',
    title: 'An incoming second call during a call',
    description:
      'While in a call, another call rings (incomingCall). The user holds the first call and accepts the second ' +
      '(callsUpdated); the second ends and the first is resumed.',
    steps: [
      {
        says: 'Ana is in a call.',
        label: 'In a connected call',
        run: async (ctx) => void (await ctx.connectedCall({ participants: 1 })),
      },
      {
        says: 'Eve calls Ana while she is in the call.',
        label: 'Eve calls (incomingCall)',
        run: async (ctx) => {
          const agent = await ctx.agent();
          ctx.vars.set(
            'incoming',
            agent.simulate.incomingCall({ displayName: 'Eve Example', caller: { video: true } }),
          );
        },
      },
      {
        says: 'Ana puts the first call on hold and answers Eve.',
        label: 'User holds the first call and accepts Eve (two calls)',
        run: async (ctx) => {
          await ctx.requireCall().hold();
          const incoming = ctx.vars.get('incoming') as SimulatedIncomingCall;
          ctx.vars.set('second', await incoming.accept());
        },
      },
      {
        says: 'Eve hangs up.',
        label: 'Eve hangs up (second call Disconnected)',
        run: (ctx) => {
          (ctx.vars.get('second') as SimulatedCall).simulate.end({ code: 0, subCode: 0 });
        },
      },
      {
        says: 'Ana resumes the first call.',
        label: 'User resumes the first call',
        run: (ctx) => ctx.requireCall().resume(),
      },
    ],
  },
  'whole-visit': {
    id: 'whole-visit',
    title: 'A whole visit',
    description:
      'A patient opens her visit link, allows camera and microphone when the browser asks, joins, waits for the ' +
      'doctor, loses her Wi-Fi for a moment, and the doctor ends the visit: what a call screen shows from the ' +
      'first prompt to "call ended".',
    steps: [
      {
        says: 'Ana opens her visit link: the browser asks to use her camera and microphone.',
        label: 'askDevicePermission pending (the prompt is open)',
        run: async (ctx) => {
          const dm = await ctx.deviceManager();
          dm.simulate.permission('prompt');
          ctx.vars.set('answer', dm.askDevicePermission({ audio: true, video: true }));
        },
      },
      {
        says: 'Ana allows them: the lobby says everything is ready.',
        label: 'Permission granted: the device lists fill in',
        run: async (ctx) => {
          (await ctx.deviceManager()).simulate.permission('granted');
          await ctx.vars.get('answer');
        },
      },
      {
        says: 'Ana joins the visit and waits for the doctor.',
        label: 'A connected call, no one else in it',
        run: async (ctx) => void (await ctx.connectedCall({ participants: 0 })),
      },
      {
        says: 'Dr. Ortiz joins, her camera on, and greets Ana.',
        label: 'A participant joins with video, dominant speaker',
        run: (ctx) => {
          add(ctx, 'Dr. Maya Ortiz', { video: true, speaking: true });
          ctx.requireCall().simulate.dominantSpeakers([participant(ctx, 'Dr. Maya Ortiz')]);
        },
      },
      WIFI_DROPS,
      WIFI_BACK,
      {
        says: 'Dr. Ortiz ends the visit.',
        label: 'The call ends (callEndReason 0/0)',
        run: (ctx) => ctx.requireCall().simulate.end({ code: 0, subCode: 0 }),
      },
    ],
  },
};

/** Plays a scenario one step at a time. */
export interface ScenarioPlayer {
  readonly scenario: Scenario;
  readonly context: ScenarioContext;
  /** Index of the next step (0-based); equals `steps.length` when done. */
  readonly index: number;
  readonly done: boolean;
  /** The next step's label, if any. */
  readonly nextLabel: string | undefined;
  /** Runs the next step; resolves with it (undefined when already done). */
  next(): Promise<ScenarioStep | undefined>;
  /** Runs the remaining steps, waiting `stepDelay` ms between them. */
  playAll(options?: { stepDelay?: number; onStep?: (step: ScenarioStep, index: number) => void }): Promise<void>;
}

/** Options of {@link createScenarioPlayer} / {@link playScenario}. */
export interface ScenarioOptions {
  /** Play on this call instead of creating one (for scenarios that need a call). */
  call?: SimulatedCall;
}

function createContext(sim: Simulator, options: ScenarioOptions): ScenarioContext {
  const ctx: ScenarioContext = {
    sim,
    call: options.call,
    vars: new Map(),
    async agent() {
      if (sim.agent) return sim.agent;
      return sim.callClient.createCallAgent(sim.credential);
    },
    deviceManager: () => sim.callClient.getDeviceManager(),
    requireCall() {
      if (!ctx.call) throw new Error('scenario: no call yet (a previous step creates it)');
      return ctx.call;
    },
    async connectedCall(o) {
      if (!ctx.call || ctx.call.state === 'Disconnected') ctx.call = await sim.connectedCall(o);
      return ctx.call;
    },
    async startVideo() {
      const call = ctx.requireCall();
      if (call.isLocalVideoStarted) return;
      const dm = await sim.callClient.getDeviceManager();
      const [camera] = await dm.getCameras();
      if (!camera || camera.id === 'camera:') throw new Error('scenario: no camera (permission not granted?)');
      await call.startVideo(new sim.sdk.LocalVideoStream(camera));
    },
  };
  return ctx;
}

/** A step-by-step player: `const player = createScenarioPlayer(sim, id); await player.next();`. */
export function createScenarioPlayer(sim: Simulator, id: ScenarioId, options: ScenarioOptions = {}): ScenarioPlayer {
  const scenario = scenarios[id];
  if (!scenario) throw new Error(`Unknown scenario '${String(id)}'`);
  const context = createContext(sim, options);
  let index = 0;
  let running: Promise<unknown> = Promise.resolve();
  const player: ScenarioPlayer = {
    scenario,
    context,
    get index() {
      return index;
    },
    get done() {
      return index >= scenario.steps.length;
    },
    get nextLabel() {
      return scenario.steps[index]?.label;
    },
    next() {
      const run = running.then(async () => {
        const step = scenario.steps[index];
        if (!step) return undefined;
        index++;
        await step.run(context);
        return step;
      });
      running = run.catch(() => undefined);
      return run;
    },
    async playAll({ stepDelay = 0, onStep } = {}) {
      while (!player.done) {
        const i = index;
        const step = await player.next();
        if (step) onStep?.(step, i);
        if (!player.done && stepDelay > 0) await new Promise((r) => setTimeout(r, stepDelay));
      }
    },
  };
  return player;
}

/** Plays a whole scenario; resolves with its context (the call, the vars) when the last step is done. */
export async function playScenario(
  sim: Simulator,
  id: ScenarioId,
  options: ScenarioOptions & { stepDelay?: number; onStep?: (step: ScenarioStep, index: number) => void } = {},
): Promise<ScenarioContext> {
  const player = createScenarioPlayer(sim, id, options);
  await player.playAll(options);
  return player.context;
}
