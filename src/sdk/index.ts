/**
 * The narrow view of the ACS Calling SDK that this project reads, grouped by SDK object.
 *
 * This is the only folder that names the SDK's types. Everything is `import type`: no element ever pulls the
 * SDK's runtime (1.7 MB gzip) into its bundle. The few runtime pieces a UI needs reach elements through the
 * {@link AcsSdk} capability object (see `src/context`).
 */
import type {
  AudioDeviceInfo,
  Call,
  CallAgent,
  CallClient,
  CallState,
  CreateViewOptions,
  DeviceManager,
  DiagnosticQuality,
  Features,
  IncomingCall,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  LocalAudioStream,
  LocalVideoStream,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
  VideoDeviceInfo,
  VideoStreamRendererView,
} from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';

/**
 * Every event name of an SDK object's overloaded `on()`, read from the SDK's own d.ts: an added or removed SDK
 * event changes these unions (and every `satisfies Record<XEventName, ...>` table fails to compile).
 */
type OnOverloads<T> = T extends {
  (e: infer E1, l: never): unknown;
  (e: infer E2, l: never): unknown;
  (e: infer E3, l: never): unknown;
  (e: infer E4, l: never): unknown;
  (e: infer E5, l: never): unknown;
  (e: infer E6, l: never): unknown;
  (e: infer E7, l: never): unknown;
  (e: infer E8, l: never): unknown;
  (e: infer E9, l: never): unknown;
  (e: infer E10, l: never): unknown;
  (e: infer E11, l: never): unknown;
  (e: infer E12, l: never): unknown;
  (e: infer E13, l: never): unknown;
  (e: infer E14, l: never): unknown;
  (e: infer E15, l: never): unknown;
  (e: infer E16, l: never): unknown;
}
  ? E1 | E2 | E3 | E4 | E5 | E6 | E7 | E8 | E9 | E10 | E11 | E12 | E13 | E14 | E15 | E16
  : never;

// ---- Client and agent ------------------------------------------------------------------------------------------

export type { CallAgent, CallAgentOptions } from '@azure/communication-calling';
export type { CommunicationTokenCredential } from '@azure/communication-common';

/** The part of `CallClient` the provider uses (the real class and the simulator's `callClient` both fit). */
export type CallClientLike = Pick<CallClient, 'createCallAgent' | 'getDeviceManager'> & {
  dispose?(): Promise<void>;
};

/** Every event name `CallAgent.on()` accepts. */
export type CallAgentEventName = OnOverloads<CallAgent['on']>;

// ---- Call ------------------------------------------------------------------------------------------------------

export type { Call, CallEndReason, CallState } from '@azure/communication-calling';

/** Every event name `Call.on()` accepts. */
export type CallEventName = OnOverloads<Call['on']>;

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

// Fails to compile when the SDK adds a CallState that CALL_STATES does not list.
type MissingCallState = Exclude<CallState, (typeof CALL_STATES)[number]>;
const allCallStates: [MissingCallState] extends [never] ? true : MissingCallState = true;
void allCallStates;

// ---- Incoming call ---------------------------------------------------------------------------------------------

export type { IncomingCall } from '@azure/communication-calling';

/** Every event name `IncomingCall.on()` accepts. */
export type IncomingCallEventName = OnOverloads<IncomingCall['on']>;

// ---- Call features ---------------------------------------------------------------------------------------------

export type {
  CapabilitiesFeature,
  DominantSpeakersCallFeature,
  MediaDiagnosticChangedEventArgs,
  NetworkDiagnosticChangedEventArgs,
  ParticipantCapabilityName,
  RaiseHandCallFeature,
  UserFacingDiagnosticsFeature,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  RemoteDiagnostic,
  RemoteParticipantDiagnosticsData,
} from '@azure/communication-calling';

/** The call features elements reach through `call.feature(...)`. */
export type CallFeatureTokens = Pick<
  typeof Features,
  | 'UserFacingDiagnostics'
  | 'DominantSpeakers'
  | 'Capabilities'
  | 'RaiseHand'
  | 'Recording'
  | 'Transcription'
  | 'Captions'
  | 'Reaction'
  | 'Spotlight'
>;

/** The `Features` tokens a page's SDK module (or the simulator's) provides: the call features and `VideoEffects`. */
export type FeatureTokens = CallFeatureTokens & Pick<typeof Features, 'VideoEffects'>;

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

// ---- Remote participants and their streams ---------------------------------------------------------------------

