import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocalizeController } from '../i18n/localize.js';
import { muteShortcutStrings } from '../i18n/en/mute-shortcut.js';

/** The element a shortcut drives: `<acs-mute-button>` (its `toggle()` and `:state(muted)`). */
export type MuteShortcutHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; toggle(): Promise<boolean> };

/**
 * An opt-in keyboard shortcut for `<acs-mute-button>`, kept out of the element so that pages without it do not
 * download it: Ctrl+Shift+M (Cmd+Shift+M on macOS) anywhere in the document toggles the microphone (through the
 * element's `toggle()`, so every rule of the button applies), the button gets `aria-keyshortcuts`, and the result
 * ("Microphone off" / "Microphone on", namespace `mute-shortcut`) is announced in a polite live region.
 *
 * ```ts
 * import { MuteShortcutController } from 'acs-calling-elements';
 * const shortcut = new MuteShortcutController(document.querySelector('acs-mute-button')!);
 * shortcut.remove(); // when no longer wanted
 * ```
 * The document listener is held only while the element is connected.
 */
export class MuteShortcutController implements ReactiveController {
  readonly #host: MuteShortcutHost;
  readonly #localize: LocalizeController<typeof muteShortcutStrings>;
  readonly #live = Object.assign(document.createElement('span'), { className: 'visually-hidden' });

  constructor(host: MuteShortcutHost) {
    this.#host = host;
    this.#live.setAttribute('role', 'status');
    this.#localize = new LocalizeController(host, 'mute-shortcut', muteShortcutStrings);
    host.addController(this);
    host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    root.querySelector('button')?.setAttribute('aria-keyshortcuts', 'Control+Shift+M Meta+Shift+M');
    // Before lit's content, which lit never clears.
    if (!this.#live.isConnected) root.prepend(this.#live);
  }

  /** Removes the shortcut (the element stays as it was before). */
  remove(): void {
    this.hostDisconnected();
    this.#host.removeController(this);
    this.#host.removeController(this.#localize);
    this.#live.remove();
    this.#host.renderRoot.querySelector('button')?.removeAttribute('aria-keyshortcuts');
  }

  readonly #onKeydown = async (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.repeat || e.key.toLowerCase() !== 'm') return;
    e.preventDefault();
    if (!(await this.#host.toggle())) return;
    await this.#host.updateComplete;
    this.#live.textContent = this.#localize.term(this.#host.matches(':state(muted)') ? 'muted' : 'unmuted');
  };
}
