import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssVars, type CssVars } from '../shared/css-vars.js';
import { AcsCallElement } from '../shared/acs-element.js';
import { reportInvalidAttribute } from '../shared/input-check.js';
import { emitError } from '../../events/acs-error.js';
import { baseStyles } from '../../styles/shared.js';
import { LocalizeController, formatList } from '../../i18n/localize.js';
import { clampText, isolate } from '../../i18n/text.js';
import { videoGridStrings, type VideoGridStrings } from '../../i18n/en/video-grid.js';
import { ParticipantsController, streamOf } from '../../controllers/participants-controller.js';
import { VideoRendererController } from '../../controllers/video-renderer-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { DominantSpeakersController } from '../../controllers/dominant-speakers-controller.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { FeatureController } from '../../controllers/feature-controller.js';
import type { RemoteParticipantDiagnosticsData, UserFacingDiagnosticsFeature } from '../../sdk/index.js';
import { localMediaContext, type LocalMedia } from '../../context/local-media.js';
import { consume } from '@lit/context';
import { identifierKey, type Call, type LocalVideoStream, type RemoteParticipant } from '../../sdk/index.js';
import { icon, type AcsVideoTile, type TileHost, type TileKind } from './video-tile.js';
import { videoGridStyles } from './video-grid.styles.js';

/** The layouts of `<acs-video-grid>`; `auto` picks one from the call. */
export type VideoGridLayout = 'auto' | 'grid' | 'screen-share' | 'one-to-one' | 'speaker';
/** A layout in effect (never `auto`). */
export type EffectiveLayout = Exclude<VideoGridLayout, 'auto'>;
/** Where the local user's tile goes in a group call: in the grid, floating over it, or not shown. */
export type LocalTilePlacement = 'grid' | 'float' | 'hidden';
const LOCAL_TILE_PLACEMENTS: readonly string[] = ['grid', 'float', 'hidden'] satisfies LocalTilePlacement[];

/**
 * The smallest tile in the grid layout, in the grid's em: smaller, a name, an avatar and the pin button no longer
 * fit in a tile, so fewer tiles go on a page (the pager shows the rest).
 */
const MIN_TILE_EM = 10;
/** The pager's height, in px, taken from the tiles' height when there are pages. */
const PAGER_PX = 40;

/** Whether a remote participant's camera is on (their `Video` stream is available). */
const cameraOn = (p: RemoteParticipant): boolean => !!streamOf(p, 'Video')?.isAvailable;

/** The key of the local user's tile (in `pinned`). */
export const LOCAL_KEY = 'local';

/** The remote diagnostics that say a participant's connection is bad. */
const NETWORK_ISSUES: ReadonlySet<string> = new Set([
  'networkReceiveQuality',
  'networkSendQuality',
  'networkReconnect',
  'noNetwork',
  'networkRelaysNotReachable',
]);

/** Whether a remote diagnostic is about `participant` (the SDK gives the participant, else its raw id). */
const sameParticipant = (
  participant: RemoteParticipant,
  d: { remoteParticipant?: RemoteParticipant; rawId: string },
): boolean =>
  d.remoteParticipant === participant ||
  (!!d.rawId && (participant.identifier as { rawId?: string }).rawId === d.rawId);

/** One tile to show. */
interface TileEntry {
  readonly key: string;
  readonly kind: TileKind;
  readonly participant?: RemoteParticipant;
  readonly cls: 'cell' | 'main' | 'strip' | 'float';
  readonly pinKey?: string;
  /** The local tile before a call: the camera turned on for it. */
  readonly preview?: LocalVideoStream;
}

/**
 * Chooses columns x rows for `n` tiles in a `width` x `height` box so that 16:9 tiles are as large as possible.
 * Returns the tile width too (0 when the box size is unknown).
 */
export function gridShape(
  n: number,
  width: number,
  height: number,
  gap = 4,
): { cols: number; rows: number; tileWidth: number } {
  const count = Math.max(1, n);
  if (!(width > 0 && height > 0)) {
    const cols = Math.ceil(Math.sqrt(count));
    return { cols, rows: Math.ceil(count / cols), tileWidth: 0 };
  }
  let best = { cols: 1, rows: count, tileWidth: 0 };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const cellW = (width - gap * (cols - 1)) / cols;
    const cellH = (height - gap * (rows - 1)) / rows;
    const w = Math.max(0, Math.min(cellW, (cellH * 16) / 9));
    if (w > best.tileWidth + 0.5) best = { cols, rows, tileWidth: w };
  }
  return best;
}

