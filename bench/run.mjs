// `npm run bench`: mount and one-update CPU of <acs-video-grid> in headless Chromium, driven by the simulator.
// For 9, 25, 49 and 100 remote participants (video off): mount CPU (CDP Performance.getMetrics TaskDuration /
// ScriptDuration, from before mount until the DOM has been quiet for 2 frames), one participant's change (mute +
// speaking: CPU and time to the last DOM mutation), DOM nodes and the JS heap after mount. Median of --runs fresh
// pages. Results: bench/results/video-grid.json (git-ignored).
//   node bench/run.mjs [--runs 7] [--n 9,25,49,100] [--updates 8]
// Side-by-side with the ACS UI Library's VideoGallery: see bench/gallery-adapter.js.
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/chrome.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const RUNS = Number(arg('runs', 7));
const UPDATES = Number(arg('updates', 8));
const NS = arg('n', '9,25,49,100').split(',').map(Number);
const out = join(here, 'results');
mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: [join(here, 'video-grid-page.ts')],
  outfile: join(out, 'page.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: join(here, '..', 'tsconfig.json'),
  external: ['@azure/*'],
  // package.json marks only dist/ entries as having side effects; the page imports the sources.
  ignoreAnnotations: true,
  logLevel: 'warning',
});
const pageJs = readFileSync(join(out, 'page.js'), 'utf8');
const pageHtml = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}
#stage{width:100vw;height:100vh;position:relative;overflow:hidden}</style></head>
<body><div id="stage"></div><script type="module" src="/page.js"></script></body></html>`;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function run(n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: pageHtml });
    if (url.pathname === '/page.js') return route.fulfill({ contentType: 'text/javascript', body: pageJs });
    return route.abort();
  });
  page.on('pageerror', (e) => console.error('page error:', String(e)));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto('http://localhost/');
  await page.waitForFunction(() => window.__benchReady);
  await page.evaluate((n) => window.__bench.prepare(n), n);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await metrics(cdp);
  const mount = await page.evaluate(() => window.__bench.mount());
  const after = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const nodes = (await metrics(cdp)).Nodes;
  const census = await page.evaluate(() => window.__bench.census());
  const updates = [];
  for (let k = 0; k < UPDATES; k++) {
    const b = await metrics(cdp);
    const u = await page.evaluate((k) => window.__bench.update(k), k % Math.min(n, 9));
    const a = await metrics(cdp);
    updates.push({
      ...u,
      task: (a.TaskDuration - b.TaskDuration) * 1000,
      script: (a.ScriptDuration - b.ScriptDuration) * 1000,
    });
  }
  await context.close();
  return {
    mountTaskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    mountScriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    mountDomDoneMs: mount.domDone,
    heapAfterMountMB: heap.usedSize / 2 ** 20,
    domNodes: nodes,
    elements: census.elements,
    tiles: census.tiles,
    updateTaskMs: median(updates.map((u) => u.task)),
    updateScriptMs: median(updates.map((u) => u.script)),
    updateDomDoneMs: median(updates.map((u) => u.domDone)),
    updateMutations: median(updates.map((u) => u.mutations)),
  };
}

const summary = {};
const raw = {};
for (const n of NS) raw[n] = [];
for (let r = 0; r < RUNS; r++) for (const n of NS) raw[n].push(await run(n));
await browser.close();

console.log(
  `<acs-video-grid>, simulator-driven, headless Chromium, median of ${RUNS} fresh pages (${UPDATES} updates each)`,
);
console.log(
  'N    | mount CPU task/script ms | mount domDone ms | update CPU task/script ms | update domDone ms | DOM nodes | elements | tiles | heap MB',
);
for (const n of NS) {
  const m = (k) => median(raw[n].map((x) => x[k]));
  summary[n] = Object.fromEntries(Object.keys(raw[n][0]).map((k) => [k, round(m(k), 3)]));
  const s = summary[n];
  console.log(
    [
      String(n).padEnd(4),
      `${round(s.mountTaskMs, 1)} / ${round(s.mountScriptMs, 1)}`.padEnd(24),
      String(round(s.mountDomDoneMs, 1)).padEnd(16),
      `${round(s.updateTaskMs, 2)} / ${round(s.updateScriptMs, 2)}`.padEnd(25),
      String(round(s.updateDomDoneMs, 2)).padEnd(17),
      String(s.domNodes).padEnd(9),
      String(s.elements).padEnd(8),
      String(s.tiles).padEnd(5),
      round(s.heapAfterMountMB, 2),
    ].join(' | '),
  );
}
writeFileSync(
  join(out, 'video-grid.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, summary, raw }, null, 2),
);
console.log(`raw data: ${join(out, 'video-grid.json')}`);
