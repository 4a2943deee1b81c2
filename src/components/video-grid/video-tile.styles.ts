import { css } from 'lit';

/** Styles of the internal `<acs-video-tile>`; tokens are read here with fallbacks into private variables. */
export const videoTileStyles = css`
  :host {
    --_tile-radius: var(--acs-video-grid-tile-radius, var(--_radius-m));
    --_tile-bg: var(--acs-video-grid-tile-background, var(--_video-surface));
    --_name-color: var(--acs-video-grid-name-color, var(--_on-video-surface));
    --_speaking-ring: var(--acs-video-grid-speaking-ring, var(--_accent));
    --_avatar-bg: var(--acs-video-grid-avatar-background, var(--_avatar));
    --_avatar-fg: var(--acs-video-grid-avatar-color, var(--_name-color));
    --_bar-bg: var(--acs-video-grid-name-background, var(--_video-scrim));
    --_pin-bg: var(--acs-video-grid-pin-background, var(--_bar-bg));
    --_pin-fg: var(--acs-video-grid-pin-color, var(--_name-color));
    --_pinned-bg: var(--acs-video-grid-pinned-background, var(--_accent));
    --_pinned-fg: var(--acs-video-grid-pinned-color, var(--_on-accent));
    display: block;
    position: relative;
    min-width: 0;
    min-height: 0;
    contain: layout paint style;
  }
  .tile,
  .video {
    position: absolute;
    inset: 0;
  }
  .tile {
    overflow: hidden;
    border-radius: var(--_tile-radius);
    background: var(--_tile-bg);
    color: var(--_name-color);
    display: grid;
    place-items: center;
    text-align: center;
  }
  .speaking::after {
    content: '';
    position: absolute;
    inset: 0;
    border: 3px solid var(--_speaking-ring);
    border-radius: inherit;
    pointer-events: none;
  }
  .video:empty {
    display: none;
  }
  /* The SDK's view turned round to show as asked (the self view mirrored, other people's video not). */
  .flip {
    transform: scaleX(-1);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .avatar {
    inline-size: clamp(2rem, 28%, 5rem);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_avatar-bg);
    color: var(--_avatar-fg);
    display: grid;
    place-items: center;
    font-size: 1.25em;
    font-weight: var(--_font-weight-bold);
  }
  .avatar svg {
    inline-size: 60%;
    block-size: 60%;
  }
  .bar,
  .pin {
    position: absolute;
    background: var(--_bar-bg);
    color: inherit;
  }
  .pin {
    background: var(--_pin-bg);
    color: var(--_pin-fg);
  }
  .bar {
    inset-inline-start: var(--_space-1);
    inset-block-end: var(--_space-1);
    max-inline-size: calc(100% - 2 * var(--_space-1));
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 2px var(--_space-2);
    border-radius: var(--_radius-s);
    font-size: var(--_font-size-s);
    white-space: nowrap;
  }
  /* The weak-connection marker, in the warning color readable on the dark bar (the dark theme's warning). */
  .network {
    color: var(--acs-video-grid-network-warning-color, var(--_on-video-warning));
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .pin {
    inset-inline-end: var(--_space-1);
    inset-block-start: var(--_space-1);
    display: grid;
    place-items: center;
    /* Never under 24 x 24 CSS px (WCAG 2.5.8), whatever the page's root font size. */
    inline-size: max(24px, 2rem);
    block-size: max(24px, 2rem);
    padding: 0;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .pin:focus-visible {
    box-shadow: 0 0 0 2px var(--_on-video-surface);
  }
  [aria-pressed='true'] {
    background: var(--_pinned-bg);
    color: var(--_pinned-fg);
  }
  .loading {
    position: absolute;
    inline-size: 2rem;
    block-size: 2rem;
    border-width: 3px;
  }
  @media (forced-colors: active) {
    .speaking::after {
      border-color: Highlight;
    }
    [aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