/**
 * Every participant of a call and their streams, in a grid, screen-share, one-to-one or speaker layout.
 *
 * The grid reads the call's participants and streams from the SDK at render time, so it is correct after any
 * sequence of SDK events. Each participant has its own tile that follows that participant only: a change to one
 * participant (mute, speaking, name) re-renders one tile. Video renderers are created only for visible, available
 * streams, and moved (never re-created) when the layout changes.
 *
 * Placement: pinned people lead; then the people one can see or hear (camera on, or among the dominant speakers,
 * those known at mount included), then the others. A dominant speaker who is not on the page shown takes the place
 * of the least recent speaker there, so tiles do not jump as people speak; on each page, cameras come first.
 * Tiles never shrink below 10em: a small grid holds fewer people per page and the pager reaches the rest. A tile
 * pinned from another page is followed to the page that shows it.
 *
 * @summary A video grid for a call: tiles for the local user and every remote participant.
 * @tagname acs-video-grid
 * @csspart base - The wrapper.
 * @csspart tiles - The container of the tiles.
 * @csspart tile - Each tile.
 * @csspart video - The video box of a tile.
 * @csspart name - A participant's name in a tile.
 * @csspart indicator - The mute and speaking indicators of a tile.
 * @csspart pager - The page controls.
 * @cssproperty --acs-video-grid-gap - Space between tiles (default `--acs-space-1`).
 * @cssproperty --acs-video-grid-tile-radius - Corner radius of tiles (default `--acs-radius-m`).
 * @cssproperty --acs-video-grid-tile-background - Background of a tile without video.
 * @cssproperty --acs-video-grid-name-color - Colour of the names and indicators on tiles.
 * @cssproperty --acs-video-grid-speaking-ring - Colour of the ring around a speaking participant.
 * @cssproperty --acs-video-grid-avatar-background - Background of the initials.
 * @cssproperty --acs-video-grid-avatar-color - Colour of the initials (default: the name colour).
 * @cssproperty --acs-video-grid-name-background - Background of the name bar on tiles.
 * @cssproperty --acs-video-grid-pin-background - Background of the pin buttons (default: the name bar's).
 * @cssproperty --acs-video-grid-pin-color - Colour of the pin icons.
 * @cssproperty --acs-video-grid-pinned-background - Background of the pin button of a pinned tile (default: accent).
 * @cssproperty --acs-video-grid-pinned-color - Colour of the pin icon of a pinned tile.
 * @cssproperty --acs-video-grid-strip-size - Height of the participant strip in the screen-share and speaker layouts.
 * @cssproperty --acs-video-grid-float-size - Width of the floating local preview in the one-to-one layout.
 * @cssproperty --acs-video-grid-aspect-ratio - The grid's shape when nothing gives it a height (default `16 / 9`; it
 *   fills any height the page gives it).
 * @cssproperty --acs-video-grid-network-warning-color - Colour of the weak-connection marker on a tile (the SDK's remote
 *   diagnostics say the participant's network is bad; the SDK delivers them from participants whose client sends
 *   them: `<acs-call-provider share-diagnostics>`).
 * @cssproperty --acs-video-grid-float-outline - Outline colour of the floating local tile.
 * @cssstate grid - The grid layout is in effect (also `screen-share`, `one-to-one`, `speaker`).
 * @fires acs-error - A video renderer failed.
 */
export class AcsVideoGrid extends AcsCallElement implements TileHost {
  static override styles = [baseStyles, videoGridStyles];

  /** The layout: `auto` (screen share when someone shares, one-to-one with one remote participant, else grid), or a fixed one. */
  @property({ reflect: true }) layout: VideoGridLayout = 'auto';

  /** How many remote participants' tiles a page holds (the local user's tile is always shown). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 9;

  /** Keys of the pinned participants (`identifierKey(participant.identifier)`, `'local'` for the local user); they lead. */
  @property({ attribute: false }) pinned: readonly string[] = [];

  /** The local user's display name (default: "You"). */
  @property({ attribute: 'local-name' }) localDisplayName?: string;

