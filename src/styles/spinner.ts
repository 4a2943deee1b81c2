import { css } from 'lit';

/** `.spinner`: a turning ring in the current color, for "in progress" (its size is set where it is used). */
export const spinnerStyles = css`
  .spinner {
    border: 0.15em solid currentColor;
    border-block-start-color: transparent;
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
