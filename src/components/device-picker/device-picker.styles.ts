import { css } from 'lit';

/** Styles of `<acs-device-picker>`: component tokens read with a fallback to the global ones. */
export const devicePickerStyles = css`
  :host {
    --_dp-field: var(--acs-device-picker-field-background, var(--_surface));
    display: block;
    color: var(--_on-surface);
  }
  /* One column that never grows past its container: a 248-character device name is cut in the closed list (the
     open list shows it whole), not a page made wider. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--acs-device-picker-gap, var(--_space-2));
  }
  p {
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  label {
    font-weight: var(--_font-weight-bold);
  }
  select {
    inline-size: 100%;
    min-inline-size: 0;
    text-overflow: ellipsis;
  }
  select,
  button {
    box-sizing: border-box;
    font: inherit;
    min-block-size: max(24px, 2.25rem);
    min-inline-size: 24px;
    color: inherit;
    background: var(--_dp-field);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
  }
  .preview {
    aspect-ratio: 16 / 9;
    background: var(--_video-surface);
    overflow: hidden;
    border-radius: var(--acs-device-picker-preview-radius, var(--_radius-m));
  }
  .frame {
    block-size: 100%;
  }
  .flip {
    transform: scaleX(-1);
  }
  meter {
    inline-size: 100%;
  }
  [part='hint'] {
    color: var(--_on-surface-variant);
    font-size: var(--_font-size-s);
  }
  [role='alert'] {
    color: var(--_danger);
  }
`;
