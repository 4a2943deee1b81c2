import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A keyboard shortcut an element renders: the keys (for its button's `aria-keyshortcuts`) and what the last use
 * of the shortcut did (for its live region). The element adds it as a controller while it is attached.
 */
export interface KeyboardShortcut extends ReactiveController {
  /** The keys, as `aria-keyshortcuts` writes them. */
  readonly keys: string;
  /** After a use of the shortcut: whether the microphone is muted now (`undefined` before any use). */
  readonly result: boolean | undefined;
  /** How many times the shortcut was used (each use is announced, also when its result repeats the last one). */
  readonly uses: number;
}

/** What the mute shortcut drives: `<acs-mute-button>` (its `toggle()` and its `muted` state, read from the SDK). */
export type MuteShortcutHost = ReactiveControllerHost & { toggle(): Promise<boolean>; readonly muted: boolean };

/**
 * An opt-in keyboard shortcut for `<acs-mute-button>`, kept out of the element so that pages without it do not
 * download it: Ctrl+Shift+M (Cmd+Shift+M on macOS) anywhere in the document toggles the microphone (through the
 * element's `toggle()`, so every rule of the button applies). The button announces the result ("Microphone off" /
 * "Microphone on") and gets `aria-keyshortcuts`.
 *
 * ```ts
 * import { MuteShortcutController } from 'acs-calling-elements';
 * const button = document.querySelector('acs-mute-button')!;
 * button.shortcut = new MuteShortcutController(button);
 * button.shortcut = undefined; // when no longer wanted
 * ```
 * The document listener is held only while the element is connected and the shortcut attached.
 */
export class MuteShortcutController implements KeyboardShortcut {
  readonly keys = 'Control+Shift+M Meta+Shift+M';
  readonly #host: MuteShortcutHost;
  #result?: boolean;
  #uses = 0;

  constructor(host: MuteShortcutHost) {
    this.#host = host;
  }

  get result(): boolean | undefined {
    return this.#result;
  }

  get uses(): number {
    return this.#uses;
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onKeydown = async (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.repeat || e.key.toLowerCase() !== 'm') return;
    e.preventDefault();
    if (!(await this.#host.toggle())) return;
    this.#result = this.#host.muted;
    this.#uses++;
    this.#host.requestUpdate();
  };
}
