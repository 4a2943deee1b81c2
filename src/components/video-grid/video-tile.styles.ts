import { css } from 'lit';

/** Styles of the internal `<acs-video-tile>`; tokens are read here with fallbacks into private variables. */
export const videoTileStyles = css`
  :host {
    --_tile-radius: var(--acs-video-grid-tile-radius, var(--_radius-m));
    --_tile-bg: var(--acs-video-grid-tile-background, #26262b);
    --_name-color: var(--acs-video-grid-name-color, #ffffff);
    --_speaking-ring: var(--acs-video-grid-speaking-ring, var(--_accent));
    --_avatar-bg: var(--acs-video-grid-avatar-background, #5b5f6e);
    display: block;
    position: relative;
    min-width: 0;
    min-height: 0;
    contain: layout paint style;
  }
  .tile {
    position: absolute;
    inset: 0;
    overflow: hidden;
    border-radius: var(--_tile-radius);
    background: var(--_tile-bg);
    color: var(--_name-color);
    display: grid;
    place-items: center;
  }
  .tile.speaking {
    outline: 3px solid var(--_speaking-ring);
    outline-offset: -3px;
  }
  .video {
    position: absolute;
    inset: 0;
  }
  .video:empty {
    display: none;
  }
  .avatar {
    inline-size: clamp(2rem, 28%, 5rem);
    aspect-ratio: 1;
    border-radius: var(--_radius-full);
    background: var(--_avatar-bg);
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.25em;
    user-select: none;
  }
  .avatar svg {
    inline-size: 60%;
    block-size: 60%;
  }
  .placeholder {
    padding: var(--_space-4);
    text-align: center;
  }
  .bar {
    position: absolute;
    inset-inline-start: var(--_space-1);
    inset-block-end: var(--_space-1);
    max-inline-size: calc(100% - 2 * var(--_space-1));
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 2px var(--_space-2);
    border-radius: var(--_radius-s);
    background: rgb(0 0 0 / 0.55);
    font-size: var(--_font-size-s);
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .state {
    font-style: italic;
    white-space: nowrap;
  }
  .indicator {
    display: inline-flex;
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .indicator svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .pin {
    position: absolute;
    inset-inline-end: var(--_space-1);
    inset-block-start: var(--_space-1);
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-full);
    background: rgb(0 0 0 / 0.55);
    color: var(--_name-color);
    cursor: pointer;
  }
  .pin[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .pin svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .loading {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    inline-size: 2rem;
    block-size: 2rem;
    margin: -1rem;
    border: 3px solid rgb(255 255 255 / 0.3);
    border-block-start-color: var(--_name-color);
    border-radius: var(--_radius-full);
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (forced-colors: active) {
    .tile {
      border: 1px solid CanvasText;
    }
    .tile.speaking {
      outline-color: Highlight;
    }
    .pin[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
