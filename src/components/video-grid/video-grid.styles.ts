import { css } from 'lit';

/** Styles of `<acs-video-grid>`. */
export const videoGridStyles = css`
  :host {
    --_gap: var(--acs-video-grid-gap, var(--_space-1));
    --_strip-size: var(--acs-video-grid-strip-size, 22%);
    --_float-size: var(--acs-video-grid-float-size, 22%);
    display: block;
    position: relative;
    /* Fills a container that has a height; in normal flow (a height of 100 % of nothing) the sizer gives it the
       16:9 of its width instead, never less than 10rem. */
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 10rem;
  }
  /* In flow, it makes the height from the width only (a width is never made from a height, so no grid or flex
     track of the page is widened); within a height the page gave, it stays inside it. */
  .sizer {
    aspect-ratio: var(--acs-video-grid-aspect-ratio, 16 / 9);
    max-block-size: 100%;
  }
  .base {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .tiles {
    --_cols: 1;
    --_rows: 1;
    --_tile-w: 100%;
    --_tile-h: 100%;
    position: relative;
    flex: 1;
    min-block-size: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
    grid-template-rows: repeat(var(--_rows), minmax(0, 1fr));
    place-content: center;
  }
  .cell {
    inline-size: var(--_tile-w);
    block-size: var(--_tile-h);
    /* The computed size never spills out of its track (the gaps are in rem, the size in px). */
    max-inline-size: 100%;
    max-block-size: 100%;
    place-self: center;
  }
  .stage {
    grid-template-rows: minmax(0, 1fr) minmax(0, var(--_strip-size));
  }
  .main {
    grid-column: 1 / -1;
  }
  .float {
    position: absolute;
    inset-inline-end: var(--_space-2);
    inset-block-end: var(--_space-2);
    inline-size: var(--_float-size);
    aspect-ratio: 16 / 9;
    z-index: 1;
    outline: 2px solid var(--acs-video-grid-float-outline, var(--_on-video-surface));
    border-radius: var(--acs-video-grid-tile-radius, var(--_radius-m));
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    color: var(--_on-surface);
    font-size: var(--_font-size-s);
  }
  button {
    display: grid;
    place-items: center;
    /* Never under 24 x 24 CSS px (WCAG 2.5.8), whatever the page's root font size. */
    inline-size: max(24px, 2rem);
    block-size: max(24px, 2rem);
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: inherit;
  }
  button:disabled {
    opacity: 0.4;
  }
  svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  [dir='rtl'] svg {
    transform: scaleX(-1);
  }
`;
