import { css } from 'lit';

/**
 * Styles of `<acs-call-screen>`: status, stage and controls in three rows that fill the container's height when it
 * has one; the notices float over the top of the stage.
 */
export const callScreenStyles = css`
  :host {
    display: block;
    block-size: 100%;
    min-inline-size: 0;
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--acs-call-screen-gap, var(--_space-2));
    box-sizing: border-box;
    block-size: 100%;
    padding: var(--acs-call-screen-padding, 0);
  }
  /* The lobby and the "call ended" panel scroll inside a height the page gave (the call fits it). */
  .base:not(.call) {
    overflow: auto;
  }
  .call {
    grid-template-rows: auto minmax(0, 1fr) auto;
    align-content: stretch;
    background: var(--acs-call-screen-background, transparent);
  }
  .stage {
    position: relative;
    display: grid;
    min-block-size: 0;
  }
  .stage acs-video-grid,
  .stage ::slotted(*) {
    block-size: 100%;
    min-block-size: 0;
  }
  /* The notices over the top of the grid, scrolling when they are many; the grid stays usable around them. */
  .notices {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline: var(--_space-2);
    max-block-size: calc(100% - 2 * var(--_space-2));
    overflow: auto;
    pointer-events: none;
  }
  .notices > * {
    pointer-events: auto;
  }
  .joining {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2);
  }
  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .ended {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space-3);
    padding: var(--_space-4) var(--_space-2);
  }
  .ended p {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
