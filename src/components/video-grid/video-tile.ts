import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AcsElement } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { ParticipantController, streamOf } from '../../controllers/participants-controller.js';
import type {
  RenderableStream,
  RenderOptions,
  VideoRendererController,
} from '../../controllers/video-renderer-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { VideoGridStrings } from '../../i18n/en/video-grid.js';
import type { Call, RemoteParticipant, RemoteParticipantState } from '../../sdk/index.js';
import { videoTileStyles } from './video-tile.styles.js';

/** What a tile shows. */
export type TileKind = 'remote' | 'local' | 'screen' | 'local-screen';

const STATE_KEYS: Partial<Record<RemoteParticipantState, keyof VideoGridStrings>> = {
  Connecting: 'stateConnecting',
  Ringing: 'stateRinging',
  EarlyMedia: 'stateEarlyMedia',
  Hold: 'stateHold',
  InLobby: 'stateInLobby',
  Idle: 'stateIdle',
  Disconnected: 'stateDisconnected',
};

const CROP: RenderOptions = { scalingMode: 'Crop' };
const FIT: RenderOptions = { scalingMode: 'Fit' };
const MIRRORED: RenderOptions = { scalingMode: 'Crop', isMirrored: true };

/** Initials of a display name ("Ada Lovelace" -> "AL"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const first = [...words[0]!];
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase();
  return (first[0]! + [...words[words.length - 1]!][0]!).toUpperCase();
}

const micOffIcon = svg`<path fill="currentColor" d="M3.3 2.3 2.3 3.3l5.2 5.2V11a3 3 0 0 0 4.4 2.6l1.1 1.1A4.5 4.5 0 0 1 5.5 11H4a6 6 0 0 0 5.25 5.95V19h1.5v-2.05a5.9 5.9 0 0 0 3.1-1.3l3.85 3.85 1-1ZM13.5 11V5a3 3 0 0 0-6-.5l6 6Zm1.5 0c0 .5-.08.98-.22 1.43l1.17 1.17A5.9 5.9 0 0 0 16.5 11Z"/>`;
const speakingIcon = svg`<path fill="currentColor" d="M9 3 5 7H2v6h3l4 4Zm3.5 2.5-1 1a5 5 0 0 1 0 7l1 1a6.5 6.5 0 0 0 0-9Zm2.5-2.5-1 1a8.5 8.5 0 0 1 0 12l1 1a10 10 0 0 0 0-14Z"/>`;
const pinIcon = svg`<path fill="currentColor" d="m12.5 1.5-1 1 .8.8-4 4H5l-1 1 3.4 3.4L2 17.1v.9h.9l5.4-5.4 3.4 3.4 1-1v-3.3l4-4 .8.8 1-1Z"/>`;
const personIcon = svg`<path fill="currentColor" d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 1.5c-3.3 0-7 1.7-7 4.5v2h14v-2c0-2.8-3.7-4.5-7-4.5Z"/>`;

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
  static override styles = [baseStyles, videoTileStyles];

  /** @internal What the tile shows. */
  @property({ attribute: false }) kind: TileKind = 'remote';
  /** @internal The remote participant (kinds `remote` and `screen`). */
  @property({ attribute: false }) participant?: RemoteParticipant;
  /** @internal The call (kinds `local` and `local-screen`). */
  @property({ attribute: false }) call?: Call;
  /** @internal The grid's renderer controller. */
  @property({ attribute: false }) renderers?: VideoRendererController;
  /** @internal The grid's localize controller. */
  @property({ attribute: false }) localize?: LocalizeController<VideoGridStrings>;
  /** @internal The grid's language (a change re-renders the tile). */
  @property({ attribute: false }) locale = '';
  /** @internal The local user's display name. */
  @property({ attribute: false }) localDisplayName?: string;
  /** @internal The participant key (for pinning). */
  @property({ attribute: false }) key = '';
  /** @internal Whether the participant is pinned. */
  @property({ attribute: false }) pinned = false;
  /** @internal Whether the tile has a pin button. */
  @property({ attribute: false }) pinnable = false;

  readonly #participant = new ParticipantController(this);
  #held?: RenderableStream;
  #box?: HTMLElement;

  /** @internal The stream this tile shows now (undefined when none is available). */
  get stream(): RenderableStream | undefined {
    switch (this.kind) {
      case 'remote':
      case 'screen': {
        const s = streamOf(this.participant, this.kind === 'screen' ? 'ScreenSharing' : 'Video');
        return s?.isAvailable ? s : undefined;
      }
      case 'local':
        return this.call?.localVideoStreams.find((s) => s.mediaStreamType === 'Video');
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

  protected override firstUpdated(): void {
    this.#box = this.renderRoot.querySelector<HTMLElement>('.video') ?? undefined;
  }

  protected override updated(): void {
    const box = this.#box;
    if (!box) return;
    const target = this.renderers?.view(this.#held)?.target;
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
    if (!want || !this.renderers) return;
    const options = this.kind === 'screen' ? FIT : this.kind === 'local' ? MIRRORED : CROP;
    if (this.renderers.acquire(want, options, this.#viewReady)) this.#held = want;
  }

  #release() {
    if (this.#held) this.renderers?.release(this.#held, this.#viewReady);
    this.#held = undefined;
  }

  #pin() {
    this.dispatchEvent(new CustomEvent('acs-tile-pin', { bubbles: true, detail: { key: this.key } }));
  }

  protected override render() {
    const t = this.localize;
    if (!t) return nothing;
    const kind = this.kind;
    const remote = kind === 'remote' || kind === 'screen' ? this.participant : undefined;
    const local = kind === 'local' || kind === 'local-screen';
    const given = (local ? this.localDisplayName : remote?.displayName)?.trim() ?? '';
    const name = given || (local ? t.term('you') : t.term('unnamed'));
    const muted =
      kind === 'screen' || kind === 'local-screen' ? false : local ? !!this.call?.isMuted : !!remote?.isMuted;
    const speaking = kind === 'remote' && !!remote?.isSpeaking;
    const stateKey = kind === 'remote' && remote ? STATE_KEYS[remote.state] : undefined;
    const state = stateKey ? t.term(stateKey as 'stateConnecting') : '';
    const stream = this.#held;
    const hasView = !!this.renderers?.view(stream);
    const loading = !!stream && 'isReceiving' in stream && !stream.isReceiving;
    const shown = kind === 'screen' ? t.term('screenOf', name) : name;
    const label = [shown];
    if (muted) label.push(t.term('muted'));
    if (speaking) label.push(t.term('speaking'));
    if (state) label.push(state);
    if (this.pinned) label.push(t.term('pinned'));
    const initials = given ? initialsOf(given) : '';
    return html`<div class="tile ${speaking ? 'speaking' : ''}" role="group" aria-label=${t.term('tileLabel', label)}>
      <div class="video" part="video"></div>
      ${
        kind === 'local-screen'
          ? html`<div class="placeholder">${t.term('youAreSharing')}</div>`
          : hasView
            ? nothing
            : html`<div class="avatar" aria-hidden="true">
                ${initials || html`<svg viewBox="0 0 20 20">${personIcon}</svg>`}
              </div>`
      }
      ${loading ? html`<span class="loading" role="img" aria-label=${t.term('loadingVideo')}></span>` : nothing}
      <div class="bar" aria-hidden="true">
        <span class="name" part="name">${shown}</span>
        ${muted ? html`<span class="indicator" part="indicator"><svg viewBox="0 0 20 20">${micOffIcon}</svg></span>` : nothing}
        ${
          speaking
            ? html`<span class="indicator" part="indicator"><svg viewBox="0 0 20 20">${speakingIcon}</svg></span>`
            : nothing
        }
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
              <svg viewBox="0 0 20 20" aria-hidden="true">${pinIcon}</svg>
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
