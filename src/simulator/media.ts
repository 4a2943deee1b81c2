/**
 * Synthetic media: animated canvases turned into real `MediaStream`s (`canvas.captureStream()`), so a renderer
 * shows moving video without a camera or a network. A canvas is only repainted while someone watches it
 * (see {@link CanvasVideoSource.acquire}), so a grid of 100 hidden participants burns no CPU.
 */

/** What a canvas source paints. */
export type CanvasSourceKind = 'camera' | 'screen' | 'local';

/** Options for a {@link CanvasVideoSource}. */
export interface CanvasVideoSourceOptions {
  /** Text shown large in the middle, e.g. initials. */
  readonly label: string;
  /** Smaller caption, e.g. the full display name. */
  readonly caption?: string;
  readonly kind?: CanvasSourceKind;
  readonly width?: number;
  readonly height?: number;
}

/** Initials of a display name ("Ada Lovelace" -> "AL"), at most 2 letters. */
export function initials(name: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters =
    words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0], [...words[words.length - 1]!][0]];
  return letters.join('').toUpperCase();
}

/** A stable hue (0-359) from a string, to give each participant its own colour. */
export function hueOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % 360;
}

/**
 * One shared timer drives every active canvas, at a fixed frame rate. It runs only while at least one
 * source is active.
 */
export class FrameTicker {
  readonly #active = new Set<CanvasVideoSource>();
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #interval: number;

  constructor(fps = 15) {
    this.#interval = Math.max(1, Math.round(1000 / Math.max(1, fps)));
  }

  /** Number of canvases being animated right now. */
  get activeCount(): number {
    return this.#active.size;
  }

  start(source: CanvasVideoSource): void {
    this.#active.add(source);
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => {
        const now = performance.now();
        for (const s of this.#active) s.paint(now);
      }, this.#interval);
    }
  }

  stop(source: CanvasVideoSource): void {
    this.#active.delete(source);
    if (this.#active.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  dispose(): void {
    this.#active.clear();
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * An animated canvas and its captured `MediaStream`. Painted once on creation; animated only while
 * {@link acquire}d (a renderer view holds it) and {@link enabled} (e.g. the remote stream is available).
 */
export class CanvasVideoSource {
  readonly canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #ticker: FrameTicker;
  readonly #options: Required<Pick<CanvasVideoSourceOptions, 'kind' | 'width' | 'height'>> & CanvasVideoSourceOptions;
  #stream: MediaStream | undefined;
  #holders = 0;
  #enabled = true;
  #frames = 0;
  #label: string;
  #caption: string;

  constructor(ticker: FrameTicker, options: CanvasVideoSourceOptions) {
    this.#ticker = ticker;
    this.#options = { kind: 'camera', width: 320, height: 180, ...options };
    this.#label = options.label;
    this.#caption = options.caption ?? '';
    this.canvas = document.createElement('canvas');
    this.canvas.width = this.#options.width;
    this.canvas.height = this.#options.height;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas is not available');
    this.#ctx = ctx;
    this.paint(performance.now());
  }

  /** The captured stream (created on first use). */
  get mediaStream(): MediaStream {
    if (!this.#stream) {
      this.#stream = this.canvas.captureStream();
      // captureStream only emits frames when the canvas changes: paint once more so the track has one.
      this.paint(performance.now());
    }
    return this.#stream;
  }

  /** Whether the canvas is being animated now. */
  get animating(): boolean {
    return this.#holders > 0 && this.#enabled;
  }

  /** Number of holders (renderer views) of this source. */
  get holders(): number {
    return this.#holders;
  }

  /** Frames painted so far (a test can check that animation stops). */
  get frames(): number {
    return this.#frames;
  }

  /** Animation is allowed (e.g. the remote stream is available). */
  get enabled(): boolean {
    return this.#enabled;
  }

  set enabled(on: boolean) {
    this.#enabled = on;
    this.#update();
  }

  /** Changes the text painted on the canvas. */
  setText(label: string, caption?: string): void {
    this.#label = label;
    if (caption !== undefined) this.#caption = caption;
    this.paint(performance.now());
  }

  /** A viewer starts watching: animate. Returns the release function (idempotent). */
  acquire(): () => void {
    this.#holders++;
    this.#update();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holders--;
      this.#update();
    };
  }

  #update(): void {
    if (this.animating) this.#ticker.start(this);
    else this.#ticker.stop(this);
  }

  /** Paints one frame at time `t` (ms). */
  paint(t: number): void {
    this.#frames++;
    const { width: w, height: h, kind } = this.#options;
    const ctx = this.#ctx;
    const hue = hueOf(this.#caption || this.#label);
    const phase = (t / 1000) % 60;
    if (kind === 'screen') {
      ctx.fillStyle = '#f4f4f6';
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = `hsl(${hue} 45% 40%)`;
      ctx.fillRect(0, 0, w, h * 0.12);
      ctx.fillStyle = '#9aa0a6';
      for (let i = 0; i < 5; i++)
        ctx.fillRect(w * 0.08, h * (0.25 + i * 0.12), w * (0.5 + ((i * 37) % 30) / 100), h * 0.04);
      // a moving "mouse pointer"
      const x = w * (0.5 + 0.35 * Math.sin(phase * 1.3));
      const y = h * (0.55 + 0.3 * Math.cos(phase * 0.9));
      ctx.fillStyle = '#111';
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 10, y + 14);
      ctx.lineTo(x + 3, y + 13);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.font = `${Math.round(h * 0.07)}px system-ui, sans-serif`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(this.#caption ? `${this.#caption} (screen)` : 'Screen', w * 0.03, h * 0.06);
      return;
    }
    const light = kind === 'local' ? 30 : 35;
    const g = ctx.createLinearGradient(0, 0, w, h);
    g.addColorStop(0, `hsl(${hue} 55% ${light}%)`);
    g.addColorStop(1, `hsl(${(hue + 40) % 360} 55% ${light - 12}%)`);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, w, h);
    // a soft moving circle, so the video visibly moves
    const cx = w / 2 + Math.sin(phase * 1.7) * w * 0.3;
    const cy = h / 2 + Math.cos(phase * 1.1) * h * 0.25;
    ctx.fillStyle = 'rgba(255,255,255,0.18)';
    ctx.beginPath();
    ctx.arc(cx, cy, h * 0.35, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${Math.round(h * 0.32)}px system-ui, sans-serif`;
    ctx.fillText(this.#label, w / 2, h / 2);
    if (this.#caption) {
      ctx.font = `${Math.round(h * 0.08)}px system-ui, sans-serif`;
      ctx.fillText(this.#caption, w / 2, h * 0.85);
    }
  }

  /** Stops the tracks and the animation. */
  dispose(): void {
    this.#ticker.stop(this);
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = undefined;
  }
}
