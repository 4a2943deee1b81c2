import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Observes the host's own size with a `ResizeObserver` (a small stand-in for `@lit-labs/observers`, which this
 * project does not depend on). The size is a DOM fact, not SDK state. `onResize` decides whether the host must
 * render again (return `true`), so a resize that changes nothing visible costs no render.
 */
export class ResizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onResize?: (width: number, height: number) => boolean;
  #observer?: ResizeObserver;
  /** The host's content-box width in CSS pixels (0 until measured). */
  width = 0;
  /** The host's content-box height in CSS pixels (0 until measured). */
  height = 0;

  constructor(host: ReactiveControllerHost & Element, onResize?: (width: number, height: number) => boolean) {
    this.#host = host;
    this.#onResize = onResize;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.#set(box.width, box.height);
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Reads the size now (one synchronous layout), e.g. before the first render. */
  measure(): void {
    const r = this.#host.getBoundingClientRect();
    this.width = r.width;
    this.height = r.height;
  }

  #set(width: number, height: number) {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (this.#onResize ? this.#onResize(width, height) : true) this.#host.requestUpdate();
  }
}