  /**
   * Where the local user's tile goes when there are other people: `grid` (a tile like the others), `float` (a small
   * tile over the grid's corner, as in one-to-one calls) or `hidden`.
   */
  @property({ attribute: 'local-tile', reflect: true }) localTile: LocalTilePlacement = 'grid';

  /**
   * @internal The local media of the enclosing `<acs-call-provider>`: before a call, the camera turned on (with
   * `<acs-camera-button>`) is shown as the local tile.
   */
  @consume({ context: localMediaContext, subscribe: true })
  @state()
  protected localMedia?: LocalMedia;

  /** @internal The page shown (0-based). */
  @state() protected page = 0;

  /** @internal */
  @state() protected announcement = '';

  /** @internal */
  readonly localize = new LocalizeController<VideoGridStrings>(this, 'video-grid', videoGridStrings);

  /** @internal */
  readonly participantsController = new ParticipantsController(this, {
    updated: (added, removed) => this.#queueAnnouncement(added, removed),
    structure: () => this.requestUpdate(),
  });

  /** @internal The video renderers, keyed by stream. */
  readonly renderers = new VideoRendererController(this, (error) => emitError(this, 'createView', error));

  /** @internal */
  readonly speakersController = new DominantSpeakersController(this, () => this.#speakersChanged());

  readonly #resize = new ResizeController(this, () => ((this.#emPx = 0), this.#shapeChanged()));
  readonly #media = new SubscriptionController<LocalMedia, 'changed'>(this, { events: ['changed'] });
  // Other participants' diagnostics (the SDK's remote diagnostics): only the tiles of the participants concerned
  // render again.
  readonly #remoteDiagnostics = new FeatureController<UserFacingDiagnosticsFeature>(
    this,
    (f) => f.UserFacingDiagnostics,
    {
      events: ['diagnosticChanged'],
      emitters: (feature) => [feature.remote],
      update: false,
      onEvent: (_, [data]) => {
        for (const d of (data as RemoteParticipantDiagnosticsData | undefined)?.diagnostics ?? [])
          for (const tile of this.#tiles.values())
            if (tile.participant && sameParticipant(tile.participant, d)) tile.requestUpdate();
      },
    },
  );

  /** Remote participant keys in slot order (a UI fact: where each one sits), reconciled with the call on render. */
  #slots: string[] = [];
  /** When each participant was last a dominant speaker (a counter). */
  readonly #lastSpoke = new Map<string, number>();
  #tick = 0;
  /** Remote keys on the page shown, from the last render. */
  #pageKeys: string[] = [];
  #gridTiles = 0;
  /** The grid style last rendered (a resize that does not change it costs no render). */
  #shapeStyle = '';
  /** The remote tiles per page last rendered (a dominant speaker is brought onto that page). */
  #lastPerPage = 9;
  #emPx = 0;
  #effective?: EffectiveLayout;
  readonly #tiles = new Map<string, AcsVideoTile>();
  #joined: string[] = [];
  #left: string[] = [];
  #layoutNote = '';
  #flushPending = false;

  /** The layout in effect now. */
  get effectiveLayout(): EffectiveLayout {
    return this.#effective ?? 'grid';
  }

  /** Number of pages, from the call's participants now and the layout in effect. */
  get pageCount(): number {
    return this.#pageCount(this.activeCall?.remoteParticipants.length ?? 0);
  }

  /** The pages `remotes` people take in the layout in effect (the main tile of the speaker layout excluded). */
  #pageCount(remotes: number): number {
    const layout = this.#effective ?? 'grid';
    if (layout === 'one-to-one') return Math.max(1, remotes);
    const paged = layout === 'speaker' ? Math.max(0, remotes - 1) : remotes;
    const size = layout === 'grid' ? this.#perPage(paged) : this.#pageSize;
    return Math.max(1, Math.ceil(paged / size));
  }

  /** Goes to a page (0-based, clamped). */
  goToPage(page: number): void {
    this.page = Math.min(Math.max(0, Math.floor(page)), this.pageCount - 1);
  }

  /**
   * @internal Whether the SDK's remote diagnostics say a participant's network is bad (their send or receive
   * quality Poor or Bad, reconnecting, no network, or media relays not reachable).
   */
  hasNetworkIssue(participant: RemoteParticipant): boolean {
    const latest = this.#remoteDiagnostics.target?.remote.getLatest().diagnostics ?? [];
    return latest.some(
      (d) =>
        NETWORK_ISSUES.has(d.diagnostic) &&
        sameParticipant(participant, d) &&
        (d.value === true || (typeof d.value === 'number' && d.value > 1)),
    );
  }

