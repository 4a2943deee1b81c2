import { define } from '../shared/define.js';
import { AcsPermissionGuide } from './permission-guide.js';

export * from './permission-guide.js';
export * from './events.js';
export { detectPlatform, type Platform, type Browser, type Os } from './detect-platform.js';

define('acs-permission-guide', AcsPermissionGuide);

declare global {
  interface HTMLElementTagNameMap {
    'acs-permission-guide': AcsPermissionGuide;
  }
}
