/**
 * SDK-shaped errors. The real SDK rejects and throws `CallingCommunicationError` instances with a numeric
 * `code` (HTTP-like) and `subCode`; the definitions below are copied from the 2.0.0 bundle's error table.
 */

/** The definition of one SDK error: message, code and subCode. */
export interface SdkErrorDefinition {
  readonly message: string;
  readonly code: number;
  readonly subCode?: number;
}

/**
 * An error shaped like the SDK's `CallingCommunicationError`: `name === 'CallingCommunicationError'`,
 * numeric `code` and `subCode`.
 */
export class SimulatedCallingError extends Error {
  /** HTTP-like status code, as the SDK reports it (e.g. 422 for an unknown event name). */
  readonly code: number;
  /** The SDK's sub-code (e.g. 41042). */
  readonly subCode?: number;

  constructor(definition: SdkErrorDefinition) {
    super(definition.message);
    this.name = 'CallingCommunicationError';
    this.code = definition.code;
    this.subCode = definition.subCode;
  }
}

/** Creates an SDK-shaped error from a definition or a partial one. */
export function sdkError(definition: SdkErrorDefinition): SimulatedCallingError {
  return new SimulatedCallingError(definition);
}

/** Error definitions used by the simulator, taken from the real SDK. */
export const SDK_ERRORS = {
  // Call
  MIC_MUTE: {
    message:
      'Failed to mute microphone. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41015,
  },
  MIC_UNMUTE: {
    message:
      'Failed to unmute microphone. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 400,
    subCode: 41016,
  },
  MUTE_ALL_PARTICIPANTS: { message: 'Failed to mute all remote participants', code: 500, subCode: 41019 },
  MUTE_INCOMING_AUDIO: { message: 'Failed to mute incoming audio', code: 500, subCode: 41020 },
  UNMUTE_INCOMING_AUDIO: { message: 'Failed to unmute incoming audio', code: 500, subCode: 41021 },
  DTMF_TONE: { message: 'Failed to send DTMF tone', code: 400, subCode: 41022 },
  STREAM_NULL: {
    message:
      'Failed to start video, LocalVideoStream instance is invalid or empty. Please pass in a LocalVideoStream instance.',
    code: 400,
    subCode: 41025,
  },
  VIDEO_ALREADY_ON: { message: 'Failed to start video, video is already started.', code: 400, subCode: 41027 },
  START_VIDEO: { message: 'Failed to start video', code: 500, subCode: 41029 },
  VIDEO_ALREADY_OFF: { message: 'Failed to stop video, video is already stopped.', code: 400, subCode: 41030 },
  STOP_WRONG_STREAM: {
    message: 'Failed to stop video, invalid argument. LocalVideoStream used as an input is currently not being sent.',
    code: 400,
    subCode: 41032,
  },
  HOLD_CALL: {
    message:
      'Failed to hold the call. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41033,
  },
  RESUME_CALL: {
    message:
      'Failed to resume the call.Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41034,
  },
  SS_ALREADY_ON: {
    message: 'Failed to start screen share, screen share is already started.',
    code: 400,
    subCode: 41035,
  },
  START_SS: { message: 'Failed to start screen sharing', code: 500, subCode: 41040 },
  SS_ALREADY_OFF: {
    message: 'Failed to stop screen share, screen share is already stopped.',
    code: 400,
    subCode: 41041,
  },
  START_SS_CALL_NOT_CONNECTED: {
    message:
      "Failed to start screen share, call is not in Connected state. Subscribe to the Call's 'statteChanged' event to know when the call is connected.",
    code: 412,
    subCode: 41071,
  },
  STOP_SS_CALL_NOT_CONNECTED: {
    message: 'Failed to stop screen sharing. Call must be in connected state',
    code: 412,
    subCode: 41072,
  },
  STOP_VIDEO_FAILED: { message: 'Failed to stop video.', code: 500, subCode: 41077 },
  MUTE_ALL_PARTICIPANTS_CALL_NOT_CONNECTED: {
    message: 'Failed to mute all remote participants. Call must be in connected state',
    code: 412,
    subCode: 41087,
  },
  REMOVE_PARTICIPANT_CALL_NOT_CONNECTED: {
    message: 'Failed to remove participant. Call must be in connected state',
    code: 412,
    subCode: 41090,
  },
  IP_AUDIO_NOT_ALLOWED: {
    message: 'Failed to mute/unmute as VOIP Audio is not allowed in this call.',
    code: 403,
    subCode: 41104,
  },
  IP_VIDEO_NOT_ALLOWED: {
    message: 'Failed to start/stop video as VOIP Video is not allowed in this call.',
    code: 403,
    subCode: 41105,
  },
  SET_CONSTRAINTS: {
    message:
      'Error settting video constraints during call settup or mid-call. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41067,
  },
  HANGUP: { message: 'Failed to hang up the call', code: 500 },
  // Incoming call
  ACCEPT_INCOMING_CALL: { message: 'Failed to accept the Incoming Call', code: 500, subCode: 41005 },
  ACCEPT_NOT_RINGING: {
    message:
      "Failed to accept the incoming call, it is not in the Ringing state. Subcscribe to CallAgent's 'incomingCall' event to accept the incoming call.",
    code: 400,
    subCode: 41006,
  },
  REJECT_NOT_RINGING: {
    message:
      "Failed to reject the incoming call, it is not in the Ringing state. Subcscribe to CallAgent's 'incomingCall' event to reject the incoming call.",
    code: 400,
    subCode: 41007,
  },
  REJECT_CALL_FAILED: { message: 'Failed to reject call', code: 500, subCode: 41079 },
  // Lobby
  UNAUTHORIZED_ADMIT_REJECT: {
    message: 'only Organizer, Co-organizer or Presenter can admit/reject participants from lobby',
    code: 403,
    subCode: 41805,
  },
  // Device manager
  SELECT_MICROPHONE_FAIL: { message: 'There was an issue with selecting the microphone', code: 500, subCode: 40608 },
  SELECT_SPEAKER_FAIL: { message: 'There was an issue with selecting the speaker', code: 500, subCode: 40610 },
  ONE_PERMISSION_ATLEAST: { message: 'At least one permission must be requested', code: 400, subCode: 40612 },
  ADP_FAIL: {
    message:
      "Failed to ask for device permissions Please ensure to allow the permissions in the browser's settings and in the OS settings and try again. If issue persists, gather browser console logs and contact Azure Communication Services support.",
    code: 500,
    subCode: 40614,
  },
  // Agent / client
  CREATE_CALL_AGENT: {
    message:
      'Failed to create CallAgent. Please try again, if issue persists, gather browser console logs, and contact Azure Communication Services support.',
    code: 409,
    subCode: 40001,
  },
  ONE_CALL_AGENT_PER_CALL_CLIENT: {
    message:
      'CallClient instance can support only one CallAgent or TeamsCallAgent create new CallClient instance to create new CallAgent or TeamsCallAgent',
    code: 400,
    subCode: 40008,
  },
  CLIENT_DISPOSED: {
    message: 'The CallClient has been disposed. Please create a new CallClient instance.',
    code: 404,
    subCode: 40012,
  },
  ACS_ALREADY_DISPOSED: { message: 'Call Agent is already disposed', code: 409, subCode: 40203 },
  STACK_NOT_INIT: { message: 'Failed to start or join call, call stack did not initialize', code: 500, subCode: 40208 },
  TOKEN_PAYLOAD_UNDEFINED: { message: 'Invalid token', code: 401, subCode: 44111 },
  // Raise hand
  RAISE_HAND_FAIL: { message: 'Could not change a participant state.', code: 500, subCode: 45752 },
  LOWER_HAND_FAIL: { message: 'Could not change a participant state.', code: 500, subCode: 45753 },
  // Renderer
  STREAM_ISAVAILABLE_FALSE: {
    message:
      "Failed to render video stream, this stream is not available. Subscribe to the stream's isAvailable property to get notified when the remote participant has their video on and the stream is available for rendering.",
    code: 412,
    subCode: 43200,
  },
  RENDERER_DISPOSED: { message: 'Failed to create view, the VideoStreamRenderer is disposed.', code: 400 },
  // Disposed objects
  DISPOSED: { message: 'The object is disposed.', code: 400 },
} as const satisfies Record<string, SdkErrorDefinition>;

/** Names of the SDK error definitions the simulator knows. */
export type SdkErrorName = keyof typeof SDK_ERRORS;
