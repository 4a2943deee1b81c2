import type { ReactiveControllerHost } from 'lit';
import { describeError, type AcsErrorDetail } from '../events/acs-error.js';

/**
 * Runs SDK commands (mute, startVideo, selectMicrophone ...) one at a time.
 *
 * - While one is in flight, `run()` refuses another (returns `false`): the SDK never sees two concurrent toggles.
 * - It never sets a result: when the command settles the host renders again and reads the SDK's real state.
 * - A failure is kept as `error` (the element shows it) and told to `onError` (the element fires `acs-error`).
 * - A command in flight stays in flight across a removal and re-append of the host (the SDK is still working on
 *   it), so a re-appended element cannot start a second, concurrent one.
 */
export class AsyncActionController {
  readonly #host: ReactiveControllerHost;
  readonly #onError?: (detail: AcsErrorDetail) => void;
  #pending?: string;
  #error?: AcsErrorDetail;

  constructor(host: ReactiveControllerHost, onError?: (detail: AcsErrorDetail) => void) {
    // Needs no lifecycle: it only renders the host again when a command starts and settles.
    this.#host = host;
    this.#onError = onError;
  }

  /** The name of the command in flight, if any. */
  get pending(): string | undefined {
    return this.#pending;
  }

  /** The last failure, until the next command starts. */
  get error(): AcsErrorDetail | undefined {
    return this.#error;
  }

  /**
   * Runs `command` unless another is in flight. Resolves `true` when it succeeded, `false` when it was refused
   * or failed.
   */
  async run(operation: string, command: () => Promise<unknown>): Promise<boolean> {
    if (this.#pending) return false;
    this.#pending = operation;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await command();
      return true;
    } catch (error) {
      this.#error = describeError(operation, error);
      this.#onError?.(this.#error);
      return false;
    } finally {
      this.#pending = undefined;
      this.#host.requestUpdate();
    }
  }
}
