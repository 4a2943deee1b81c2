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
  readonly isMirrored?: boolean;
}

/** Someone that shows a stream (a tile): told when the stream's view is ready or has failed. */
export type ViewHolder = () => void;

interface Entry {
  readonly renderer: VideoStreamRendererLike;
  readonly holders: Set<ViewHolder>;
  view?: VideoStreamRendererView;
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
      const created: Entry = { renderer, holders: new Set(), disposed: false };
      entry = created;
      this.#entries.set(stream, created);
      renderer.createView({ scalingMode: options.scalingMode, isMirrored: options.isMirrored ?? false }).then(
        (view) => {
          if (created.disposed) {
            view.dispose();
            return;
          }
          created.view = view;
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
    const view = entry.view;
    entry.view = undefined;
    if (view) {
      view.target.remove();
      try {
        view.dispose();
      } catch {
        // The renderer disposes its views too.
      }
    }
    try {
      entry.renderer.dispose();
    } catch (error) {
      this.#onError?.(error);
    }
  }
}
