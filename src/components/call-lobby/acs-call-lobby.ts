import { define } from '../shared/define.js';
// The elements it is made of (registered with it).
import '../permission-guide/acs-permission-guide.js';
import '../device-picker/acs-device-picker.js';
import '../camera-button/acs-camera-button.js';
import '../join-button/acs-join-button.js';
import '../video-grid/acs-video-grid.js';
import { AcsCallLobby } from './call-lobby.js';

define('acs-call-lobby', AcsCallLobby);

export * from './call-lobby.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-call-lobby': AcsCallLobby;
  }
}
