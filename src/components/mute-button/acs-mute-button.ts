import { define } from '../shared/define.js';
import { AcsMuteButton } from './mute-button.js';

define('acs-mute-button', AcsMuteButton);

export * from './mute-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-mute-button': AcsMuteButton;
  }
}
