import { define } from '../shared/define.js';
import { AcsCallProvider } from './call-provider.js';

define('acs-call-provider', AcsCallProvider);

export * from './call-provider.js';
export * from './token-credential.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-call-provider': AcsCallProvider;
  }
}
