import { define } from '../shared/define.js';
import { AcsHoldButton } from './hold-button.js';

define('acs-hold-button', AcsHoldButton);

export * from './hold-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-hold-button': AcsHoldButton;
  }
}
