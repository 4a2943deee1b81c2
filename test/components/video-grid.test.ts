import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/video-grid/acs-video-grid.js';
import { AcsVideoGrid, gridShape } from '../../src/components/video-grid/video-grid.js';
import { AcsVideoTile } from '../../src/components/video-grid/video-tile.js';
import { testSimulator, type Sim, type SimCall } from '../helpers/simulator.js';
import { shownAsMirror } from '../helpers/mirror.js';
import { identifierKey, type AcsSdk, type Call, type RemoteParticipant } from '../../src/sdk/index.js';
import type { AcsErrorEvent } from '../../src/events/acs-error.js';

type SimParticipant = ReturnType<SimCall['simulate']['addParticipant']>;

/** A simulator whose renderer constructor counts creations (to tell a moved view from a re-created one). */
function countingSdk(sim: Sim): { sdk: AcsSdk; created: () => number } {
  let created = 0;
  const Base = sim.sdk.VideoStreamRenderer;
  const Counting = class extends Base {
    constructor(...args: ConstructorParameters<typeof Base>) {
      super(...args);
      created++;
    }
  };
  return { sdk: { ...sim.sdk, VideoStreamRenderer: Counting }, created: () => created };
}

const newSim = (): Sim => testSimulator();

/** A grid of `width` x `height` px on `call`. */
function mountGrid(
  call: SimCall,
  sdk: AcsSdk,
  opts: { width?: number; height?: number; layout?: string; pageSize?: number } = {},
) {
  return fixture<AcsVideoGrid>(
    html`<acs-video-grid
      style="width: ${opts.width ?? 800}px; height: ${opts.height ?? 450}px"
      .call=${call as unknown as Call}
      .sdk=${sdk}
      layout=${opts.layout ?? 'auto'}
      page-size=${opts.pageSize ?? 9}
    ></acs-video-grid>`,
  );
}

async function setup(names: (string | undefined)[] = [], opts: { layout?: string; pageSize?: number } = {}) {
  const sim = newSim();
  const call = (await sim.connectedCall()) as SimCall;
  const ps = names.map((displayName) => call.simulate.addParticipant({ displayName }));
  const { sdk, created } = countingSdk(sim);
  const el = await mountGrid(call, sdk, opts);
  await settle(el);
  return { sim, call, ps, el, created };
}

const tiles = (el: AcsVideoGrid) => [...el.shadowRoot!.querySelectorAll<AcsVideoTile>('acs-video-tile')];
// The accessible name without the isolation marks around names (FSI, PDI), which screen readers do not speak.
const rawLabel = (t: AcsVideoTile) => t.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label') ?? '';
const label = (t: AcsVideoTile) => rawLabel(t).replace(/[\u2068\u2069]/g, '');
const labels = (el: AcsVideoGrid) => tiles(el).map(label);
const status = (el: AcsVideoGrid) =>
  el
    .shadowRoot!.querySelector('[role=status]')!
    .textContent!.trim()
    .replace(/[\u2068\u2069]/g, '');
const tileOf = (el: AcsVideoGrid, name: string) => tiles(el).find((t) => label(t).startsWith(name));

async function settle(el: AcsVideoGrid) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Streams that are visible and available: what must have a renderer. */
function visibleStreams(el: AcsVideoGrid): number {
  return tiles(el).filter((t) => t.stream).length;
}

