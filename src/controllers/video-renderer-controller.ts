import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AcsSdk,
  LocalVideoStream,
  RemoteVideoStream,
  ScalingMode,
  VideoStreamRendererLike,
  VideoStreamRendererView,
} from '../sdk/index.js';

/** A stream a renderer can show: a remote participant's stream or a local preview. */
export type RenderableStream = LocalVideoStream | RemoteVideoStream;

/** How a stream is shown. */
export interface RenderOptions {
  readonly scalingMode: ScalingMode;
  /**
   * Shown as a mirror image (a self view). Not the SDK's `isMirrored`: SDK 2.0.0 flips a local camera's
   * `<video>` itself and `isMirrored: true` turns the view back, so a camera's view is mirrored on screen only with
   * `isMirrored: false`. The controller looks at the view the SDK made and says whether it must be flipped again
   * ({@link VideoRendererController.flipped}).
   */
  readonly mirrored?: boolean;
}

/** Disposes a view that may have been disposed with its renderer already (the SDK then throws 43213: nothing to do). */
export function disposeQuietly(view: VideoStreamRendererView): void {
  try {
    view.dispose();
  } catch {
    // Already disposed.
  }
}

/**
 * Whether a view made by the SDK shows its video as a mirror image: its target and its `<video>` each carry a CSS
 * transform (the SDK's `rotateY(180deg)` on the target for `isMirrored`, `scaleX(-1)` on a local camera's video),
 * and the picture is mirrored when they add up to a horizontal flip.
 */
export function shownMirrored(target: HTMLElement): boolean {
  const transformOf = (el: Element | null) => (el instanceof HTMLElement && el.style.transform) || 'none';
  try {
    const matrix = new DOMMatrix(transformOf(target)).multiply(
      new DOMMatrix(transformOf(target.querySelector('video'))),
    );
    return matrix.a < 0;
  } catch {
    // A transform DOMMatrix cannot read (relative units): assume the SDK did not flip it.
    return false;
  }
}

/** Someone that shows a stream (a tile): told when the stream's view is ready or has failed. */
export type ViewHolder = () => void;

interface Entry {
  readonly renderer: VideoStreamRendererLike;
  readonly holders: Set<ViewHolder>;
  view?: VideoStreamRendererView;
  /** The view must be flipped (once more) to show as wanted. */
  flip: boolean;
  disposed: boolean;
}

/**
 * Owns the `VideoStreamRenderer`s of one element, keyed by stream, so that a view is **moved**, never re-created,
 * when the DOM containers are rebuilt (a layout change, a tile re-created): a holder that lets go of a stream and
 * another that takes it in the same task share one renderer; a renderer is disposed only when no holder is left
 * once the current task's microtasks have run.
 *
 * A renderer is created only while some holder wants the stream (so only visible, available streams have one);
 * `live` is the number of renderers not yet disposed. Renderers come from the injected `AcsSdk`
 * (`sdk.VideoStreamRenderer`): the real SDK's or the simulator's.
 */
export class VideoRendererController implements ReactiveController {
  /** The SDK capability that provides `VideoStreamRenderer`. */
  sdk?: AcsSdk;
  readonly #entries = new Map<RenderableStream, Entry>();
  readonly #onError?: (error: unknown) => void;
  #flushScheduled = false;

  constructor(host: ReactiveControllerHost, onError?: (error: unknown) => void) {
    this.#onError = onError;
    host.addController(this);
  }

  /** Number of renderers alive (created and not disposed). */
  get live(): number {
    return this.#entries.size;
  }

  /**
   * `holder` wants `stream` shown: creates its renderer and view unless one exists. `holder` is called when the
   * view is ready (or failed). Returns false when no renderer can be made (no SDK).
   */
  acquire(stream: RenderableStream, options: RenderOptions, holder: ViewHolder): boolean {
    let entry = this.#entries.get(stream);
    if (!entry) {
      const sdk = this.sdk;
      if (!sdk) return false;
      let renderer: VideoStreamRendererLike;
      try {
        renderer = new sdk.VideoStreamRenderer(stream);
      } catch (error) {
        this.#onError?.(error);
        return false;
      }
      const created: Entry = { renderer, holders: new Set(), flip: false, disposed: false };
      entry = created;
      this.#entries.set(stream, created);
      renderer.createView({ scalingMode: options.scalingMode, isMirrored: false }).then(
        (view) => {
          if (created.disposed) {
            // Removed while the view was being made. The renderer was disposed, which disposes its views; a view
            // it gave after that is let go here too (if it was disposed already, the SDK says so: 43213).
            disposeQuietly(view);
            return;
          }
          created.view = view;
          created.flip = shownMirrored(view.target) !== !!options.mirrored;
          for (const h of created.holders) h();
        },
        (error: unknown) => {
          if (created.disposed) return;
          this.#onError?.(error);
          // A failed renderer is dropped; the holders learn there is no view (and may ask again later).
          this.#dispose(stream, created);
          for (const h of created.holders) h();
        },
      );
    }
    entry.holders.add(holder);
    return true;
  }

  /** `holder` no longer shows `stream`. The renderer is disposed after this task unless someone takes it again. */
  release(stream: RenderableStream, holder: ViewHolder): void {
    const entry = this.#entries.get(stream);
    if (!entry) return;
    entry.holders.delete(holder);
    if (entry.holders.size === 0) this.#scheduleFlush();
  }

  /** The view of `stream`, once created. */
  view(stream: RenderableStream | undefined): VideoStreamRendererView | undefined {
    return stream ? this.#entries.get(stream)?.view : undefined;
  }

  /** Whether the view of `stream` must be flipped horizontally to show as asked (`mirrored` or not). */
  flipped(stream: RenderableStream | undefined): boolean {
    return !!stream && !!this.#entries.get(stream)?.flip;
  }

  /** Disposes every renderer that no holder wants, now. */
  flush(): void {
    this.#flushScheduled = false;
    for (const [stream, entry] of this.#entries) if (entry.holders.size === 0) this.#dispose(stream, entry);
  }

  hostDisconnected(): void {
    // Tiles release their streams as they leave the DOM; make sure nothing outlives the host.
    this.#scheduleFlush();
  }

  #scheduleFlush() {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  #dispose(stream: RenderableStream, entry: Entry) {
    if (entry.disposed) return;
    entry.disposed = true;
    this.#entries.delete(stream);
    // The renderer disposes its views (disposing one again would throw 43213): only the target is taken out.
    entry.view?.target.remove();
    entry.view = undefined;
    try {
      entry.renderer.dispose();
    } catch (error) {
      this.#onError?.(error);
    }
  }
}
