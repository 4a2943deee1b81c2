import { define } from '../shared/define.js';
import { AcsVideoGrid } from './video-grid.js';
import { AcsVideoTile } from './video-tile.js';

define('acs-video-tile', AcsVideoTile);
define('acs-video-grid', AcsVideoGrid);

export * from './video-grid.js';
export * from './video-tile.js';

declare global {
  interface HTMLElementTagNameMap {
    'acs-video-grid': AcsVideoGrid;
  }
}
