/**
 * The narrow view of the ACS Calling SDK that this project reads.
 *
 * This is the only folder that names the SDK's types. Everything is `import type`: no element ever pulls the
 * SDK's runtime (1.7 MB gzip) into its bundle. The few runtime pieces a UI needs reach elements through the
 * {@link AcsSdk} capability object (see `src/context`).
 */
import type {
  AudioDeviceInfo,
  Call,
  CallAgent,
  CallState,
  CreateViewOptions,
  DeviceManager,
  DiagnosticQuality,
  Features,
  IncomingCall,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  LocalVideoStream,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
  VideoDeviceInfo,
  VideoStreamRendererView,
} from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';

export type {
  AudioDeviceInfo,
  Call,
  CallAgent,
  CallEndReason,
  CallState,
  CapabilitiesFeature,
  CreateViewOptions,
  DeviceAccess,
  DeviceManager,
  DominantSpeakersCallFeature,
  IncomingCall,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  LocalVideoStream,
  MediaDiagnosticChangedEventArgs,
  NetworkDiagnosticChangedEventArgs,
  ParticipantCapabilityName,
  RaiseHandCallFeature,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
  ScalingMode,
  UserFacingDiagnosticsFeature,
  VideoDeviceInfo,
  VideoStreamRendererView,
} from '@azure/communication-calling';
export type { CommunicationIdentifierKind } from '@azure/communication-common';

// ---------------------------------------------------------------------------------------------------------------
// Event-name unions, derived from the SDK's own `on()` overloads, so that an added or removed SDK event
// changes these types (and every `satisfies Record<XEventName, ...>` table fails to compile).
// ---------------------------------------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
type OnOverloads<T> = T extends {
  (e: infer E1, l: any): any;
  (e: infer E2, l: any): any;
  (e: infer E3, l: any): any;
  (e: infer E4, l: any): any;
  (e: infer E5, l: any): any;
  (e: infer E6, l: any): any;
  (e: infer E7, l: any): any;
  (e: infer E8, l: any): any;
  (e: infer E9, l: any): any;
  (e: infer E10, l: any): any;
  (e: infer E11, l: any): any;
  (e: infer E12, l: any): any;
  (e: infer E13, l: any): any;
  (e: infer E14, l: any): any;
  (e: infer E15, l: any): any;
  (e: infer E16, l: any): any;
}
  ? E1 | E2 | E3 | E4 | E5 | E6 | E7 | E8 | E9 | E10 | E11 | E12 | E13 | E14 | E15 | E16
  : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every event name `Call.on()` accepts, per the SDK's d.ts. */
export type CallEventName = OnOverloads<Call['on']>;
/** Every event name `CallAgent.on()` accepts. */
export type CallAgentEventName = OnOverloads<CallAgent['on']>;
/** Every event name `IncomingCall.on()` accepts. */
export type IncomingCallEventName = OnOverloads<IncomingCall['on']>;
/** Every event name `RemoteParticipant.on()` accepts. */
export type RemoteParticipantEventName = OnOverloads<RemoteParticipant['on']>;
/** Every event name `RemoteVideoStream.on()` accepts. */
export type RemoteVideoStreamEventName = OnOverloads<RemoteVideoStream['on']>;
/** Every event name `DeviceManager.on()` accepts. */
export type DeviceManagerEventName = OnOverloads<DeviceManager['on']>;
/** Every event name `LocalVideoStream.on()` accepts. */
export type LocalVideoStreamEventName = OnOverloads<LocalVideoStream['on']>;

/** The media diagnostics the SDK reports (`microphoneMuteUnexpectedly`, ...). */
export type MediaDiagnosticName = keyof LatestMediaDiagnostics;
/** The network diagnostics the SDK reports (`networkReconnect`, ...). */
export type NetworkDiagnosticName = keyof LatestNetworkDiagnostics;
/** Either kind of user-facing diagnostic. */
export type DiagnosticName = MediaDiagnosticName | NetworkDiagnosticName;

/** `DiagnosticQuality` values without importing the runtime enum (Good = 1, Poor = 2, Bad = 3). */
export const Quality = { Good: 1, Poor: 2, Bad: 3 } as const satisfies Record<
  'Good' | 'Poor' | 'Bad',
  DiagnosticQuality
>;

/** Every `CallState` the SDK declares, in the order a call usually walks them. */
export const CALL_STATES = [
  'None',
  'Connecting',
  'Ringing',
  'EarlyMedia',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
  'Disconnecting',
  'Disconnected',
] as const satisfies readonly CallState[];

