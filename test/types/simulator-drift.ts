/**
 * Type-level tests (checked by `tsc --noEmit -p .`, never run): the simulator is tied to the SDK's types, so an
 * SDK upgrade that adds, removes or renames an event or a member fails the build. Each `@ts-expect-error` below
 * proves a check works: if the check stopped rejecting, the directive itself would become an error.
 */
import type {
  Call,
  CallAgent,
  CallClient,
  CapabilitiesFeature,
  DeviceManager,
  DominantSpeakersCallFeature,
  IncomingCall,
  LocalVideoStream,
  RaiseHandCallFeature,
  RemoteParticipant,
  RemoteVideoStream,
  UserFacingDiagnosticsFeature,
  VideoStreamRendererView,
} from '@azure/communication-calling';
import type {
  AcsSdk,
  CallAgentEventName,
  CallEventName,
  DeviceManagerEventName,
  MediaDiagnosticName,
  RemoteParticipantEventName,
} from '../../src/sdk/index.js';
import {
  CALL_AGENT_EVENTS,
  CALL_EVENTS,
  DEVICE_MANAGER_EVENTS,
  MEDIA_DIAGNOSTIC_NAMES,
  REMOTE_PARTICIPANT_EVENTS,
  type SimulatedCall,
  type SimulatedCallAgent,
  type SimulatedCallClientApi,
  type SimulatedCapabilities,
  type SimulatedDeviceManager,
  type SimulatedDominantSpeakers,
  type SimulatedIncomingCall,
  type SimulatedRaiseHand,
  type SimulatedRemoteParticipant,
  type SimulatedRemoteVideoStream,
  type SimulatedRendererView,
  type SimulatedSdk,
  type SimulatedUserFacingDiagnostics,
  type Simulator,
} from '../../src/simulator/index.js';

type Is<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;

// 1. Every simulated object is assignable to its SDK interface (the classes also `implements` them).
export type SimulatedObjectsAreSdkObjects = [
  Is<Extends<SimulatedCall, Call>>,
  Is<Extends<SimulatedCallAgent, CallAgent>>,
  Is<Extends<SimulatedIncomingCall, IncomingCall>>,
  Is<Extends<SimulatedRemoteParticipant, RemoteParticipant>>,
  Is<Extends<SimulatedRemoteVideoStream, RemoteVideoStream>>,
  Is<Extends<SimulatedDeviceManager, DeviceManager>>,
  Is<Extends<SimulatedRendererView, VideoStreamRendererView>>,
  Is<Extends<SimulatedUserFacingDiagnostics, UserFacingDiagnosticsFeature>>,
  Is<Extends<SimulatedDominantSpeakers, DominantSpeakersCallFeature>>,
  Is<Extends<SimulatedRaiseHand, RaiseHandCallFeature>>,
  Is<Extends<SimulatedCapabilities, CapabilitiesFeature>>,
  Is<Extends<SimulatedSdk, AcsSdk>>,
  Is<
    Extends<Simulator['callClient'], Pick<CallClient, 'createCallAgent' | 'getDeviceManager' | 'feature' | 'dispose'>>
  >,
  // The real class satisfies the same Pick, so a page can pass either.
  Is<Extends<CallClient, Pick<CallClient, 'createCallAgent' | 'getDeviceManager' | 'feature' | 'dispose'>>>,
  Is<Extends<SimulatedCallClientApi, Pick<CallClient, 'createCallAgent' | 'getDeviceManager' | 'feature' | 'dispose'>>>,
];

// 2. The event tables are complete today...
CALL_EVENTS satisfies Record<CallEventName, unknown>;
CALL_AGENT_EVENTS satisfies Record<CallAgentEventName, unknown>;
DEVICE_MANAGER_EVENTS satisfies Record<DeviceManagerEventName, unknown>;
REMOTE_PARTICIPANT_EVENTS satisfies Record<RemoteParticipantEventName, unknown>;
MEDIA_DIAGNOSTIC_NAMES satisfies Record<MediaDiagnosticName, unknown>;

// 3. ...and the check rejects a table missing one SDK event (what an SDK that adds an event looks like).
const { stateChanged: _dropped, ...callEventsMissingOne } = CALL_EVENTS;
void _dropped;
// @ts-expect-error -- 'stateChanged' is missing: tsc must reject the table.
callEventsMissingOne satisfies Record<CallEventName, 'property' | 'collection'>;

// 4. A table with an event the SDK does not declare is rejected too (what an SDK that removes an event looks like).
({
  ...CALL_EVENTS,
  // @ts-expect-error -- 'callEndedForEveryone' is not a Call event in the SDK's d.ts.
  callEndedForEveryone: 'property',
}) satisfies Record<CallEventName, 'property' | 'collection'>;

// 5. A future SDK with one more Call event: the simulator's real table no longer satisfies it.
type FutureCallEventName = CallEventName | 'spatialAudioChanged';
// @ts-expect-error -- the simulator's table lacks the new event.
CALL_EVENTS satisfies Record<FutureCallEventName, 'property' | 'collection'>;

// 6. A future SDK with one more media diagnostic (2.0.0 added `microphoneNotMuteButSilent`): caught the same way.
// @ts-expect-error -- the simulator's list lacks the new diagnostic.
MEDIA_DIAGNOSTIC_NAMES satisfies Record<MediaDiagnosticName | 'speakerNotFunctioning', true>;

// 7. A simulated object missing an SDK member does not pass for the SDK object.
type CallWithoutHold = Omit<SimulatedCall, 'hold'>;
// @ts-expect-error -- `hold` is part of the SDK's Call.
export const callWithoutHold: Call = null as unknown as CallWithoutHold;

// 8. The simulated `on()` is as strictly typed as the SDK's: the listener type follows the event name.
export function typedListeners(call: SimulatedCall, agent: SimulatedCallAgent): void {
  call.on('remoteParticipantsUpdated', ({ added }) => void added[0]?.displayName);
  agent.on('incomingCall', ({ incomingCall }) => void incomingCall.callerInfo);
  // @ts-expect-error -- a property-change listener gets no payload.
  call.on('isMutedChanged', (args: { added: unknown[] }) => void args);
  // @ts-expect-error -- not an event of Call.
  call.on('noSuchEvent', () => {});
}

// 9. Local video streams are the SDK's class type (a call holds real LocalVideoStream instances).
export type LocalVideoStreamsAreReal = Is<Extends<InstanceType<SimulatedSdk['LocalVideoStream']>, LocalVideoStream>>;
