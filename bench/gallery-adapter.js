// Adapter for the side-by-side gallery harness (/work/shared/bench/gallery, see its README.md): our
// <acs-video-grid>, driven by the simulator (the harness's participants become simulated RemoteParticipants;
// an update toggles one participant's isMuted + isSpeaking through `participant.simulate`, so the grid reacts to
// SDK events exactly as with the real SDK).
//
// Re-run (the harness is read-only: copy it outside the project first):
//   B=$(mktemp -d) && cp -r /work/shared/bench/gallery/. "$B" && chmod -R u+w "$B" && cd "$B" && npm ci
//   ln -s /work/main/src adapters/acs-src              # this project's sources (esbuild compiles the TS)
//   cp /work/main/bench/gallery-adapter.js adapters/ours-grid.js
//   node build-adapters.mjs adapters/ours-grid.js
//   node run.mjs --adapter dist/acs-videogallery.js --adapter dist/ours-grid.js --n 9,25,49,100 --runs 10 --warm 10 --out results/ours-vs-acs.json
//
// The simulated calls are created when the adapter loads (not timed), like a page that has its call before it
// mounts the grid; mount() times only the grid.
import { createSimulator } from './acs-src/simulator/index.js';
import { AcsVideoGrid } from './acs-src/components/video-grid/video-grid.js';
import { AcsVideoTile } from './acs-src/components/video-grid/video-tile.js';

// What src/components/video-grid/acs-video-grid.ts does, spelled out so the adapter does not depend on how the
// harness's bundler treats side-effect imports through the symlink.
if (!customElements.get('acs-video-tile')) customElements.define('acs-video-tile', AcsVideoTile);
if (!customElements.get('acs-video-grid')) customElements.define('acs-video-grid', AcsVideoGrid);

export const info = { name: 'acs-calling-elements <acs-video-grid> (simulator)', pkg: 'acs-calling-elements' };

const sim = createSimulator({ latency: 0 });
const calls = new Map();

async function prepare(n) {
  const call = await sim.connectedCall({ muted: false });
  const people = [];
  for (let i = 0; i < n; i++)
    people.push(call.simulate.addParticipant({ displayName: `Participant ${i}`, muted: i % 2 === 0, speaking: false }));
  calls.set(n, { call, people });
}
// The harness mounts 9, 25, 49 or 100 participants (video off); ready long before mount() is called.
const ready = Promise.all([9, 25, 49, 100].map(prepare));

export async function mount(container, participants, local) {
  await ready;
  if (!calls.has(participants.length)) await prepare(participants.length);
  const { call, people } = calls.get(participants.length);
  const el = document.createElement('acs-video-grid');
  el.localDisplayName = local.displayName;
  el.call = call;
  el.sdk = sim.sdk;
  container.append(el);
  await el.updateComplete;
  return { el, people, participants };
}

export function update(h, participants) {
  // Only the toggled participant object is new: find it and change the simulated participant.
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i];
    if (p === h.participants[i]) continue;
    const sp = h.people[i];
    if (sp.isMuted !== p.isMuted) sp.simulate.muted(p.isMuted);
    if (sp.isSpeaking !== p.isSpeaking) sp.simulate.speaking(p.isSpeaking);
  }
  h.participants = participants;
}

export function unmount(h) {
  h.el.remove();
}