// Compile-time check that CALL_STATES lists every CallState (fails when the SDK adds one).
type MissingCallState = Exclude<CallState, (typeof CALL_STATES)[number]>;
const _allCallStates: [MissingCallState] extends [never] ? true : MissingCallState = true;
void _allCallStates;

/** Every `RemoteParticipantState` the SDK declares. */
export const PARTICIPANT_STATES = [
  'Idle',
  'Connecting',
  'Ringing',
  'EarlyMedia',
  'Connected',
  'Hold',
  'InLobby',
  'Disconnected',
] as const satisfies readonly RemoteParticipantState[];
type MissingParticipantState = Exclude<RemoteParticipantState, (typeof PARTICIPANT_STATES)[number]>;
const _allParticipantStates: [MissingParticipantState] extends [never] ? true : MissingParticipantState = true;
void _allParticipantStates;

// ---------------------------------------------------------------------------------------------------------------
// The "sdk" capability: the only runtime pieces of the SDK a UI needs, injected (never imported) so that
// elements work before the SDK loads and with the simulator.
// ---------------------------------------------------------------------------------------------------------------

/** The call features elements reach through `call.feature(...)`. */
export type FeatureTokens = Pick<
  typeof Features,
  'UserFacingDiagnostics' | 'DominantSpeakers' | 'Capabilities' | 'RaiseHand'
>;

/** The shape of the SDK's `VideoStreamRenderer` that elements use. */
export interface VideoStreamRendererLike {
  createView(options?: CreateViewOptions): Promise<VideoStreamRendererView>;
  dispose(): void;
}

/**
 * The runtime capabilities elements need from the SDK, provided by `<acs-call-provider>` from the real module
 * (`await import('@azure/communication-calling')`) or by the simulator.
 */
export interface AcsSdk {
  /** `Features` tokens for `call.feature()`. */
  readonly Features: FeatureTokens;
  /** The SDK's `LocalVideoStream` class (real instances are required by `call.startVideo`). */
  readonly LocalVideoStream: new (source: VideoDeviceInfo | MediaStream) => LocalVideoStream;
  /** A `VideoStreamRenderer` constructor (the SDK's own, or the simulator's factory that handles both kinds). */
  readonly VideoStreamRenderer: new (stream: LocalVideoStream | RemoteVideoStream) => VideoStreamRendererLike;
}

/** The error shape the SDK rejects with (`CallingCommunicationError`). */
export interface SdkErrorLike {
  readonly name?: string;
  readonly message: string;
  readonly code?: number;
  readonly subCode?: number;
}

/** A display name is never trusted: it is rendered as text only. Returns a readable name for an identifier. */
export function identifierKey(id: CommunicationIdentifierKind | undefined): string {
  if (!id) return '';
  switch (id.kind) {
    case 'communicationUser':
      return id.communicationUserId;
    case 'phoneNumber':
      return id.rawId ?? id.phoneNumber;
    case 'microsoftTeamsUser':
      return id.rawId ?? id.microsoftTeamsUserId;
    case 'microsoftTeamsApp':
      return id.rawId ?? id.teamsAppId;
    case 'unknown':
      return id.id;
    default:
      return (id as { rawId?: string }).rawId ?? JSON.stringify(id);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Devices and permissions (issue #5: device picker, permission guide).
// ---------------------------------------------------------------------------------------------------------------
import type {
  LocalAudioStream as SdkLocalAudioStream,
  PermissionConstraints as SdkPermissionConstraints,
  Volume as SdkVolume,
} from '@azure/communication-calling';
export type LocalAudioStream = SdkLocalAudioStream;
export type PermissionConstraints = SdkPermissionConstraints;
export type Volume = SdkVolume;

/**
 * The optional `LocalAudioStream` class of the SDK capability: the real SDK module has it (a microphone level
 * meter before a call reads `getVolume()` from it); a capability object without it gets no meter before a call.
 */
export interface AcsSdkAudio {
  readonly LocalAudioStream?: new (source: AudioDeviceInfo | MediaStream) => LocalAudioStream;
}

// ---- added for <acs-call-provider> (issue #4) ----
/** The credential `CallClient.createCallAgent` takes (`getToken()` + `dispose()`). */
export type { CommunicationTokenCredential } from '@azure/communication-common';
/** The part of `CallClient` the provider uses (the real class and the simulator's `callClient` both fit). */
export type CallClientLike = Pick<
  import('@azure/communication-calling').CallClient,
  'createCallAgent' | 'getDeviceManager'
> & {
  dispose?(): Promise<void>;
};
