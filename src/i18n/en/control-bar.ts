import type { StringTable } from '../localize.js';

/** English strings of `<acs-control-bar>` (namespace `control-bar`). */
export const controlBarStrings = {
  /** The toolbar's accessible name. */
  toolbar: 'Call controls',
  /** The split button beside the mute button: opens the microphone and speaker lists. */
  audioDevices: 'Microphone and speaker',
  /** The split button beside the camera button: opens the camera list. */
  videoDevices: 'Camera choice',
  /** The button that opens every device list. */
  devices: 'Devices',
  /** The button that opens the controls that do not fit. */
  more: 'More',
  /** The accessible name of the panel of controls that do not fit. */
  moreControls: 'More controls',
  /** Closes a device panel. */
  done: 'Done',
} satisfies StringTable;

export type ControlBarStrings = typeof controlBarStrings;
