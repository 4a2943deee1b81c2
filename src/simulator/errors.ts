/**
 * SDK-shaped errors. The real SDK rejects and throws `CallingCommunicationError` instances with a numeric
 * `code` (HTTP-like) and `subCode`; the definitions below are copied from the 2.0.0 bundle's error table.
 */

/** The definition of one SDK error: message, code, subCode and the categories the SDK files it under. */
export interface SdkErrorDefinition {
  readonly message: string;
  readonly code: number;
  readonly subCode?: number;
  /** `['ExpectedError']`, `['UnexpectedClientError']`, `['UnexpectedServerError']`, as in the SDK's table. */
  readonly resultCategories?: readonly string[];
}

/**
 * An error shaped like the SDK's `CallingCommunicationError`: `name === 'CallingCommunicationError'`, the values
 * in own `_code`, `_subCode` and `_resultCategories` fields, read through `code`, `subCode` and `resultCategories`
 * getters (as the real error objects are: spreading or serialising one gives the `_` fields).
 */
export class SimulatedCallingError extends Error {
  _code: number;
  _subCode: number | undefined;
  _resultCategories: string[];

  constructor(definition: SdkErrorDefinition) {
    super(definition.message);
    this.name = 'CallingCommunicationError';
    this._code = definition.code;
    this._subCode = definition.subCode;
    this._resultCategories = [
      ...(definition.resultCategories ?? [definition.code >= 500 ? 'UnexpectedClientError' : 'ExpectedError']),
    ];
  }

  /** HTTP-like status code, as the SDK reports it (e.g. 422 for an unknown event name). */
  get code(): number {
    return this._code;
  }

  /** The SDK's sub-code (e.g. 41042). */
  get subCode(): number | undefined {
    return this._subCode;
  }

