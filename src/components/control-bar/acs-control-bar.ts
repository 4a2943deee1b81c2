import { define } from '../shared/define.js';
// The elements it is made of (registered with it).
import '../mute-button/acs-mute-button.js';
import '../camera-button/acs-camera-button.js';
import '../screen-share-button/acs-screen-share-button.js';
import '../hang-up-button/acs-hang-up-button.js';
import '../device-picker/acs-device-picker.js';
import { AcsControlBar } from './control-bar.js';

define('acs-control-bar', AcsControlBar);

export * from './control-bar.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-control-bar': AcsControlBar;
  }
}
