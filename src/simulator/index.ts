/**
 * `acs-calling-elements/simulator`: a public, type-checked fake of the ACS Web Calling SDK for tests, stories and
 * demos. Every simulated object implements the SDK's interface and has a `simulate` control API.
 *
 * Never imported by the elements: a page or test passes `sim.callClient` / `sim.sdk` / a simulated call to them.
 */
export {
  createSimulator,
  SAMPLE_NAMES,
  type ConnectedCallOptions,
  type RendererCounts,
  type SimulatedCallClientApi,
  type SimulatedSdk,
  type Simulator,
  type SimulatorOptions,
} from './simulator.js';
export { SimulatedCallAgent, CALL_AGENT_EVENTS, type CallAgentSimulation, type IncomingCallInit } from './agent.js';
export {
  SimulatedCall,
  SimulatedCallInfo,
  SimulatedLobby,
  CALL_EVENTS,
  CALL_METHOD_ERRORS,
  CALL_RUNTIME_ONLY_EVENTS,
  LOBBY_EVENTS,
  type CallMethod,
  type CallSimulation,
  type EndOptions,
  type InterruptionEndedOptions,
  type InterruptionKind,
  type InterruptionOptions,
} from './call.js';
export {
  SimulatedIncomingCall,
  INCOMING_CALL_EVENTS,
  type IncomingCallMethod,
  type IncomingCallSimulation,
} from './incoming-call.js';
export {
  SimulatedRemoteParticipant,
  REMOTE_PARTICIPANT_EVENTS,
  type ParticipantInit,
  type RemoteParticipantSimulation,
} from './participant.js';
export {
  SimulatedRemoteVideoStream,
  REMOTE_VIDEO_STREAM_EVENTS,
  type RemoteStreamKind,
  type RemoteVideoStreamSimulation,
} from './streams.js';
export {
  SimulatedDeviceManager,
  DEFAULT_VIRTUAL_DEVICES,
  DEVICE_MANAGER_EVENTS,
  type DeviceManagerMethod,
  type DeviceManagerSimulation,
  type PermissionErrorInfo,
  type PermissionOutcome,
  type SimulatedPermissionState,
  type VirtualDeviceInit,
  type VirtualDevices,
} from './device-manager.js';
export {
  SimulatedFeatures,
  SimulatedUserFacingDiagnostics,
  SimulatedMediaDiagnostics,
  SimulatedNetworkDiagnostics,
  SimulatedRemoteDiagnostics,
  SimulatedDominantSpeakers,
  SimulatedRaiseHand,
  SimulatedCapabilities,
  SimulatedRecording,
  SimulatedRecordingInfo,
  SimulatedTranscription,
  SimulatedCaptionsFeature,
  SimulatedCaptions,
  SimulatedReaction,
  SimulatedSpotlight,
  SimulatedVideoEffects,
  CAPABILITY_NAMES,
  CAPTION_LANGUAGES,
  RECORDING_STATES,
  type RecordingStateName,
  CAPABILITIES_EVENTS,
  DIAGNOSTICS_EVENTS,
  DOMINANT_SPEAKERS_EVENTS,
  MEDIA_DIAGNOSTIC_NAMES,
  NETWORK_DIAGNOSTIC_TYPES,
  RAISE_HAND_EVENTS,
  type CapabilityInput,
  type DiagnosticInput,
  type SimulatedCallFeatures,
  type SimulatedFeatureKey,
} from './features.js';
export {
  SimulatedVideoStreamRenderer,
  SimulatedRendererView,
  type SimulatedVideoStreamRendererCtor,
} from './renderer.js';
export type { LocalVideoStreamCtor } from './local-video.js';
export type { LocalAudioStreamCtor } from './local-audio.js';
export { SimulatedTokenCredential, simulatedToken } from './credential.js';
export { SimulatedPermissionStatus, createSimulatedEnvironment } from './environment.js';
export type { SdkModule } from './context.js';
export { SimulatedCallingError, SDK_ERRORS, type SdkErrorDefinition, type SdkErrorName } from './errors.js';
export type { ListenerOf, EventNameOf } from './types.js';
export {
  scenarios,
  createScenarioPlayer,
  playScenario,
  type Scenario,
  type ScenarioContext,
  type ScenarioId,
  type ScenarioOptions,
  type ScenarioPlayer,
  type ScenarioStep,
} from './scenarios.js';
export { VirtualClock, createVirtualClock } from './clock.js';
export type { Clock, ClockTimer } from '../clock.js';
