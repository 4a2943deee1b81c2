import { define } from '../shared/define.js';
// The elements it is made of (registered with it).
import '../call-lobby/acs-call-lobby.js';
import '../call-status/acs-call-status.js';
import '../video-grid/acs-video-grid.js';
import '../call-notices/acs-call-notices.js';
import '../control-bar/acs-control-bar.js';
import '../join-button/acs-join-button.js';
import { AcsCallScreen } from './call-screen.js';

define('acs-call-screen', AcsCallScreen);

export * from './call-screen.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-call-screen': AcsCallScreen;
  }
}
