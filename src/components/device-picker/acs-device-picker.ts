import { define } from '../shared/define.js';
import { AcsDevicePicker } from './device-picker.js';

export * from './device-picker.js';

define('acs-device-picker', AcsDevicePicker);

declare global {
  interface HTMLElementTagNameMap {
    'acs-device-picker': AcsDevicePicker;
  }
}
