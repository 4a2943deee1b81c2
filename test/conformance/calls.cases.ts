// Conformance cases: client, agent, call (sdk-real-behaviour.md, third table). The real SDK is offline: a call it
// starts goes Connecting, then Disconnected with 490/4525; the simulator is told so (`side.offline`).
import { expect } from '@open-wc/testing';
import type { Call, CallAgent, CallClient } from '@azure/communication-calling';
import {
  credential,
  expectSdkError,
  fakeToken,
  rejection,
  stateReached,
  thrown,
  type ConformanceCase,
  type Side,
} from './harness.js';

const table = 'client, agent, call';
const peer = { communicationUserId: '8:acs:00000000-0000-0000-0000-000000000002' };

/**
 * Runs `use` with an agent of the page's client, and disposes the agent whatever happens: the real SDK has one
 * agent per page, and one left over would make the later cases get it back (or 40008).
 */
async function withAgent(side: Side, use: (agent: CallAgent) => Promise<void>, displayName = 'Ana'): Promise<void> {
  const agent = await side.client.createCallAgent(credential(fakeToken()), { displayName });
  try {
    await use(agent);
  } finally {
    await agent.dispose().catch(() => {});
  }
}

/** Runs `use` with a new client of the side's module, disposed afterwards whatever happens. */
async function withClient(side: Side, use: (client: CallClient) => Promise<void>): Promise<void> {
  const client = new side.module.CallClient();
  try {
    await use(client);
  } finally {
    await client.dispose().catch(() => {});
  }
}

/** A call that ended as an offline one does: joined, then 490/4525. */
async function endedCall(side: Side, agent: CallAgent, start: (agent: CallAgent) => Call) {
  side.offline(agent);
  const call = start(agent);
  await stateReached(call, 'Disconnected');
  return call;
}

