import { define } from '../shared/define.js';
import { AcsScreenShareButton } from './screen-share-button.js';

define('acs-screen-share-button', AcsScreenShareButton);

export * from './screen-share-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-screen-share-button': AcsScreenShareButton;
  }
}
