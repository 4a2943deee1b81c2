// In-page half of `npm run bench` (bundled by bench/run.mjs with esbuild): mounts <acs-video-grid> on a call of
// the simulator with N remote participants (video off) and changes one participant, through the simulator.
import '../src/components/video-grid/acs-video-grid.js';
import type { AcsVideoGrid } from '../src/components/video-grid/video-grid.js';
import { createSimulator } from '../src/simulator/index.js';
import type { Call } from '../src/sdk/index.js';

type Sim = ReturnType<typeof createSimulator>;
type SimCall = Awaited<ReturnType<Sim['connectedCall']>>;

const sim = createSimulator({ latency: 0 });
let call: SimCall | undefined;
let people: ReturnType<SimCall['simulate']['addParticipant']>[] = [];
let grid: AcsVideoGrid | undefined;

const stage = document.getElementById('stage')!;
let mutations = 0;
let lastMutationAt = 0;
const observer = new MutationObserver((records) => {
  mutations += records.length;
  lastMutationAt = performance.now();
});
function observeDeep(root: Node) {
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null)
    if (n.shadowRoot && !(n.shadowRoot as unknown as { __observed?: boolean }).__observed) {
      (n.shadowRoot as unknown as { __observed?: boolean }).__observed = true;
      observeDeep(n.shadowRoot);
    }
}
observeDeep(stage);
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Waits until 2 frames pass without DOM mutation; returns ms from t0 to the last mutation. */
async function settle(t0: number, m0: number) {
  let last = m0;
  let quiet = 0;
  for (let i = 0; i < 120 && quiet < 2; i++) {
    await frame();
    observeDeep(stage);
    if (mutations !== last) ((last = mutations), (quiet = 0));
    else quiet++;
  }
  return mutations !== m0 ? lastMutationAt - t0 : 0;
}

Object.assign(window, {
  __bench: {
    /** Creates the simulated call with n participants (not measured). */
    async prepare(n: number) {
      call = (await sim.connectedCall()) as SimCall;
      people = Array.from({ length: n }, (_, i) =>
        call!.simulate.addParticipant({ displayName: `Participant ${i}`, muted: i % 2 === 0 }),
      );
    },
    async mount() {
      const m0 = mutations;
      const t0 = performance.now();
      grid = document.createElement('acs-video-grid');
      grid.call = call as unknown as Call;
      grid.sdk = sim.sdk;
      stage.append(grid);
      await grid.updateComplete;
      const sync = performance.now() - t0;
      const domDone = await settle(t0, m0);
      return { sync, domDone };
    },
    async update(k: number) {
      const p = people[k]!;
      await frame();
      const m0 = mutations;
      const t0 = performance.now();
      p.simulate.muted(!p.isMuted);
      p.simulate.speaking(!p.isSpeaking);
      const domDone = await settle(t0, m0);
      return { domDone, mutations: mutations - m0 };
    },
    census() {
      let elements = 0;
      const count = (root: Node) => {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        for (let n = w.nextNode() as Element | null; n; n = w.nextNode() as Element | null) {
          elements++;
          if (n.shadowRoot) count(n.shadowRoot);
        }
      };
      count(stage);
      return { elements, tiles: grid?.shadowRoot?.querySelectorAll('acs-video-tile').length ?? 0 };
    },
  },
  __benchReady: true,
});
