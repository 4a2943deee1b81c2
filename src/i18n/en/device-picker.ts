import type { StringTable } from '../localize.js';

/** English strings of `<acs-device-picker>` (namespace `device-picker`). */
export const devicePickerStrings = {
  /** Accessible name of the element's region. */
  region: 'Devices',
  camera: 'Camera',
  microphone: 'Microphone',
  speaker: 'Speaker',
  /** A device whose label is blank: its kind and place in the list ("Microphone 2"). */
  numbered: (kind: string, n: number) => `${kind} ${n}`,
  /** Before permission: the lists are empty. */
  needPermission: 'Allow access to your camera and microphone to choose your devices.',
  /** The microphone is allowed, the camera not yet (or refused). */
  needCameraPermission: 'Allow access to your camera to choose one.',
  /** The camera is allowed, the microphone not yet (or refused). */
  needMicrophonePermission: 'Allow access to your microphone to choose one.',
  /** The same, where the page may choose the speaker (the speaker list needs the microphone permission too). */
  needMicrophoneAndSpeakerPermission: 'Allow access to your microphone to choose it and your speaker.',
  /** Permission is not the matter: no camera and no microphone is connected. */
  noDevices: 'No camera or microphone found. Connect one, and it appears here.',
  noCamera: 'No camera found. Connect one to use video.',
  noMicrophone: 'No microphone found. Connect one so others can hear you.',
  noSpeakerSelection: 'This browser does not let web pages choose the speaker: your system’s speaker is used.',
  preview: 'Camera preview',
  level: 'Microphone level',
  switched: (kind: string, name: string) => `${kind} disconnected. Switched to ${name}.`,
  newDevice: (kind: string, name: string) => `New ${kind.toLowerCase()}: ${name}`,
  use: 'Use it',
  dismiss: 'Dismiss',
  selectFailed: (kind: string, message: string) => `${kind}: the choice could not be applied (${message}).`,
  listFailed: (message: string) => `The devices could not be listed (${message}).`,
} satisfies StringTable;

export type DevicePickerStrings = typeof devicePickerStrings;