  /** The SDK's categories of the error. */
  get resultCategories(): string[] {
    return this._resultCategories;
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
    resultCategories: ['UnexpectedClientError'],
  },
  MIC_UNMUTE: {
    message:
      'Failed to unmute microphone. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 400,
    subCode: 41016,
    resultCategories: ['UnexpectedClientError'],
  },
  MUTE_ALL_PARTICIPANTS: {
    message: 'Failed to mute all remote participants',
    code: 500,
    subCode: 41019,
    resultCategories: ['UnexpectedClientError'],
  },
  MUTE_INCOMING_AUDIO: {
    message: 'Failed to mute incoming audio',
    code: 500,
    subCode: 41020,
    resultCategories: ['UnexpectedClientError'],
  },
  UNMUTE_INCOMING_AUDIO: {
    message: 'Failed to unmute incoming audio',
    code: 500,
    subCode: 41021,
    resultCategories: ['UnexpectedClientError'],
  },
  DTMF_TONE: {
    message: 'Failed to send DTMF tone',
    code: 400,
    subCode: 41022,
    resultCategories: ['UnexpectedClientError'],
  },
  STREAM_NULL: {
    message:
      'Failed to start video, LocalVideoStream instance is invalid or empty. Please pass in a LocalVideoStream instance.',
    code: 400,
    subCode: 41025,
    resultCategories: ['ExpectedError'],
  },
  VIDEO_ALREADY_ON: {
    message: 'Failed to start video, video is already started.',
    code: 400,
    subCode: 41027,
    resultCategories: ['ExpectedError'],
  },
  START_VIDEO: {
    message: 'Failed to start video',
    code: 500,
    subCode: 41029,
    resultCategories: ['UnexpectedClientError'],
  },
  VIDEO_ALREADY_OFF: {
    message: 'Failed to stop video, video is already stopped.',
    code: 400,
    subCode: 41030,
    resultCategories: ['ExpectedError'],
  },
  STOP_WRONG_STREAM: {
    message: 'Failed to stop video, invalid argument. LocalVideoStream used as an input is currently not being sent.',
    code: 400,
    subCode: 41032,
    resultCategories: ['ExpectedError'],
  },
  HOLD_CALL: {
    message:
      'Failed to hold the call. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41033,
    resultCategories: ['UnexpectedClientError'],
  },
  RESUME_CALL: {
    message:
      'Failed to resume the call.Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41034,
    resultCategories: ['UnexpectedClientError'],
  },
  SS_ALREADY_ON: {
    message: 'Failed to start screen share, screen share is already started.',
    code: 400,
    subCode: 41035,
    resultCategories: ['ExpectedError'],
  },
  START_SS: {
    message: 'Failed to start screen sharing',
    code: 500,
    subCode: 41040,
    resultCategories: ['UnexpectedClientError'],
  },
  SS_ALREADY_OFF: {
    message: 'Failed to stop screen share, screen share is already stopped.',
    code: 400,
    subCode: 41041,
    resultCategories: ['ExpectedError'],
  },
  START_SS_CALL_NOT_CONNECTED: {
    message:
      "Failed to start screen share, call is not in Connected state. Subscribe to the Call's 'statteChanged' event to know when the call is connected.",
    code: 412,
    subCode: 41071,
    resultCategories: ['ExpectedError'],
  },
  STOP_SS_CALL_NOT_CONNECTED: {
    message: 'Failed to stop screen sharing. Call must be in connected state',
    code: 412,
    subCode: 41072,
    resultCategories: ['ExpectedError'],
  },
  STOP_VIDEO_FAILED: {
    message: 'Failed to stop video.',
    code: 500,
    subCode: 41077,
    resultCategories: ['UnexpectedClientError'],
  },
  MUTE_ALL_PARTICIPANTS_CALL_NOT_CONNECTED: {
    message: 'Failed to mute all remote participants. Call must be in connected state',
    code: 412,
    subCode: 41087,
    resultCategories: ['ExpectedError'],
  },
  REMOVE_PARTICIPANT_CALL_NOT_CONNECTED: {
    message: 'Failed to remove participant. Call must be in connected state',
    code: 412,
    subCode: 41090,
    resultCategories: ['ExpectedError'],
  },
  IP_AUDIO_NOT_ALLOWED: {
    message: 'Failed to mute/unmute as VOIP Audio is not allowed in this call.',
    code: 403,
    subCode: 41104,
    resultCategories: ['ExpectedError'],
  },
  IP_VIDEO_NOT_ALLOWED: {
    message: 'Failed to start/stop video as VOIP Video is not allowed in this call.',
    code: 403,
    subCode: 41105,
    resultCategories: ['ExpectedError'],
  },
  SET_CONSTRAINTS: {
    message:
      'Error settting video constraints during call settup or mid-call. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 41067,
    resultCategories: ['UnexpectedClientError'],
  },
  HANGUP: { message: 'Failed to hang up the call', code: 500 },
  // A call that ended: hangUp is refused (the real SDK, offline and after a remote end)
  HANGUP_ENDED: { message: 'ActionNotAllowed', code: 490, subCode: 4525, resultCategories: ['UnexpectedClientError'] },
  START_VIDEO_UNKNOWN: {
    message:
      'Failed to start video, unknown error. Please try again. If the issue persists, contact Azure Communication Services support.',
    code: 500,
    subCode: 43002,
    resultCategories: ['UnexpectedClientError'],
  },
  OPERATION_FAILED: { message: '{0} failed', code: 500, subCode: 41001, resultCategories: ['UnexpectedClientError'] },
  // Remote participants
  MUTE_PARTICIPANT_NOT_CONNECTED: {
    message: 'The scenario to soft mute a participant who is not connected is not supported.',
    code: 405,
    subCode: 42005,
    resultCategories: ['ExpectedError'],
  },
  MUTE_PARTICIPANT_1_TO_1_UNSUPPORTED: {
    message: 'The scenario to soft mute a participant is a 1-1 call is not supported.',
    code: 405,
    subCode: 42006,
    resultCategories: ['ExpectedError'],
  },
  // Incoming call
  ACCEPT_INCOMING_CALL: {
    message: 'Failed to accept the Incoming Call',
    code: 500,
    subCode: 41005,
    resultCategories: ['UnexpectedClientError'],
  },
  ACCEPT_NOT_RINGING: {
    message:
      "Failed to accept the incoming call, it is not in the Ringing state. Subcscribe to CallAgent's 'incomingCall' event to accept the incoming call.",
    code: 400,
    subCode: 41006,
    resultCategories: ['ExpectedError'],
  },
  REJECT_NOT_RINGING: {
    message:
      "Failed to reject the incoming call, it is not in the Ringing state. Subcscribe to CallAgent's 'incomingCall' event to reject the incoming call.",
    code: 400,
    subCode: 41007,
    resultCategories: ['ExpectedError'],
  },
  REJECT_CALL_FAILED: {
    message: 'Failed to reject call',
    code: 500,
    subCode: 41079,
    resultCategories: ['UnexpectedServerError'],
  },
  // Lobby
  UNAUTHORIZED_ADMIT_REJECT: {
    message: 'only Organizer, Co-organizer or Presenter can admit/reject participants from lobby',
    code: 403,
    subCode: 41805,
    resultCategories: ['ExpectedError'],
  },
  // Device manager
  SELECT_MICROPHONE_TIMEOUT: {
    message: 'Microphone selection timed out.',
    code: 408,
    subCode: 40607,
    resultCategories: ['UnexpectedClientError'],
  },
  SELECT_SPEAKER_TIMEOUT: {
    message: 'Speaker selection timed out.',
    code: 408,
    subCode: 40609,
    resultCategories: ['UnexpectedClientError'],
  },
  INVALID_DEVICE: {
    message: 'Invalid AudioDeviceInfo object passed in. Ensure it has an Id.',
    code: 400,
    subCode: 40615,
    resultCategories: ['ExpectedError'],
  },
  DEVICE_NOT_SELECTABLE: {
    message: 'The device is not selectable',
    code: 400,
    subCode: 40616,
    resultCategories: ['ExpectedError'],
  },
  SELECT_MICROPHONE_FAIL: {
    message: 'There was an issue with selecting the microphone',
    code: 500,
    subCode: 40608,
    resultCategories: ['UnexpectedClientError'],
  },
  SELECT_SPEAKER_FAIL: {
    message: 'There was an issue with selecting the speaker',
    code: 500,
    subCode: 40610,
    resultCategories: ['UnexpectedClientError'],
  },
  ONE_PERMISSION_ATLEAST: {
    message: 'At least one permission must be requested',
    code: 400,
    subCode: 40612,
    resultCategories: ['ExpectedError'],
  },
  ADP_FAIL: {
    message:
      "Failed to ask for device permissions Please ensure to allow the permissions in the browser's settings and in the OS settings and try again. If issue persists, gather browser console logs and contact Azure Communication Services support.",
    code: 500,
    subCode: 40614,
    resultCategories: ['UnexpectedClientError'],
  },
  // Agent / client
  CREATE_CALL_AGENT: {
    message:
      'Failed to create CallAgent. Please try again, if issue persists, gather browser console logs, and contact Azure Communication Services support.',
    code: 409,
    subCode: 40001,
    resultCategories: ['UnexpectedClientError'],
  },
  ONE_CALL_AGENT_PER_CALL_CLIENT: {
    message:
      'CallClient instance can support only one CallAgent or TeamsCallAgent create new CallClient instance to create new CallAgent or TeamsCallAgent',
    code: 400,
    subCode: 40008,
    resultCategories: ['ExpectedError'],
  },
  CLIENT_DISPOSED: {
    message: 'The CallClient has been disposed. Please create a new CallClient instance.',
    code: 404,
    subCode: 40012,
    resultCategories: ['ExpectedError'],
  },
  ACS_ALREADY_DISPOSED: {
    message: 'Call Agent is already disposed',
    code: 409,
    subCode: 40203,
    resultCategories: ['ExpectedError'],
  },
  STACK_NOT_INIT: {
    message: 'Failed to start or join call, call stack did not initialize',
    code: 500,
    subCode: 40208,
    resultCategories: ['UnexpectedClientError'],
  },
  NO_TOKEN_PROVIDED: {
    message: 'No CommunicationTokenCredential provided',
    code: 401,
    subCode: 44108,
    resultCategories: ['ExpectedError'],
  },
  GET_TOKEN: {
    message: 'Failed to get AccessToken',
    code: 401,
    subCode: 44110,
    resultCategories: ['UnexpectedClientError'],
  },
  TOKEN_PAYLOAD_UNDEFINED: { message: 'Invalid token', code: 401, subCode: 44111, resultCategories: ['ExpectedError'] },
  // Raise hand
  RAISE_HAND_FAIL: {
    message: 'Could not change a participant state.',
    code: 500,
    subCode: 45752,
    resultCategories: ['UnexpectedServerError'],
  },
  LOWER_HAND_FAIL: {
    message: 'Could not change a participant state.',
    code: 500,
    subCode: 45753,
    resultCategories: ['UnexpectedServerError'],
  },
  // Renderer
  STREAM_ISAVAILABLE_FALSE: {
    message:
      "Failed to render video stream, this stream is not available. Subscribe to the stream's isAvailable property to get notified when the remote participant has their video on and the stream is available for rendering.",
    code: 412,
    subCode: 43200,
    resultCategories: ['ExpectedError'],
  },
  RENDERER_DISPOSED: {
    message: 'Failed to create view, VideoStreamRenderer is disposed',
    code: 400,
    subCode: 43219,
    resultCategories: ['ExpectedError'],
  },
  RENDERER_ALREADY_DISPOSED: {
    message: 'Failed to dispose, VideoStreamRendererView is already disposed',
    code: 400,
    subCode: 43222,
    resultCategories: ['ExpectedError'],
  },
  RENDERER_WRONG_STREAM_TYPE: {
    message:
      'Failed to create VideoStreamRenderer, videoStream must be either LocalVideoStream or RemoteVideoStreamCommon type',
    code: 400,
    subCode: 43218,
    resultCategories: ['ExpectedError'],
  },
  VIEW_ALREADY_DISPOSED: {
    message: 'Failed to dispose, VideoStreamRendererView is disposed',
    code: 400,
    subCode: 43213,
    resultCategories: ['ExpectedError'],
  },
  SCALING_MODE_DISPOSED: {
    message: 'Failed to updateScalingMode, VideoStreamRendererView is disposed',
    code: 400,
    subCode: 43215,
    resultCategories: ['ExpectedError'],
  },
  SCALING_MODE_WRONG_VAL: {
    message: 'Failed to updateScalingMode, wrong scalingMode value',
    code: 400,
    subCode: 43216,
    resultCategories: ['ExpectedError'],
  },
  // Local video stream
  LVS_WRONG_STREAM_TYPE: {
    message: 'Failed to create local video stream, source was not of type VideoDeviceInfo or MediaStream',
    code: 400,
    subCode: 43003,
    resultCategories: ['ExpectedError'],
  },
  SWITCH_SOURCE_WRONG_TYPE: {
    message: 'Failed to switch video device, invalid input. Input must be of a VideoDeviceInfo type.',
    code: 400,
    subCode: 43004,
    resultCategories: ['ExpectedError'],
  },
  SWITCH_SAME_SOURCE: {
    message: "Failed to switch video device, unable to switch to the same video device, it's already selected.",
    code: 400,
    subCode: 43005,
    resultCategories: ['ExpectedError'],
  },
  VIDEO_GET_MEDIA_STREAM: {
    message:
      'Failed to get raw video stream. Please try again, if the issue persists, gather browser console logs and contact Azure Communication Services support.',
    code: 500,
    subCode: 43007,
    resultCategories: ['UnexpectedClientError'],
  },
  // Remote video stream
  REMOTE_STREAM_NOT_AVAILABLE: {
    message:
      "The remote video stream is currently not available, subscribe to the stream's isAvailable property to get notified when it is ready to get the raw media stream.",
    code: 400,
    subCode: 43103,
    resultCategories: ['ExpectedError'],
  },
  // Disposed objects
  DISPOSED: { message: 'The object is disposed.', code: 400 },
  // LocalAudioStream and Volume (measured offline with the real SDK 2.0.0; wording from its error table)
  AUDIO_STREAM_WRONG_TYPE: {
    message: 'Failed to create local audio stream, source is not of type AudioDeviceInfo or MediaStream',
    code: 400,
    subCode: 43600,
    resultCategories: ['ExpectedError'],
  },
  AUDIO_SWITCH_SAME_SOURCE: {
    message: "Failed to switch audio device, unable to switch to the same audio device, it's already selected.",
    code: 400,
    subCode: 43607,
    resultCategories: ['ExpectedError'],
  },
} as const satisfies Record<string, SdkErrorDefinition>;

/** Names of the SDK error definitions the simulator knows. */
export type SdkErrorName = keyof typeof SDK_ERRORS;
