import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AcsElement } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { spinnerStyles } from '../../styles/spinner.js';
import { ParticipantController, streamOf } from '../../controllers/participants-controller.js';
import type {
  RenderableStream,
  RenderOptions,
  VideoRendererController,
} from '../../controllers/video-renderer-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { VideoGridStrings } from '../../i18n/en/video-grid.js';
import type { Call, LocalVideoStream, RemoteParticipant, RemoteParticipantState } from '../../sdk/index.js';
import { videoTileStyles } from './video-tile.styles.js';
import { clampText, graphemes, isolate } from '../../i18n/text.js';

/** What a tile needs from its grid. */
export interface TileHost {
  readonly renderers: VideoRendererController;
  readonly localize: LocalizeController<VideoGridStrings>;
  readonly localDisplayName?: string;
  togglePin(key: string): void;
  /** Whether the SDK's remote diagnostics say this participant's network is bad. */
  hasNetworkIssue(participant: RemoteParticipant): boolean;
}

/** What a tile shows. */
export type TileKind = 'remote' | 'local' | 'screen' | 'local-screen';

/** Participant states a tile names (each has a `state<State>` string). */
const STATES = new Set<RemoteParticipantState>(['Connecting', 'Ringing', 'EarlyMedia', 'Hold', 'InLobby', 'Idle']);

const CROP: RenderOptions = { scalingMode: 'Crop' };
const FIT: RenderOptions = { scalingMode: 'Fit' };
/** The local camera is shown as a mirror image, as people expect to see themselves. */
const SELF_VIEW: RenderOptions = { scalingMode: 'Crop', mirrored: true };

/**
 * Initials of a display name ("Ada Lovelace" -> "AL"), in graphemes: a family emoji, or a letter with its accents,
 * is one initial, never half of one.
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const first = graphemes(words[0]!);
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase();
  return (first[0]! + graphemes(words[words.length - 1]!)[0]!).toUpperCase();
}

/** How many graphemes of a name an accessible name holds (a 10,000-character name stays readable). */
const NAME_IN_LABEL = 64;

/** A stroked 20x20 icon (decorative: the tile's label says the same). */
export const icon = (d: string) =>
  html`<svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
    <path d=${d}></path>
  </svg>`;
const MIC_OFF = 'M7 4a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0ZM4 9a6 6 0 0 0 12 0m-6 6v3M3 3l14 14';
const SPEAKING = 'M3 8v4h3l4 4V4L6 8Zm10-1a4 4 0 0 1 0 6m2.5-8.5a8 8 0 0 1 0 11';
const PIN = 'M7 3h6l-1 6 3 3H5l3-3Zm3 9v6';
const WEAK_SIGNAL = 'M3 16h2M8 16v-3m4 3v-6m4 6V5M3 3l14 14';
const PERSON = 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-7 8c0-4 3-6 7-6s7 2 7 6';

/**
 * One tile of `<acs-video-grid>` (internal, defined by the grid's entry): a participant's camera or screen share,
 * the local preview, or the "you are sharing your screen" placeholder. It follows its own participant, so a
 * change to one participant re-renders this tile only. Its video views come from the grid's renderer controller,
 * which keeps them when tiles are rebuilt.
 *
 * @summary A video tile (internal part of acs-video-grid).
 * @tagname acs-video-tile
 * @csspart video - The box that holds the video.
 * @csspart name - The participant's name.
 * @csspart indicator - The mute and speaking indicators.
 * @internal
 */
export class AcsVideoTile extends AcsElement {
  static override styles = [baseStyles, spinnerStyles, videoTileStyles];

  /** @internal What the tile shows. */
  @property({ attribute: false }) kind: TileKind = 'remote';
  /** @internal The remote participant (kinds `remote` and `screen`). */
  @property({ attribute: false }) participant?: RemoteParticipant;
  /** @internal The call (kinds `local` and `local-screen`). */
  @property({ attribute: false }) call?: Call;
  /** @internal The camera turned on before a call (kind `local`, without a call). */
  @property({ attribute: false }) preview?: LocalVideoStream;
  /** @internal The grid: renderers, strings, the local user's name, pinning. */
  @property({ attribute: false }) host?: TileHost;
  /** @internal The grid's language (a change re-renders the tile). */
  @property({ attribute: false }) locale = '';
  /** @internal The participant key (for pinning). */
  @property({ attribute: false }) key = '';
  /** @internal Whether the participant is pinned. */
  @property({ attribute: false }) pinned = false;
  /** @internal Whether the tile has a pin button. */
  @property({ attribute: false }) pinnable = false;

  readonly #participant = new ParticipantController(this);
  #held?: RenderableStream;
  /** The video box: created once and kept by every render (views are appended to it). */
  readonly #box = document.createElement('div');

  constructor() {
    super();
    this.#box.className = 'video';
    this.#box.setAttribute('part', 'video');
  }

