// Registers every tag of acs-calling-elements. One import, or one <script type="module"> of the CDN bundle.
import './components/call-provider/acs-call-provider.js';
import './components/mute-button/acs-mute-button.js';
import './components/call-status/acs-call-status.js';
import './components/permission-guide/acs-permission-guide.js';
import './components/device-picker/acs-device-picker.js';
import './components/video-grid/acs-video-grid.js';
import './components/camera-button/acs-camera-button.js';
import './components/screen-share-button/acs-screen-share-button.js';
import './components/hold-button/acs-hold-button.js';
import './components/hang-up-button/acs-hang-up-button.js';
import './components/join-button/acs-join-button.js';
import './components/call-notices/acs-call-notices.js';
import './components/control-bar/acs-control-bar.js';
import './components/call-lobby/acs-call-lobby.js';
import './components/call-screen/acs-call-screen.js';
