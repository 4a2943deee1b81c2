/** Fired by `<acs-permission-guide>` when what is required becomes usable (the page may let the user join). */
export class AcsReadyEvent extends Event {
  constructor() {
    super('acs-ready', { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<acs-permission-guide>` right before it reloads the page (after leaving the call, if any). Cancelable:
 * a page (or a test) that calls `preventDefault()` reloads in its own way.
 */
export class AcsReloadEvent extends Event {
  constructor() {
    super('acs-reload', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acs-ready': AcsReadyEvent;
    'acs-reload': AcsReloadEvent;
  }
}