describe('acs-video-grid', () => {
  it('is accessible', async () => {
    const { el } = await setup(['Ana Silva', 'Ben Ode']);
    await expect(el).to.be.accessible();
  });

  it('shows a tile for the local user and each remote participant, with initials and names as text', async () => {
    const { el } = await setup(['Ana Silva', 'Ben Ode']);
    expect(labels(el)).to.have.members(['Ana Silva', 'Ben Ode', 'You']);
    const ana = tileOf(el, 'Ana Silva')!;
    expect(ana.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Ana Silva');
    expect(ana.shadowRoot!.querySelector('.avatar')!.textContent!.trim()).to.equal('AS');
  });

  it('isolates names (a right-to-left override cannot reverse the words around it) and clamps long ones', async () => {
    const rlo = '\u202eEvil';
    const long = 'A'.repeat(10_000);
    const { el, ps } = await setup([rlo, long, '👨‍👩‍👧 Family']);
    (ps[0] as SimParticipant).simulate.muted(true);
    await settle(el);
    const evil = tiles(el).find((t) => t.participant === ps[0])!;
    expect(rawLabel(evil)).to.equal('\u2068\u202eEvil\u2069, muted');
    const longTile = tiles(el).find((t) => t.participant === ps[1])!;
    expect(rawLabel(longTile).length, 'a readable accessible name').to.be.lessThan(80);
    expect(longTile.shadowRoot!.querySelector('[part=name]')!.textContent, 'the full name stays shown').to.equal(long);
    const family = tiles(el).find((t) => t.participant === ps[2])!;
    expect(family.shadowRoot!.querySelector('.avatar')!.textContent!.trim(), 'one grapheme, one initial').to.equal(
      '👨‍👩‍👧F',
    );
  });

  it('renders a malicious display name as text and creates no element', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await setup([evil]);
    const t = tileOf(el, evil)!;
    expect(t.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal(evil);
    expect(t.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('names an unnamed participant without reading out its id', async () => {
    const { el, call } = await setup([]);
    const p = call.simulate.addParticipant({});
    await settle(el);
    await waitUntil(() => status(el) !== '', 'announced', { timeout: 5000 });
    expect(status(el)).to.match(/^A participant joined/);
    const t = tiles(el).find((x) => x.participant === (p as unknown))!;
    expect(label(t)).to.equal('Unnamed participant');
    expect(t.shadowRoot!.querySelector('.avatar svg')).to.exist;
    expect(el.shadowRoot!.textContent + t.shadowRoot!.textContent!).not.to.contain(identifierKey(p.identifier));
  });

  it('follows joins and leaves, and announces them grouped', async () => {
    const { el, call } = await setup(['Ana']);
    const added = ['Ben', 'Carl', 'Dora', 'Eve', 'Finn'].map((displayName) =>
      call.simulate.addParticipant({ displayName }),
    );
    await settle(el);
    expect(tiles(el)).to.have.length(7);
    await waitUntil(() => status(el).includes('joined'), 'announced', { timeout: 5000 });
    expect(status(el)).to.match(/Ben, Carl,? and 3 others joined/);
    call.simulate.removeParticipant(added[0]!);
    await settle(el);
    expect(labels(el)).not.to.include('Ben');
    await waitUntil(() => status(el).includes('Ben left'), 'leave announced', { timeout: 5000 });
  });

  it('shows mute, speaking and a non-connected state in the tile label', async () => {
    const { el, ps } = await setup(['Ana']);
    const [ana] = ps as [SimParticipant];
    ana.simulate.muted(true);
    ana.simulate.speaking(true);
    await settle(el);
    expect(label(tileOf(el, 'Ana')!)).to.equal('Ana, muted, speaking');
    expect(tileOf(el, 'Ana')!.shadowRoot!.querySelector('.tile.speaking')).to.exist;
    for (const [state, text] of [
      ['Ringing', 'Ringing'],
      ['Hold', 'On hold'],
      ['InLobby', 'In the lobby'],
      ['EarlyMedia', 'Early media'],
      ['Connecting', 'Connecting'],
      ['Idle', 'Idle'],
    ] as const) {
      ana.simulate.state(state);
      await settle(el);
      expect(label(tileOf(el, 'Ana')!)).to.contain(text);
      expect(tileOf(el, 'Ana')!.shadowRoot!.querySelector('.state')!.textContent).to.equal(text);
    }
    ana.simulate.state('Connected');
    await settle(el);
    expect(tileOf(el, 'Ana')!.shadowRoot!.querySelector('.state')).to.equal(null);
  });

  it('marks a participant whose network is bad (remote diagnostics), re-rendering that tile only', async () => {
    const { el, ps, call } = await setup(['Ana', 'Ben', 'Carl']);
    const [ana] = ps as [SimParticipant];
    const tileRender = AcsVideoTile.prototype['render' as keyof AcsVideoTile] as () => unknown;
    const tp = AcsVideoTile.prototype as unknown as { render: () => unknown };
    const rendered: AcsVideoTile[] = [];
    tp.render = function (this: AcsVideoTile) {
      rendered.push(this);
      return tileRender.call(this);
    };
    try {
      call.simulate.remoteDiagnostic(ana, 'networkReceiveQuality', 3);
      await settle(el);
      expect(rendered.map((t) => t.participant)).to.deep.equal([ana]);
    } finally {
      tp.render = tileRender;
    }
    const tile = tileOf(el, 'Ana')!;
    expect(label(tile)).to.equal('Ana, poor connection');
    expect(!!tile.shadowRoot!.querySelector('[part~="network"]'), 'marker shown').to.equal(true);
    expect(label(tileOf(el, 'Ben')!)).to.equal('Ben');
    call.simulate.remoteDiagnostic(ana, 'networkReceiveQuality', 1);
    await settle(el);
    expect(label(tileOf(el, 'Ana')!)).to.equal('Ana');
    expect(!!tileOf(el, 'Ana')!.shadowRoot!.querySelector('[part~="network"]'), 'marker gone').to.equal(false);
    call.simulate.remoteDiagnostic(ana, 'noNetwork', true);
    await settle(el);
    expect(label(tileOf(el, 'Ana')!)).to.equal('Ana, poor connection');
    await expect(el).to.be.accessible();
  });

  it('draws the speaking ring over the video, not under it', async () => {
    const { el, ps } = await setup(['Ana', 'Ben']);
    const ana = ps[0] as SimParticipant;
    ana.simulate.video(true);
    ana.simulate.speaking(true);
    await settle(el);
    const t = tileOf(el, 'Ana')!;
    await waitUntil(() => t.shadowRoot!.querySelector('[part=video] > *'), 'view attached');
    // The video box is positioned and painted after the tile's own outline, so the ring must be a positioned
    // layer that comes after it (the ::after pseudo-element), 3 px wide.
    const ring = getComputedStyle(t.shadowRoot!.querySelector('.tile.speaking')!, '::after');
    expect(ring.position).to.equal('absolute');
    expect(ring.borderTopWidth).to.equal('3px');
    expect(ring.borderTopStyle).to.equal('solid');
    expect(ring.pointerEvents).to.equal('none');
  });

  it('re-renders only the tile of the participant that changed', async () => {
    const { el, ps } = await setup(['Ana', 'Ben', 'Carl', 'Dora']);
    const tileRender = AcsVideoTile.prototype['render' as keyof AcsVideoTile] as () => unknown;
    const gridRender = AcsVideoGrid.prototype['render' as keyof AcsVideoGrid] as () => unknown;
    const rendered: unknown[] = [];
    let gridRenders = 0;
    const tp = AcsVideoTile.prototype as unknown as { render: () => unknown };
    const gp = AcsVideoGrid.prototype as unknown as { render: () => unknown };
    tp.render = function (this: AcsVideoTile) {
      rendered.push(this);
      return tileRender.call(this);
    };
    gp.render = function (this: AcsVideoGrid) {
      gridRenders++;
      return gridRender.call(this);
    };
    try {
      (ps[2] as SimParticipant).simulate.muted(true);
      await settle(el);
      expect(rendered).to.have.length(1);
      expect((rendered[0] as AcsVideoTile).participant).to.equal(ps[2]);
      expect(gridRenders).to.equal(0);
    } finally {
      tp.render = tileRender;
      gp.render = gridRender;
    }
  });

  it('creates a renderer while a camera is on, shows a loading indicator until it receives, disposes it when off', async () => {
    const { el, ps, sim } = await setup(['Ana']);
    const ana = ps[0] as SimParticipant;
    expect(el.renderers.live).to.equal(0);
    ana.simulate.video(true);
    ana.simulate.receiving('Video', false);
    await settle(el);
    expect(el.renderers.live).to.equal(1);
    expect(sim.renderers.live).to.equal(1);
    const t = tileOf(el, 'Ana')!;
    await waitUntil(() => t.shadowRoot!.querySelector('[part=video] video, [part=video] > *'), 'view attached');
    expect(t.shadowRoot!.querySelector('.loading')).to.exist;
    expect(t.shadowRoot!.querySelector('.avatar')).to.equal(null);
    ana.simulate.receiving('Video', true);
    await settle(el);
    expect(t.shadowRoot!.querySelector('.loading')).to.equal(null);
    ana.simulate.video(false);
    await settle(el);
    expect(el.renderers.live).to.equal(0);
    expect(sim.renderers.live).to.equal(0);
    expect(t.shadowRoot!.querySelector('[part=video]')!.childElementCount).to.equal(0);
  });

  it('switches to the screen-share layout and back, moving (not re-creating) camera views', async () => {
    const { el, ps, created } = await setup(['Ana', 'Ben']);
    const [ana, ben] = ps as [SimParticipant, SimParticipant];
    ana.simulate.video(true);
    await settle(el);
    expect(el.effectiveLayout).to.equal('grid');
    expect(created()).to.equal(1);
    ben.simulate.screenShare(true);
    await settle(el);
    expect(el.effectiveLayout).to.equal('screen-share');
    expect(el.matches(':state(screen-share)')).to.equal(true);
    const main = el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.main')!;
    expect(main.kind).to.equal('screen');
    expect(label(main)).to.equal("Ben's screen");
    expect(el.renderers.live).to.equal(2);
    expect(created()).to.equal(2);
    await waitUntil(() => status(el).includes('Layout: screen share'), 'layout change announced', { timeout: 5000 });
    ben.simulate.screenShare(false);
    await settle(el);
    expect(el.effectiveLayout).to.equal('grid');
    expect(el.renderers.live).to.equal(1);
    expect(created()).to.equal(2);
  });

  it('keeps views when the layout attribute changes', async () => {
    const { el, ps, created } = await setup(['Ana', 'Ben', 'Carl']);
    for (const p of ps as SimParticipant[]) p.simulate.video(true);
    await settle(el);
    expect(el.renderers.live).to.equal(3);
    for (const layout of ['speaker', 'grid', 'screen-share', 'auto', 'speaker'] as const) {
      el.layout = layout;
      await settle(el);
      expect(el.renderers.live, layout).to.equal(3);
    }
    expect(el.effectiveLayout).to.equal('speaker');
    expect(el.shadowRoot!.querySelectorAll('acs-video-tile.main')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('acs-video-tile.strip')).to.have.length(3);
    // Every view was moved into its new place, none re-created.
    expect(created()).to.equal(3);
    // One-to-one shows one remote participant: the others' renderers go.
    el.layout = 'one-to-one';
    await settle(el);
    expect(el.renderers.live).to.equal(1);
    expect(visibleStreams(el)).to.equal(1);
  });

  it('shows the local preview mirrored, cameras cropped and screen shares fitted', async () => {
    const sim = newSim();
    const call = (await sim.connectedCall({ video: true })) as SimCall;
    expect(call.localVideoStreams).to.have.length(1);
    const ana = call.simulate.addParticipant({ displayName: 'Ana', video: true });
    call.simulate.addParticipant({ displayName: 'Ben', screenShare: true });
    const el = await mountGrid(call, sim.sdk);
    await settle(el);
    expect(el.renderers.live).to.equal(3);
    const video = (t: AcsVideoTile) => t.shadowRoot!.querySelector<HTMLVideoElement>('[part=video] video');
    await waitUntil(() => tiles(el).every((t) => !t.stream || video(t)), 'views attached');
    // What a person sees: their own camera as in a mirror, other people's as they are (whatever the SDK's own
    // flip and isMirrored add up to, see shownMirrored).
    const mirror = (name: string) => shownAsMirror(video(tileOf(el, name)!)!, el);
    expect([mirror('You'), mirror('Ana'), mirror("Ben's screen")]).to.deep.equal([true, false, false]);
    expect(video(tileOf(el, 'Ana')!)!.style.objectFit).to.equal('cover');
    expect(video(tileOf(el, "Ben's screen")!)!.style.objectFit).to.equal('contain');
    expect(tileOf(el, 'Ana')!.participant).to.equal(ana);
  });

  it('shows "you are sharing your screen" instead of the local screen', async () => {
    const { el, call, created } = await setup(['Ana', 'Ben']);
    await call.startScreenSharing();
    await settle(el);
    expect(el.effectiveLayout).to.equal('screen-share');
    const main = el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.main')!;
    expect(main.kind).to.equal('local-screen');
    expect(main.shadowRoot!.textContent).to.contain('You are sharing your screen');
    expect(created()).to.equal(0);
    await expect(el).to.be.accessible();
    await call.stopScreenSharing();
    await settle(el);
    expect(el.effectiveLayout).to.equal('grid');
  });

  it('uses one-to-one with one remote participant, the local preview floating', async () => {
    const { el } = await setup(['Ana']);
    expect(el.effectiveLayout).to.equal('one-to-one');
    expect(label(el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.main')!)).to.equal('Ana');
    expect(label(el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.float')!)).to.equal('You');
  });

  it('edges the floating local preview, which has the main tile’s colour, with a light ring', async () => {
    const { el } = await setup(['Ana']);
    const float = getComputedStyle(el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.float')!);
    expect(float.outlineStyle).to.equal('solid');
    expect(float.outlineWidth).to.equal('2px');
    // The colour drawn on video (--acs-color-on-video-surface: white in both themes).
    expect(float.outlineColor).to.equal('rgb(255, 255, 255)');
  });

  it('chooses rows and columns from the tile count and its own size, keeping tiles near 16:9', async () => {
    expect(gridShape(6, 800, 450)).to.include({ cols: 3, rows: 2 });
    expect(gridShape(6, 300, 900)).to.include({ cols: 1, rows: 6 });
    expect(gridShape(6, 1600, 200)).to.include({ cols: 6, rows: 1 });
    expect(gridShape(10, 1280, 720)).to.include({ cols: 4, rows: 3 });
    const { el } = await setup(['A', 'B', 'C', 'D', 'E']);
    const box = () => el.shadowRoot!.querySelector<HTMLElement>('[part=tiles]')!.style;
    expect(box().getPropertyValue('--_cols')).to.equal('3');
    expect(box().getPropertyValue('--_rows')).to.equal('2');
    const tile = tiles(el)[0]!.getBoundingClientRect();
    expect(Math.abs(tile.width / tile.height - 16 / 9)).to.be.below(0.05);
    // A resize is seen by a ResizeObserver, which runs with rendering: only in a page that renders frames
    // (the test runner may run this file in a hidden page).
    if (document.visibilityState === 'visible') {
      el.style.width = '300px';
      el.style.height = '900px';
      await waitUntil(() => box().getPropertyValue('--_cols') === '1', 'one column when tall and narrow');
      expect(box().getPropertyValue('--_rows')).to.equal('6');
    }
  });

  it('measures its size when it connects', async () => {
    const sim = newSim();
    const call = (await sim.connectedCall({ participants: ['A', 'B', 'C', 'D', 'E'] })) as SimCall;
    const el = await mountGrid(call, sim.sdk, { width: 300, height: 900 });
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part=tiles]')!.style;
    expect(box.getPropertyValue('--_cols')).to.equal('1');
    expect(box.getPropertyValue('--_rows')).to.equal('6');
  });

  it('pins a participant with the keyboard-reachable pin button; pinned tiles lead', async () => {
    const { el, ps } = await setup(['Ana', 'Ben', 'Carl']);
    const carl = tileOf(el, 'Carl')!;
    const pin = carl.shadowRoot!.querySelector('button')!;
    expect(pin.getAttribute('aria-label')).to.equal('Pin Carl');
    expect(pin.getAttribute('aria-pressed')).to.equal('false');
    pin.click();
    await settle(el);
    expect(el.pinned).to.deep.equal([identifierKey((ps[2] as RemoteParticipant).identifier)]);
    expect(label(tiles(el)[0]!)).to.equal('Carl, pinned');
    expect(pin.getAttribute('aria-pressed')).to.equal('true');
    pin.click();
    await settle(el);
    expect(el.pinned).to.deep.equal([]);
  });

  it('reaches the pin buttons and the pager with the keyboard', async () => {
    const names = Array.from({ length: 3 }, (_, i) => `P${i}`);
    const { el } = await setup(names, { pageSize: 2 });
    const focused: string[] = [];
    const deepActive = () => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    el.focus();
    for (let i = 0; i < 4; i++) {
      const a = deepActive();
      focused.push(a?.getAttribute('aria-label') ?? a?.tagName ?? '');
      if (i < 3) await sendKeys({ press: 'Tab' });
    }
    expect(focused).to.deep.equal(['Pin P0', 'Pin P1', 'Pin You', 'Next page']);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=pager]')!.textContent).to.contain('Page 2 of 2');
  });

  it('rings a focused pin button in white and the focus colour, visible on dark tiles and on light video', async () => {
    const { el } = await setup(['Ana', 'Ben']);
    el.focus();
    await sendKeys({ press: 'Tab' });
    const pin = tileOf(el, 'Ben')!.shadowRoot!.querySelector<HTMLButtonElement>('.pin')!;
    expect(pin.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(pin);
    // The focus colour (#0f5cbd) alone has 2.4:1 against the tile (#26262b): a white band fills the outline's gap.
    expect(style.outlineColor).to.equal('rgb(15, 92, 189)');
    expect(style.boxShadow).to.contain('rgb(255, 255, 255)');
  });

  it('pages beyond the page size and gives renderers to visible participants only', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `P${i}`);
    const { el, ps } = await setup(names, { pageSize: 9 });
    for (const p of ps as SimParticipant[]) p.simulate.video(true);
    await settle(el);
    expect(tiles(el)).to.have.length(10);
    expect(el.renderers.live).to.equal(9);
    const pager = el.shadowRoot!.querySelector('[part=pager]')!;
    expect(pager.textContent).to.contain('Page 1 of 3');
    const [prev, next] = pager.querySelectorAll('button');
    expect(prev!.disabled).to.equal(true);
    next!.click();
    await settle(el);
    expect(pager.textContent).to.contain('Page 2 of 3');
    expect(labels(el)).to.include('P9').and.not.include('P0');
    expect(el.renderers.live).to.equal(9);
    next!.click();
    await settle(el);
    expect(el.renderers.live).to.equal(2);
    expect(next!.disabled).to.equal(true);
  });

  it('takes 16:9 of its width in normal flow, fills a height the page gives, and never widens the page', async () => {
    const sim = newSim();
    const call = (await sim.connectedCall({ participants: 3 })) as SimCall;
    const host = document.createElement('div');
    document.body.append(host);
    const boxes = [
      'width: 640px',
      'width: 320px',
      'width: 640px; height: 500px',
      'display: flex; flex-direction: column; width: 600px; height: 400px',
      'display: grid; grid-template-rows: 300px; width: 500px',
      'display: flex; width: 500px; height: 300px',
    ];
    for (const style of boxes) {
      const box = document.createElement('div');
      box.setAttribute('style', style);
      const grid = document.createElement('acs-video-grid');
      grid.call = call;
      grid.sdk = sim.sdk;
      if (style.includes('column')) grid.style.flex = '1';
      box.append(grid);
      host.append(box);
    }
    await new Promise((r) => setTimeout(r, 50));
    const sizes = [...host.querySelectorAll('acs-video-grid')].map((g) => {
      const r = g.getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    });
    expect(sizes).to.deep.equal([
      [640, 360],
      [320, 180],
      [640, 500],
      [600, 400],
      [500, 300],
      [500, 300],
    ]);
    host.remove();
  });

  it('reports a page-size below 1 (console, acs-error) and uses 9', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      const sim = newSim();
      const call = (await sim.connectedCall({ participants: 12 })) as SimCall;
      const el = document.createElement('acs-video-grid');
      el.setAttribute('page-size', '0');
      el.call = call;
      el.sdk = sim.sdk;
      el.style.cssText = 'display:block;width:640px;height:360px';
      const event = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect([detail.code, detail.property]).to.deep.equal(['invalid-attribute', 'page-size']);
      await settle(el);
      expect(tiles(el), '9 remote tiles and yours').to.have.length(10);
      expect(errors.length).to.equal(1);
      el.remove();
    } finally {
      console.error = original;
    }
  });

  it('keeps dominant speakers visible by taking the least recent speaker slot', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `P${i}`);
    const { el, call, ps } = await setup(names, { pageSize: 4 });
    expect(labels(el).slice(0, 4)).to.deep.equal(['P0', 'P1', 'P2', 'P3']);
    call.simulate.dominantSpeakers([ps[1] as RemoteParticipant, ps[3] as RemoteParticipant]);
    await settle(el);
    call.simulate.dominantSpeakers([ps[10] as RemoteParticipant, ps[1] as RemoteParticipant]);
    await settle(el);
    // P10 takes the slot of P0 (never spoke); the others stay where they were.
    expect(labels(el).slice(0, 4)).to.deep.equal(['P10', 'P1', 'P2', 'P3']);
    call.simulate.dominantSpeakers([ps[11] as RemoteParticipant]);
    await settle(el);
    // P11 takes the slot of P2 (never spoke; P3 and P1 spoke more recently).
    expect(labels(el).slice(0, 4)).to.deep.equal(['P10', 'P1', 'P11', 'P3']);
  });

  it('leads the speaker layout with the dominant speaker', async () => {
    const { el, call, ps } = await setup(['Ana', 'Ben', 'Carl'], { layout: 'speaker' });
    call.simulate.dominantSpeakers([ps[2] as RemoteParticipant]);
    await settle(el);
    expect(label(el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.main')!)).to.equal('Carl');
  });

  it('releases every listener and renderer when removed, and subscribes again when re-appended', async () => {
    const { el, sim, ps } = await setup(['Ana', 'Ben']);
    (ps[0] as SimParticipant).simulate.video(true);
    (ps[1] as SimParticipant).simulate.screenShare(true);
    await settle(el);
    expect(sim.listenerCount()).to.be.greaterThan(0);
    expect(sim.renderers.live).to.equal(2);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(sim.listenerCount()).to.equal(0);
    expect(sim.renderers.live).to.equal(0);
    parent.append(el);
    await settle(el);
    expect(sim.listenerCount()).to.be.greaterThan(0);
    expect(sim.renderers.live).to.equal(2);
  });

  it('keeps live renderers equal to visible available streams through random sequences', async () => {
    const { el, call, sim } = await setup([], { pageSize: 4 });
    const people: SimParticipant[] = [];
    const command = fc.oneof(
      fc.record({ op: fc.constant('join' as const), video: fc.boolean(), share: fc.boolean() }),
      fc.record({ op: fc.constant('leave' as const), i: fc.nat() }),
      fc.record({ op: fc.constant('video' as const), i: fc.nat(), on: fc.boolean() }),
      fc.record({ op: fc.constant('share' as const), i: fc.nat(), on: fc.boolean() }),
      fc.record({
        op: fc.constant('layout' as const),
        layout: fc.constantFrom('auto', 'grid', 'speaker', 'one-to-one', 'screen-share'),
      }),
      fc.record({ op: fc.constant('page' as const), page: fc.nat(3) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (cmds) => {
        for (const c of cmds) {
          const p = people.length ? people[('i' in c ? c.i : 0) % people.length] : undefined;
          if (c.op === 'join')
            people.push(
              call.simulate.addParticipant({ displayName: `N${people.length}`, video: c.video, screenShare: c.share }),
            );
          else if (c.op === 'leave' && p) {
            call.simulate.removeParticipant(p);
            people.splice(people.indexOf(p), 1);
          } else if (c.op === 'video' && p) p.simulate.video(c.on);
          else if (c.op === 'share' && p) p.simulate.screenShare(c.on);
          else if (c.op === 'layout') el.layout = c.layout;
          else if (c.op === 'page') el.goToPage(c.page);
          await settle(el);
          expect(el.renderers.live).to.equal(visibleStreams(el));
          expect(sim.renderers.live).to.equal(visibleStreams(el));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('leaves no renderer or listener after 1,000 join/leave cycles', async function () {
    // 2,000 renders: about 5 s alone, several times that with the CPUs loaded; the checks are structural.
    this.timeout(90_000);
    const { el, call, sim } = await setup(['Ana']);
    const base = sim.listenerCount();
    for (let i = 0; i < 1000; i++) {
      const p = call.simulate.addParticipant({ displayName: `X${i}`, video: i % 2 === 0, screenShare: i % 7 === 0 });
      await el.updateComplete;
      call.simulate.removeParticipant(p);
      await el.updateComplete;
    }
    await settle(el);
    expect(el.renderers.live).to.equal(0);
    expect(sim.renderers.live).to.equal(0);
    expect(sim.listenerCount()).to.equal(base);
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(sim.listenerCount()).to.equal(0);
  });

  describe('placement', () => {
    const names = (el: AcsVideoGrid) => labels(el).map((l) => l.split(',')[0]!);

    it('people with their camera on come first on the first page; audio-only people after them', async () => {
      const { el, ps } = await setup(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'], { pageSize: 4 });
      expect(names(el).slice(0, 4)).to.deep.equal(['P0', 'P1', 'P2', 'P3']);
      for (const i of [6, 2, 5, 4]) (ps[i] as SimParticipant).simulate.video(true);
      await settle(el);
      expect(names(el).slice(0, 4), 'the four cameras on page 1, in join order').to.deep.equal([
        'P2',
        'P4',
        'P5',
        'P6',
      ]);
      (ps[4] as SimParticipant).simulate.video(false);
      await settle(el);
      expect(names(el).slice(0, 4), 'a camera turned off gives its place').to.deep.equal(['P2', 'P5', 'P6', 'P0']);
    });

    it('puts the cameras first in the screen-share strip', async () => {
      const { el, ps } = await setup(['Ana', 'Ben', 'Carl', 'Dora']);
      (ps[3] as SimParticipant).simulate.video(true);
      (ps[0] as SimParticipant).simulate.screenShare(true);
      await settle(el);
      const strip = [...el.shadowRoot!.querySelectorAll<AcsVideoTile>('acs-video-tile.strip')].map(
        (t) => label(t).split(',')[0],
      );
      // The local tile leads the strip; then Dora (camera on), then the others in join order.
      expect(strip.slice(1)).to.deep.equal(['Dora', 'Ana', 'Ben', 'Carl']);
    });

    it('places the dominant speakers known when it mounts at once', async () => {
      const sim = newSim();
      const call = (await sim.connectedCall()) as SimCall;
      const ps = Array.from({ length: 12 }, (_, i) => call.simulate.addParticipant({ displayName: `P${i}` }));
      call.simulate.dominantSpeakers([ps[10] as RemoteParticipant, ps[11] as RemoteParticipant]);
      const el = await mountGrid(call, sim.sdk, { pageSize: 4 });
      // The first render, before any SDK event after the mount.
      expect(names(el).slice(0, 4)).to.include.members(['P10', 'P11']);
    });

    it('a tile pinned from another page stays in view: the view goes to its new page', async () => {
      const { el } = await setup(['P0', 'P1', 'P2', 'P3', 'P4', 'P5'], { pageSize: 2 });
      el.goToPage(2);
      await settle(el);
      expect(names(el).slice(0, 2)).to.deep.equal(['P4', 'P5']);
      const p5 = tileOf(el, 'P5')!;
      p5.shadowRoot!.querySelector<HTMLButtonElement>('.pin')!.click();
      await settle(el);
      expect(names(el)[0], 'pinned, leading the page shown').to.equal('P5');
      expect(el.shadowRoot!.querySelector('.pager span')!.textContent).to.equal('Page 1 of 3');
    });

    it('local-tile="float" floats the local tile over a group call; "hidden" leaves it out; a wrong value is reported', async () => {
      const { el } = await setup(['Ana', 'Ben', 'Carl']);
      const local = () => tiles(el).find((t) => t.kind === 'local');
      expect(local()!.className).to.equal('cell');
      el.localTile = 'float';
      await settle(el);
      expect(local()!.className).to.equal('float');
      expect(tiles(el).filter((t) => t.className === 'cell').length, 'the others fill the grid').to.equal(3);
      el.localTile = 'hidden';
      await settle(el);
      expect(local()).to.equal(undefined);
      const reported = oneEvent(el, 'acs-error') as Promise<AcsErrorEvent>;
      el.localTile = 'corner' as 'grid';
      const event = await reported;
      expect(event.detail.code).to.equal('invalid-attribute');
      await settle(el);
      expect(local()!.className, 'the default is used').to.equal('cell');
    });

    it('a fixed one-to-one layout with several people reaches each of them through the pager', async () => {
      const { el } = await setup(['Ana', 'Ben', 'Carl'], { layout: 'one-to-one' });
      const main = () => label(el.shadowRoot!.querySelector<AcsVideoTile>('acs-video-tile.main')!).split(',')[0];
      expect(main()).to.equal('Ana');
      expect(el.pageCount).to.equal(3);
      el.goToPage(1);
      await settle(el);
      expect(main()).to.equal('Ben');
      el.goToPage(2);
      await settle(el);
      expect(main()).to.equal('Carl');
    });

    it('never makes tiles smaller than 10em: fewer people per page instead', async () => {
      const sim = newSim();
      const call = (await sim.connectedCall()) as SimCall;
      for (let i = 0; i < 8; i++) call.simulate.addParticipant({ displayName: `P${i}` });
      const el = await mountGrid(call, sim.sdk, { width: 390, height: 219 });
      await settle(el);
      const em = parseFloat(getComputedStyle(el).fontSize);
      const cells = tiles(el);
      // The grid's text is 15 px (10em = 150 x 84 px): 390 x 219 px holds 2 x 2 such tiles above the pager, three
      // people and you; the 8 people take 3 pages.
      expect(em).to.equal(15);
      expect(cells.length, 'three people and the local tile').to.equal(4);
      expect(el.pageCount).to.equal(3);
      for (const t of cells) expect(t.getBoundingClientRect().width, 'tile width').to.be.at.least(10 * em - 1);
      // Larger: everyone on one page (a new grid measures itself as it connects).
      const large = await mountGrid(call, sim.sdk, { width: 1280, height: 720 });
      await settle(large);
      expect(large.pageCount).to.equal(1);
      expect(tiles(large).length).to.equal(9);
    });
  });

  it('tiles take the theme: surface, name bar, avatar and pin colours are tokens', async () => {
    const { el } = await setup(['Ana']);
    el.style.setProperty('--acs-color-video-surface', 'rgb(1, 2, 3)');
    el.style.setProperty('--acs-video-grid-name-background', 'rgb(4, 5, 6)');
    el.style.setProperty('--acs-video-grid-avatar-color', 'rgb(7, 8, 9)');
    el.style.setProperty('--acs-video-grid-pin-background', 'rgb(10, 11, 12)');
    const t = tileOf(el, 'Ana')!;
    const css = (sel: string, prop: string) =>
      getComputedStyle(t.shadowRoot!.querySelector(sel)!).getPropertyValue(prop);
    expect(css('.tile', 'background-color')).to.equal('rgb(1, 2, 3)');
    expect(css('.bar', 'background-color')).to.equal('rgb(4, 5, 6)');
    expect(css('.avatar', 'color')).to.equal('rgb(7, 8, 9)');
    expect(css('.pin', 'background-color')).to.equal('rgb(10, 11, 12)');
  });
});
