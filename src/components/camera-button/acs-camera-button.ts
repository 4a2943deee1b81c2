import { define } from '../shared/define.js';
import { AcsCameraButton } from './camera-button.js';

define('acs-camera-button', AcsCameraButton);

export * from './camera-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-camera-button': AcsCameraButton;
  }
}