export type { RemoteParticipant, RemoteParticipantState, RemoteVideoStream } from '@azure/communication-calling';
export type { CommunicationIdentifierKind } from '@azure/communication-common';

/** Every event name `RemoteParticipant.on()` accepts. */
export type RemoteParticipantEventName = OnOverloads<RemoteParticipant['on']>;
/** Every event name `RemoteVideoStream.on()` accepts. */
export type RemoteVideoStreamEventName = OnOverloads<RemoteVideoStream['on']>;

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

// Fails to compile when the SDK adds a RemoteParticipantState that PARTICIPANT_STATES does not list.
type MissingParticipantState = Exclude<RemoteParticipantState, (typeof PARTICIPANT_STATES)[number]>;
const allParticipantStates: [MissingParticipantState] extends [never] ? true : MissingParticipantState = true;
void allParticipantStates;

/** A stable key for a participant (its raw id); display names are never trusted as keys. */
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

// ---- Local media and rendering ---------------------------------------------------------------------------------

export type {
  LocalAudioStream,
  LocalVideoStream,
  CreateViewOptions,
  ScalingMode,
  VideoStreamRendererView,
  Volume,
} from '@azure/communication-calling';

/** Every event name `LocalVideoStream.on()` accepts. */
export type LocalVideoStreamEventName = OnOverloads<LocalVideoStream['on']>;

/** The shape of the SDK's `VideoStreamRenderer` that elements use. */
export interface VideoStreamRendererLike {
  createView(options?: CreateViewOptions): Promise<VideoStreamRendererView>;
  dispose(): void;
}

// ---- Devices and permissions -----------------------------------------------------------------------------------

export type {
  AudioDeviceInfo,
  DeviceAccess,
  DeviceManager,
  PermissionConstraints,
  VideoDeviceInfo,
} from '@azure/communication-calling';

/** Every event name `DeviceManager.on()` accepts. */
export type DeviceManagerEventName = OnOverloads<DeviceManager['on']>;

/** The part of a `PermissionStatus` elements read (an `EventTarget` with `state`, firing `change`). */
export interface PermissionStatusLike extends EventTarget {
  readonly state: PermissionState;
}

/**
 * The browser's side of media permissions, which the SDK does not cover: the Permissions API and `getUserMedia`
 * / `enumerateDevices`. The real browser (`navigator`) unless a simulator supplies its own (`sim.sdk.environment`),
 * so that a simulated scenario is coherent from the SDK to the browser.
 */
export interface PermissionEnvironment {
  /** The Permissions API, when the browser has it (Firefox and Safari know `camera`/`microphone` only lately). */
  readonly permissions?: { query(descriptor: { name: PermissionName }): Promise<PermissionStatusLike> };
  /** `getUserMedia` (asking without the SDK, and probing an OS denial) and `enumerateDevices` (no device?). */
  readonly mediaDevices?: Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>;
}

// ---- The "sdk" capability --------------------------------------------------------------------------------------

/**
 * The runtime pieces of the SDK that elements need, injected (never imported) so that elements work before the SDK
 * loads and with the simulator. `<acs-call-provider>` provides the real module
 * (`await import('@azure/communication-calling')`) or a simulator's `sim.sdk`.
 */
export interface AcsSdk {
  /** `Features` tokens for `call.feature()`. */
  readonly Features: FeatureTokens;
  /** The SDK's `LocalVideoStream` class (real instances are required by `call.startVideo`). */
  readonly LocalVideoStream: new (source: VideoDeviceInfo | MediaStream) => LocalVideoStream;
  /** A `VideoStreamRenderer` constructor (the SDK's own, or the simulator's, which handles both kinds of stream). */
  readonly VideoStreamRenderer: new (stream: LocalVideoStream | RemoteVideoStream) => VideoStreamRendererLike;
  /**
   * The SDK's `LocalAudioStream` class: the real module has it (a microphone level meter before a call reads
   * `getVolume()` from it); without it there is no meter before a call.
   */
  readonly LocalAudioStream?: new (source: AudioDeviceInfo | MediaStream) => LocalAudioStream;
  /** The browser's side of permissions (a simulator's); the real browser when absent. */
  readonly environment?: PermissionEnvironment;
}

/** The error shape the SDK rejects with (`CallingCommunicationError`). */
export interface SdkErrorLike {
  readonly name?: string;
  readonly message: string;
  readonly code?: number;
  readonly subCode?: number;
}