  /** @internal The stream this tile shows now (undefined when none is available). */
  get stream(): RenderableStream | undefined {
    switch (this.kind) {
      case 'remote':
      case 'screen': {
        const s = streamOf(this.participant, this.kind === 'screen' ? 'ScreenSharing' : 'Video');
        return s?.isAvailable ? s : undefined;
      }
      case 'local':
        return this.call
          ? this.call.localVideoStreams.find((s) => s.mediaStreamType !== 'ScreenSharing')
          : this.preview;
      default:
        return undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participant') || changed.has('kind')) {
      this.#participant.type = this.kind === 'screen' ? 'ScreenSharing' : 'Video';
      this.#participant.participant = this.kind === 'remote' || this.kind === 'screen' ? this.participant : undefined;
    }
    if (changed.has('call') || changed.has('kind'))
      this.#participant.call = this.kind === 'local' ? this.call : undefined;
    this.#sync();
  }

  protected override updated(): void {
    const box = this.#box;
    const renderers = this.host?.renderers;
    const target = renderers?.view(this.#held)?.target;
    box.classList.toggle('flip', !!target && !!renderers?.flipped(this.#held));
    if (target) {
      if (target.parentNode !== box || box.childNodes.length !== 1) box.replaceChildren(target);
    } else if (box.firstChild) box.replaceChildren();
  }

  readonly #viewReady = () => this.requestUpdate();

  /** Holds the renderer of the stream to show, releasing the previous one. */
  #sync() {
    const want = this.isConnected ? this.stream : undefined;
    if (want === this.#held) return;
    this.#release();
    if (!want || !this.host) return;
    const options = this.kind === 'screen' ? FIT : this.kind === 'local' ? SELF_VIEW : CROP;
    if (this.host.renderers.acquire(want, options, this.#viewReady)) this.#held = want;
  }

  #release() {
    if (this.#held) this.host?.renderers.release(this.#held, this.#viewReady);
    this.#held = undefined;
  }

  #pin() {
    this.host?.togglePin(this.key);
  }

  protected override render() {
    const host = this.host;
    if (!host) return nothing;
    const t = host.localize;
    const kind = this.kind;
    const remote = kind === 'remote' || kind === 'screen' ? this.participant : undefined;
    const local = kind === 'local' || kind === 'local-screen';
    const given = (local ? host.localDisplayName : remote?.displayName)?.trim() ?? '';
    const name = given || (local ? t.term('you') : t.term('unnamed'));
    const muted = kind === 'local' ? !!this.call?.isMuted : kind === 'remote' && !!remote?.isMuted;
    const speaking = kind === 'remote' && !!remote?.isSpeaking;
    const weak = kind === 'remote' && !!remote && host.hasNetworkIssue(remote);
    const state =
      kind === 'remote' && remote && STATES.has(remote.state) ? t.term(`state${remote.state}` as 'stateIdle') : '';
    const stream = this.#held;
    const hasView = !!host.renderers.view(stream);
    const loading = !!stream && 'isReceiving' in stream && !stream.isReceiving;
    const shown = kind === 'screen' ? t.term('screenOf', isolate(name)) : name;
    // The accessible name: the name clamped and isolated (its direction cannot reorder ", muted").
    const short = isolate(clampText(name, NAME_IN_LABEL));
    const label = [kind === 'screen' ? t.term('screenOf', short) : short];
    if (muted) label.push(t.term('muted'));
    if (speaking) label.push(t.term('speaking'));
    if (state) label.push(state);
    if (weak) label.push(t.term('poorConnection'));
    if (this.pinned) label.push(t.term('pinned'));
    const initials = given ? initialsOf(given) : '';
    return html`<div class="tile ${speaking ? 'speaking' : ''}" role="group" aria-label=${t.term('tileLabel', label)}>
      ${this.#box}
      ${
        kind === 'local-screen'
          ? html`<div>${t.term('youAreSharing')}</div>`
          : hasView
            ? nothing
            : html`<div class="avatar" aria-hidden="true">${initials || icon(PERSON)}</div>`
      }
      ${loading ? html`<span class="loading spinner" role="img" aria-label=${t.term('loadingVideo')}></span>` : nothing}
      <div class="bar" aria-hidden="true">
        <span class="name" part="name">${shown}</span>
        ${muted ? html`<span part="indicator">${icon(MIC_OFF)}</span>` : nothing}
        ${speaking ? html`<span part="indicator">${icon(SPEAKING)}</span>` : nothing}
        ${weak ? html`<span part="indicator network" class="network">${icon(WEAK_SIGNAL)}</span>` : nothing}
        ${state ? html`<span class="state">${state}</span>` : nothing}
      </div>
      ${
        this.pinnable
          ? html`<button
              class="pin"
              aria-pressed=${this.pinned ? 'true' : 'false'}
              aria-label=${t.term('pin', name)}
              @click=${this.#pin}
            >
              ${icon(PIN)}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acs-video-tile': AcsVideoTile;
  }
}
