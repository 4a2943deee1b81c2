import { css } from 'lit';

/** Styles of `<acs-device-picker>`: component tokens read with a fallback to the global ones. */
export const devicePickerStyles = css`
  :host {
    --_dp-field: var(--acs-device-picker-field-background, var(--_surface));
    display: block;
    color: var(--_on-surface);
  }
  .base {
    display: grid;
    gap: var(--acs-device-picker-gap, var(--_space-2));
  }
  p {
    margin: 0;
  }
  label {
    font-weight: var(--_font-weight-bold);
  }
  select,
  button {
    font: inherit;
    min-block-size: 2.25rem;
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
