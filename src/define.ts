// Registers every tag of acs-calling-elements. One import, or one <script type="module"> of the CDN bundle.
import './components/call-provider/acs-call-provider.js';
import './components/mute-button/acs-mute-button.js';
import './components/call-status/acs-call-status.js';
import './components/permission-guide/acs-permission-guide.js';
import './components/device-picker/acs-device-picker.js';
import './components/video-grid/acs-video-grid.js';
