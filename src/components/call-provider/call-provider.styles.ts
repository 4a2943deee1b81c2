import { css } from 'lit';

/** Styles of `<acs-call-provider>`: its panels (errors, progress, rejoin); its children are laid out by the page. */
export const callProviderStyles = css`
  :host {
    display: contents;
    --_cp-error-bg: var(--acs-call-provider-error-background, var(--_surface-variant));
    --_cp-error-fg: var(--acs-call-provider-error-color, var(--_danger));
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid currentColor;
    border-radius: var(--_radius-m);
    background: var(--_surface-variant);
    color: var(--_on-surface);
  }
  .error {
    background: var(--_cp-error-bg);
    color: var(--_cp-error-fg);
  }
  .progress {
    border-color: transparent;
    color: var(--acs-call-provider-progress-color, var(--_on-surface));
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
  }
  .message {
    margin: 0;
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .message p {
    margin: 0;
  }
  .details {
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
    line-height: 24px;
  }
  button {
    font: inherit;
    min-block-size: max(24px, 2.25rem);
    padding: var(--_space-1) var(--_space-3);
    border-radius: var(--_radius-full);
    border: 1px solid currentColor;
    background: var(--_surface);
    color: var(--_on-surface);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
