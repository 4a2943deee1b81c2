import { define } from '../shared/define.js';
import { AcsHangUpButton } from './hang-up-button.js';

define('acs-hang-up-button', AcsHangUpButton);

export * from './hang-up-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-hang-up-button': AcsHangUpButton;
  }
}
