import { define } from '../shared/define.js';
import { AcsCallNotices } from './call-notices.js';

define('acs-call-notices', AcsCallNotices);

export * from './call-notices.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-call-notices': AcsCallNotices;
  }
}
