import { define } from '../shared/define.js';
import { AcsJoinButton } from './join-button.js';

define('acs-join-button', AcsJoinButton);

export * from './join-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-join-button': AcsJoinButton;
  }
}
