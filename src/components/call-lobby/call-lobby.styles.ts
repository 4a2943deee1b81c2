import { css } from 'lit';

/**
 * Styles of `<acs-call-lobby>`: the preview and the settings side by side when there is room for both (18rem
 * each), one above the other otherwise; nothing wider than its container.
 */
export const callLobbyStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .base,
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--acs-call-lobby-gap, var(--_space-4));
  }
  .base {
    max-inline-size: var(--acs-call-lobby-max-width, 64rem);
    margin-inline: auto;
  }
  .columns {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    overflow-wrap: anywhere;
  }
  .media,
  .settings {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    min-inline-size: 0;
  }
  .media {
    justify-items: center;
  }
  .preview {
    display: grid;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--acs-call-lobby-preview-radius, var(--_radius-m));
    background: var(--acs-call-lobby-preview-background, var(--_video-surface));
    color: var(--_on-video-surface);
  }
  .preview acs-video-grid {
    block-size: 100%;
  }
  .camera-off {
    place-self: center;
    margin: 0;
    padding: var(--_space-3);
    text-align: center;
  }
  .readiness {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  :host(:state(ready)) .readiness {
    color: var(--_success);
  }
  :host(:state(blocked)) .readiness,
  :host(:state(failed)) .readiness {
    color: var(--_danger);
  }
`;
