// acs-calling-elements: side-effect-free exports (classes, controllers, types). Importing this module
// registers no tag: import 'acs-calling-elements/define.js' (every tag) or one element's entry for that.
export * from './sdk/index.js';
export * from './context/index.js';
export * from './events/acs-error.js';
export * from './i18n/localize.js';
export * from './controllers/sdk-events.js';
export * from './controllers/call-controller.js';
export * from './controllers/call-agent-controller.js';
export * from './controllers/async-action-controller.js';
export * from './controllers/diagnostics-controller.js';
export * from './controllers/capabilities-controller.js';
export { AcsElement, AcsCallElement } from './components/shared/acs-element.js';
export * from './components/call-provider/call-provider.js';
export * from './components/call-provider/token-credential.js';
export * from './components/mute-button/mute-button.js';
export * from './components/call-status/call-status.js';
export * from './components/call-status/end-reasons.js';
export * from './controllers/permission-controller.js';
export * from './controllers/device-manager-controller.js';
export * from './components/permission-guide/permission-guide.js';
export * from './components/permission-guide/events.js';
export * from './components/permission-guide/detect-platform.js';
export * from './components/device-picker/device-picker.js';