  /** The page size asked for: a page size below 1 (or not a number) was reported when set; 9 is used then. */
  get #pageSize(): number {
    return this.pageSize >= 1 ? Math.floor(this.pageSize) : 9;
  }

  /** The local tile's placement in effect (a wrong value was reported when set; `grid` is used then). */
  get #localTile(): LocalTilePlacement {
    return LOCAL_TILE_PLACEMENTS.includes(this.localTile) ? this.localTile : 'grid';
  }

  /**
   * How many remote tiles a page of the grid layout holds: the page size, or fewer when tiles would be smaller
   * than MIN_TILE_EM at the grid's size (the local tile, when in the grid, takes a place too).
   */
  #perPage(remotes: number): number {
    const asked = this.#pageSize;
    const { width, height } = this.#resize;
    if (!(width > 0 && height > 0)) return asked;
    const local = this.#localTile === 'grid' ? 1 : 0;
    const minW = MIN_TILE_EM * this.#em;
    const minH = (minW * 9) / 16;
    const fit = (h: number) =>
      Math.max(1, Math.floor((width + 4) / (minW + 4))) * Math.max(1, Math.floor((h + 4) / (minH + 4)));
    let room = fit(height);
    if (remotes + local > room) room = fit(height - PAGER_PX);
    return Math.max(1, Math.min(asked, room - local));
  }

  /** The grid's font size in px (read when it is resized, or first needed). */
  get #em(): number {
    return (this.#emPx ||= parseFloat(getComputedStyle(this).fontSize) || 16);
  }

  /**
   * Pins or unpins a participant by key. A tile pinned from another page is followed: the view goes to the page
   * that now shows it (the pinned lead).
   */
  togglePin(key: string): void {
    const pinning = !this.pinned.includes(key);
    this.pinned = pinning ? [...this.pinned, key] : this.pinned.filter((k) => k !== key);
    const call = this.activeCall;
    if (pinning && key !== LOCAL_KEY && call) {
      // Where the pinned person is now among the people shown in pages (the pinned lead them).
      const place = this.#ordered(call.remoteParticipants).findIndex((p) => identifierKey(p.identifier) === key);
      const perPage = this.#effective === 'one-to-one' ? 1 : this.#lastPerPage;
      if (place >= 0) this.page = this.#effective === 'speaker' ? 0 : Math.floor(place / Math.max(1, perPage));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.measure();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pageSize') && !(this.pageSize >= 1))
      reportInvalidAttribute(this, 'page-size', this.pageSize, 'a whole number of 1 or more (9 is used)');
    if (changed.has('localTile') && !LOCAL_TILE_PLACEMENTS.includes(this.localTile))
      reportInvalidAttribute(this, 'local-tile', this.localTile, '"grid", "float" or "hidden" ("grid" is used)');
    const call = this.activeCall;
    const sdk = this.activeSdk;
    this.#media.target = this.localMedia;
    this.#remoteDiagnostics.set(call, sdk);
    this.participantsController.call = call;
    this.renderers.sdk = sdk;
    this.speakersController.set(call, sdk);
    const layout = this.#resolveLayout(call);
    if (this.#effective && layout !== this.#effective) {
      this.#layoutNote = this.localize.term('layoutChanged', layout);
      this.#scheduleFlush();
    }
    if (layout !== this.#effective) {
      // The grid's only custom states are its layouts: exactly one is set.
      this.internals.states.clear();
      this.internals.states.add(layout);
    }
    this.#effective = layout;
  }

  #resolveLayout(call: Call | undefined): EffectiveLayout {
    const remotes = call?.remoteParticipants ?? [];
    const sharing = !!call?.isScreenSharingOn || remotes.some((p) => streamOf(p, 'ScreenSharing')?.isAvailable);
    const layout = this.layout;
    if (layout === 'grid') return 'grid';
    if (layout === 'screen-share' || (sharing && layout !== 'speaker' && layout !== 'one-to-one'))
      return sharing ? 'screen-share' : 'grid';
    if (!remotes.length) return 'grid';
    if (layout === 'speaker' || layout === 'one-to-one') return layout;
    return remotes.length === 1 ? 'one-to-one' : 'grid';
  }

  /** Remote participants in display order: pinned first (in pin order), then by slot. */
  #ordered(remotes: readonly RemoteParticipant[]): RemoteParticipant[] {
    const byKey = new Map<string, RemoteParticipant>();
    for (const p of remotes) byKey.set(identifierKey(p.identifier), p);
    const slots = this.#slots;
    let stale = slots.length !== byKey.size;
    if (!stale) for (const k of slots) if (!byKey.has(k)) stale = true;
    if (stale) {
      const seen = new Set<string>();
      const next: string[] = [];
      for (const k of slots) if (byKey.has(k) && !seen.has(k)) (seen.add(k), next.push(k));
      for (const k of byKey.keys()) if (!seen.has(k)) (seen.add(k), next.push(k));
      this.#slots = next;
      for (const k of this.#lastSpoke.keys()) if (!byKey.has(k)) this.#lastSpoke.delete(k);
    }
    const out: RemoteParticipant[] = [];
    const pinned = new Set<string>();
    for (const k of this.pinned) {
      const p = byKey.get(k);
      if (p && !pinned.has(k)) (pinned.add(k), out.push(p));
    }
    // Then the people one can see or hear now (camera on, or a dominant speaker), then the others, each group in
    // slot order: this decides who is on which page (a page shows its people in #pageOrder).
    const speaking = new Set(this.speakersController.speakers.map(identifierKey));
    const later: RemoteParticipant[] = [];
    for (const k of this.#slots) {
      if (pinned.has(k)) continue;
      const p = byKey.get(k)!;
      (cameraOn(p) || speaking.has(k) ? out : later).push(p);
    }
    return out.concat(later);
  }

  /**
   * The people of one page in the order shown: the pinned (in pin order), then those with their camera on, then the
   * others, each in slot order (a dominant speaker keeps the slot they took: tiles do not jump as people speak).
   */
  #pageOrder(people: RemoteParticipant[]): RemoteParticipant[] {
    const pins = this.pinned;
    const slot = new Map(this.#slots.map((k, i) => [k, i]));
    const rank = (p: RemoteParticipant) => {
      const key = identifierKey(p.identifier);
      const pin = pins.indexOf(key);
      return pin >= 0 ? pin - pins.length : (cameraOn(p) ? 0 : 1) * 1e6 + (slot.get(key) ?? 0);
    };
    return people
      .map((p) => [rank(p), p] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, p]) => p);
  }

  /** A new set of dominant speakers: keep them visible by taking the slots of the least recent speakers. */
  #speakersChanged() {
    const keys = this.speakersController.speakers.map(identifierKey);
    for (let i = keys.length - 1; i >= 0; i--) this.#lastSpoke.set(keys[i]!, ++this.#tick);
    // The order depends on who speaks (see #ordered): render again in any case.
    this.requestUpdate();
    if (this.#effective === 'speaker') return;
    const page = this.#pageKeys;
    const onPage = new Set(page);
    const pinned = new Set(this.pinned);
    const speaking = new Set(keys);
    for (const key of keys.slice(0, this.#lastPerPage)) {
      if (onPage.has(key)) continue;
      const from = this.#slots.indexOf(key);
      if (from < 0) continue;
      // The least recent speaker on this page that is neither pinned nor a current dominant speaker.
      let victim: string | undefined;
      let oldest = Infinity;
      for (const k of page) {
        if (pinned.has(k) || speaking.has(k) || !onPage.has(k)) continue;
        const t = this.#lastSpoke.get(k) ?? 0;
        if (t < oldest) ((oldest = t), (victim = k));
      }
      if (victim === undefined) break;
      const to = this.#slots.indexOf(victim);
      this.#slots[to] = key;
      this.#slots[from] = victim;
      onPage.delete(victim);
      onPage.add(key);
      page[page.indexOf(victim)] = key;
    }
  }

  #shapeChanged(): boolean {
    if (this.#effective !== 'grid') return false;
    const remotes = this.activeCall?.remoteParticipants.length ?? 0;
    return (
      JSON.stringify(this.#gridStyle(this.#gridTiles)) !== this.#shapeStyle ||
      this.#perPage(remotes) !== this.#lastPerPage
    );
  }

  /** The grid's CSS variables for `n` tiles at the current size. */
  #gridStyle(n: number): CssVars {
    const pager = this.pageCount > 1 ? PAGER_PX : 0;
    const { cols, rows, tileWidth: w } = gridShape(n, this.#resize.width, this.#resize.height - pager);
    return {
      '--_cols': cols,
      '--_rows': rows,
      '--_tile-w': w ? `${w | 0}px` : undefined,
      '--_tile-h': w ? `${((w * 9) / 16) | 0}px` : undefined,
    };
  }

  #queueAnnouncement(added: readonly RemoteParticipant[], removed: readonly RemoteParticipant[]) {
    const t = this.localize;
    // Names isolated (their direction cannot reorder the sentence) and clamped (an announcement stays short).
    const name = (p: RemoteParticipant) => {
      const given = p.displayName?.trim();
      return given ? isolate(clampText(given, 64)) : t.term('aParticipant');
    };
    for (const p of added) this.#joined.push(name(p));
    for (const p of removed) this.#left.push(name(p));
    if (added.length || removed.length) this.#scheduleFlush();
  }

  #scheduleFlush() {
    if (this.#flushPending) return;
    this.#flushPending = true;
    // Group what happens within one animation frame ("Ana, Ben and 3 others joined"); a hidden page has no
    // frames, so a timer stands in.
    let done = false;
    const flush = () => done || ((done = true), this.#flushAnnouncements());
    requestAnimationFrame(flush);
    setTimeout(flush, 50);
  }

  #group(names: string[]): string {
    const t = this.localize;
    return formatList(t.lang, names.length <= 3 ? names : [names[0]!, names[1]!, t.term('others', names.length - 2)]);
  }

  #flushAnnouncements() {
    this.#flushPending = false;
    const t = this.localize;
    const parts: string[] = [];
    if (this.#joined.length) parts.push(t.term('joined', this.#group(this.#joined)));
    if (this.#left.length) parts.push(t.term('left', this.#group(this.#left)));
    if (this.#layoutNote) parts.push(this.#layoutNote);
    this.#joined = [];
    this.#left = [];
    this.#layoutNote = '';
    if (parts.length) this.announcement = parts.join('. ');
  }

  /**
   * The tile element of an entry, keyed: the same participant keeps the same element (and its video view)
   * across renders, pages and layouts. Elements are passed to the template as nodes, which Lit moves in place.
   */
  #tile(e: TileEntry, call: Call | undefined, lang: string): AcsVideoTile {
    let tile = this.#tiles.get(e.key);
    if (!tile) {
      tile = document.createElement('acs-video-tile');
      tile.setAttribute('part', 'tile');
      tile.setAttribute('exportparts', 'video,name,indicator');
      tile.setAttribute('role', 'listitem');
      tile.host = this;
      this.#tiles.set(e.key, tile);
    }
    tile.className = e.cls;
    tile.kind = e.kind;
    tile.participant = e.participant;
    tile.call = e.kind === 'local' || e.kind === 'local-screen' ? call : undefined;
    tile.preview = e.preview;
    tile.locale = lang;
    tile.key = e.pinKey ?? e.key;
    tile.pinned = !!e.pinKey && this.pinned.includes(e.pinKey);
    tile.pinnable = !!e.pinKey;
    return tile;
  }

  /** The tiles to show, in order, with their place in the layout. */
  #entries(call: Call, layout: EffectiveLayout): { entries: TileEntry[]; pages: number } {
    const ordered = this.#ordered(call.remoteParticipants);
    const placement = this.#localTile;
    const entries: TileEntry[] = [];
    const remote = (p: RemoteParticipant, cls: TileEntry['cls']): TileEntry => {
      const key = identifierKey(p.identifier);
      return { key, kind: 'remote', participant: p, cls, pinKey: key };
    };
    const local = (cls: TileEntry['cls']): TileEntry => ({ key: LOCAL_KEY, kind: 'local', cls, pinKey: LOCAL_KEY });
    let rest = ordered;
    if (layout === 'one-to-one') {
      // One person at a time; with more than one (a fixed one-to-one layout), the pager reaches each of them.
      const pages = Math.max(1, ordered.length);
      const page = Math.min(this.page, pages - 1);
      entries.push(remote(ordered[page]!, 'main'));
      if (placement !== 'hidden') entries.push(local('float'));
      this.#pageKeys = [entries[0]!.key];
      this.#lastPerPage = 1;
      return { entries, pages };
    }
    if (layout === 'screen-share') {
      const pinned = new Set(this.pinned);
      const sharers = ordered.filter((p) => streamOf(p, 'ScreenSharing')?.isAvailable);
      const sharer = sharers.find((p) => pinned.has(identifierKey(p.identifier))) ?? sharers[0];
      if (sharer)
        entries.push({
          key: `screen:${identifierKey(sharer.identifier)}`,
          kind: 'screen',
          participant: sharer,
          cls: 'main',
        });
      else entries.push({ key: 'local-screen', kind: 'local-screen', cls: 'main' });
    } else if (layout === 'speaker') {
      const present = new Map(ordered.map((p) => [identifierKey(p.identifier), p]));
      let lead = this.pinned.map((k) => present.get(k)).find(Boolean);
      if (!lead) for (const id of this.speakersController.speakers) if ((lead = present.get(identifierKey(id)))) break;
      lead ??= ordered[0]!;
      entries.push(remote(lead, 'main'));
      rest = ordered.filter((p) => p !== lead);
    }
    const size = layout === 'grid' ? this.#perPage(rest.length) : this.#pageSize;
    this.#lastPerPage = size;
    const pages = Math.max(1, Math.ceil(rest.length / size));
    const page = Math.min(this.page, pages - 1);
    const slice = this.#pageOrder(rest.slice(page * size, page * size + size));
    const cls = layout === 'grid' ? 'cell' : 'strip';
    const pinnedLocal = this.pinned.includes(LOCAL_KEY);
    // The local tile: in the grid or the strip (first when pinned, else last), floating, or not shown.
    const inFlow = placement === 'grid';
    if (inFlow && (pinnedLocal || layout !== 'grid')) entries.push(local(cls));
    for (const p of slice) entries.push(remote(p, cls));
    if (inFlow && !pinnedLocal && layout === 'grid') entries.push(local(cls));
    if (placement === 'float') entries.push(local('float'));
    this.#pageKeys = slice.map((p) => identifierKey(p.identifier));
    return { entries, pages };
  }

  protected override render() {
    const t = this.localize;
    const call = this.activeCall;
    const layout = this.#effective ?? 'grid';
    // Before a call, the camera turned on for it is the local tile.
    const preview = call ? undefined : this.localMedia?.preview;
    const { entries, pages } = call
      ? this.#entries(call, layout)
      : {
          entries: preview ? [{ key: LOCAL_KEY, kind: 'local' as const, cls: 'cell' as const, preview }] : [],
          pages: 1,
        };
    const page = Math.min(this.page, pages - 1);
    let style: CssVars;
    let cls = 'tiles';
    if (layout === 'grid') {
      this.#gridTiles = entries.filter((e) => e.cls === 'cell').length;
      style = this.#gridStyle(this.#gridTiles);
      this.#shapeStyle = JSON.stringify(style);
      cls += ' grid';
    } else {
      const strip = entries.filter((e) => e.cls === 'strip').length;
      style = { '--_cols': strip || 1 };
      if (strip) cls += ' stage';
    }
    const lang = t.lang;
    // Forget the tiles no longer shown (their renderers are released as they leave the DOM).
    const keep = new Set(entries.map((e) => e.key));
    for (const key of this.#tiles.keys()) if (!keep.has(key)) this.#tiles.delete(key);
    return html`<div class="sizer"></div>
      <div part="base" class="base" dir=${t.dir}>
        <div part="tiles" class=${cls} style=${cssVars(style)} role="list" aria-label=${t.term('grid')}>
          ${entries.map((e) => this.#tile(e, call, lang))}
        </div>
        ${
          pages > 1
            ? html`<div part="pager" class="pager" role="group" aria-label=${t.term('pages')}>
                <button
                  aria-label=${t.term('previousPage')}
                  ?disabled=${page === 0}
                  @click=${() => this.goToPage(page - 1)}
                >
                  ${icon('M12 4l-6 6 6 6')}
                </button>
                <span>${t.term('page', page + 1, pages)}</span>
                <button
                  aria-label=${t.term('nextPage')}
                  ?disabled=${page >= pages - 1}
                  @click=${() => this.goToPage(page + 1)}
                >
                  ${icon('M8 4l6 6-6 6')}
                </button>
              </div>`
            : nothing
        }
        <div role="status" class="visually-hidden">${this.announcement}</div>
      </div>`;
  }
}
