// Builds the package (npm run build) and loads the CDN bundle, alone, from one <script type="module"> in
// headless Chromium: every tag documented in custom-elements.json must be registered, with no page error and
// no request for the SDK (it is loaded only when a provider needs it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './chrome.mjs';
import { serve } from './static-server.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
const page = `<!doctype html><html><body>
<script type="module" src="/dist/cdn/acs-calling-elements.js"></script>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
</body></html>`;
const server = await serve('.', { '/cdn-smoke.html': page });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
let failed = 0;
try {
  const p = await browser.newPage();
  const errors = [];
  const requests = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(`${server.base}/cdn-smoke.html`);
  await p.waitForLoadState('networkidle');
  const missing = await p.evaluate((list) => list.filter((t) => !customElements.get(t)), tags);
  const scripts = requests.filter((r) => r.endsWith('.js'));
  if (tags.length === 0) (failed++, console.log('FAIL no elements in custom-elements.json'));
  if (missing.length) (failed++, console.log(`FAIL not registered by the CDN bundle: ${missing.join(', ')}`));
  if (errors.length) (failed++, console.log(`FAIL page errors: ${errors.join('; ')}`));
  if (scripts.length !== 1) (failed++, console.log(`FAIL expected one script request, got: ${scripts.join(', ')}`));
  if (!failed) console.log(`ok   the CDN bundle registers ${tags.length} tags from one script (${scripts[0]})`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