export const callCases: ConformanceCase[] = [
  {
    table,
    name: 'createCallAgent rejects a malformed token (401/44111), no credential (401/44108), a failing getToken (401/44110)',
    async run({ client }) {
      expectSdkError(await rejection(client.createCallAgent(credential('not-a-jwt'))), 401, 44111);
      expectSdkError(await rejection(client.createCallAgent(undefined as never)), 401, 44108);
      const failing = credential(() => Promise.reject(new Error('the token server is down')));
      expectSdkError(await rejection(client.createCallAgent(failing)), 401, 44110);
    },
  },
  {
    table,
    name: 'an agent from a well-formed token: its display name can be set',
    async run(side) {
      await withAgent(
        side,
        async (agent) => {
          expect(agent.displayName).to.equal('Ana');
          (agent as { displayName?: string }).displayName = 'Ana B.';
          expect(agent.displayName).to.equal('Ana B.');
        },
        'Ana',
      );
    },
  },
  {
    table,
    name: 'createCallAgent twice: at once 400/40008; again with the same token the same agent; another token 40008',
    async run({ client }) {
      const token = fakeToken();
      const [first, second] = await Promise.allSettled([
        client.createCallAgent(credential(token)),
        client.createCallAgent(credential(token)),
      ]);
      expect(first.status).to.equal('fulfilled');
      const agent = (first as PromiseFulfilledResult<CallAgent>).value;
      try {
        expectSdkError((second as PromiseRejectedResult).reason, 400, 40008);
        expect(await client.createCallAgent(credential(token)), 'the same agent').to.equal(agent);
        const other = fakeToken('00000000-0000-0000-0000-000000000009');
        expectSdkError(await rejection(client.createCallAgent(credential(other))), 400, 40008);
      } finally {
        await agent.dispose();
      }
    },
  },
  {
    table,
    name: 'a second CallClient on the page gets the first client’s agent while it is not disposed',
    async run(side) {
      await withAgent(side, (agent) =>
        withClient(side, async (second) => {
          expect(await second.createCallAgent(credential(fakeToken()))).to.equal(agent);
        }),
      );
    },
  },
  {
    table,
    name: 'a join offline: None, Connecting, Disconnected 490/4525 "NetworkError"; callsUpdated added then removed',
    async run(side) {
      await withAgent(side, async (agent) => {
        const updates: string[] = [];
        const onCalls = (e: { added: Call[]; removed: Call[] }) =>
          updates.push(`+${e.added.length} -${e.removed.length}`);
        agent.on('callsUpdated', onCalls);
        side.offline(agent);
        const call = agent.join({ groupId: '29228d3e-040e-4656-a70e-890ab4e173e4' });
        const states = [call.state];
        call.on('stateChanged', () => states.push(call.state));
        await stateReached(call, 'Disconnected');
        agent.off('callsUpdated', onCalls);
        expect(states[0]).to.equal('None');
        expect(states).to.include('Connecting');
        expect(states.at(-1)).to.equal('Disconnected');
        expect(call.callEndReason).to.deep.equal({
          message: 'NetworkError',
          code: 490,
          subCode: 4525,
          resultCategories: ['UnexpectedClientError'],
        });
        expect(updates).to.deep.equal(['+1 -0', '+0 -1']);
        expect(agent.calls).to.deep.equal([]);
      });
    },
  },
  {
    table,
    name: 'joined muted with the camera on: not muted when join returns; no local video once it ended',
    async run(side) {
      await withAgent(side, async (agent) => {
        const [camera] = await side.deviceManager.getCameras();
        const video = new side.module.LocalVideoStream(camera!);
        side.offline(agent);
        const call = agent.join(
          { groupId: '29228d3e-040e-4656-a70e-890ab4e173e4' },
          { audioOptions: { muted: true }, videoOptions: { localVideoStreams: [video] } },
        );
        expect(call.isMuted, 'not muted yet').to.equal(false);
        await stateReached(call, 'Disconnected');
        expect([call.localVideoStreams.length, call.isLocalVideoStarted]).to.deep.equal([0, false]);
        video.dispose();
      });
    },
  },
  {
    table,
    name: 'the remote participant of a failed call ends 490/4525 too; muting one not connected rejects 405/42005',
    async run(side) {
      await withAgent(side, async (agent) => {
        side.offline(agent);
        const call = agent.startCall([peer]);
        const [participant] = call.remoteParticipants;
        expect(participant, 'a participant for the callee').to.not.equal(undefined);
        expectSdkError(await rejection(participant!.mute()), 405, 42005);
        await stateReached(call, 'Disconnected');
        expect([participant!.callEndReason?.code, participant!.callEndReason?.subCode]).to.deep.equal([490, 4525]);
      });
    },
  },
  {
    table,
    name: 'a remote stream that is not available gives no media stream (400/43103)',
    async run(side) {
      await withAgent(side, async (agent) => {
        side.offline(agent);
        const call = agent.startCall([peer]);
        const [stream] = call.remoteParticipants[0]!.videoStreams;
        expect(stream?.isAvailable).to.equal(false);
        expectSdkError(await rejection(stream!.getMediaStream()), 400, 43103);
        await stateReached(call, 'Disconnected');
      });
    },
  },
  {
    table,
    name: 'on a call that ended, mute 500/41015, unmute 400/41016, hangUp 490/4525, startVideo 500/43002',
    async run(side) {
      await withAgent(side, async (agent) => {
        const call = await endedCall(side, agent, (a) => a.startCall([peer]));
        expectSdkError(await rejection(call.mute()), 500, 41015);
        expectSdkError(await rejection(call.unmute()), 400, 41016);
        expectSdkError(await rejection(call.hangUp()), 490, 4525);
        const [camera] = await side.deviceManager.getCameras();
        const video = new side.module.LocalVideoStream(camera!);
        expectSdkError(await rejection(call.startVideo(video)), 500, 43002);
        expect([call.isMuted, call.isLocalVideoStarted], 'state unchanged').to.deep.equal([false, false]);
        video.dispose();
      });
    },
  },
  {
    table,
    name: 'call.feature(): an object for each call feature, 500/41001 for undefined; Capabilities all "FeatureNotSupported" before connecting',
    async run(side) {
      await withAgent(side, async (agent) => {
        side.offline(agent);
        const call = agent.startCall([peer]);
        const { Features } = side.module;
        for (const name of ['Recording', 'Captions', 'Transcription', 'RaiseHand', 'Reaction', 'Spotlight'] as const)
          expect(typeof call.feature(Features[name] as never), name).to.equal('object');
        expectSdkError(
          thrown(() => call.feature(undefined as never)),
          500,
          41001,
        );
        const capabilities = call.feature(Features.Capabilities).capabilities;
        for (const name of ['turnVideoOn', 'unmuteMic', 'shareScreen'] as const)
          expect([capabilities[name]?.isPresent, capabilities[name]?.reason], name).to.deep.equal([
            false,
            'FeatureNotSupported',
          ]);
        await stateReached(call, 'Disconnected');
      });
    },
  },
  {
    table,
    name: 'agent.dispose() twice 409/40203; client.dispose() twice 404/40012; callClient.feature(undefined) 500/41001',
    async run(side) {
      await withClient(side, async (client) => {
        expectSdkError(
          thrown(() => client.feature(undefined as never)),
          500,
          41001,
        );
        const agent = await client.createCallAgent(credential(fakeToken()));
        await agent.dispose();
        expectSdkError(await rejection(agent.dispose()), 409, 40203);
        await client.dispose();
        expectSdkError(await rejection(client.dispose()), 404, 40012);
      });
    },
  },
  {
    table,
    name: 'join after the agent was disposed does not throw: the call cannot reach the service (Connecting, then 490/4525)',
    async run(side) {
      await withClient(side, async (client) => {
        const agent = await client.createCallAgent(credential(fakeToken()));
        const updates: string[] = [];
        const before = (e: { added: Call[]; removed: Call[] }) =>
          updates.push(`before: +${e.added.length} -${e.removed.length}`);
        const after = (e: { added: Call[]; removed: Call[] }) =>
          updates.push(`after: +${e.added.length} -${e.removed.length}`);
        agent.on('callsUpdated', before);
        await agent.dispose();
        agent.on('callsUpdated', after);
        const call = agent.join({ groupId: '29228d3e-040e-4656-a70e-890ab4e173e4' });
        const states: string[] = [call.state];
        const onState = () => states.push(call.state);
        call.on('stateChanged', onState);
        await stateReached(call, 'Disconnected');
        call.off('stateChanged', onState);
        agent.off('callsUpdated', after);
        expect(states).to.deep.equal(['None', 'Connecting', 'Disconnected']);
        expect([call.callEndReason?.code, call.callEndReason?.subCode]).to.deep.equal([490, 4525]);
        // Disposing dropped the earlier listener; the later one hears of the call being added, never removed.
        expect(updates).to.deep.equal(['after: +1 -0']);
        expect(agent.calls, 'the ended call stays listed').to.deep.equal([call]);
      });
    },
  },
  {
    table,
    name: 'errors carry _code, _subCode and _resultCategories, read through code and subCode getters',
    async run({ deviceManager: dm }) {
      const error = await rejection(dm.askDevicePermission(undefined as never));
      expect(Object.keys(error)).to.include.members(['_code', '_subCode', '_resultCategories']);
      expect(Object.getOwnPropertyDescriptor(error, 'code'), 'code is a getter').to.equal(undefined);
      expect([error.code, error.subCode, error.resultCategories]).to.deep.equal([
        500,
        41001,
        ['UnexpectedClientError'],
      ]);
    },
  },
];
