import { define } from '../shared/define.js';
import { AcsCallStatus } from './call-status.js';

define('acs-call-status', AcsCallStatus);

export * from './call-status.js';
export * from './end-reasons.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-call-status': AcsCallStatus;
  }
}
