// Storybook smoke test: builds Storybook (unless --no-build), serves storybook-static on a local port, opens the
// first story of every element and composition in headless Chromium and checks that the element is defined and rendered
// (its shadow root has content). Prints one line per story and "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

const root = 'storybook-static';
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', root], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}

const server = await serve(root);
const base = server.base;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const byComponent = new Map();
for (const entry of Object.values(index.entries)) {
  if (entry.type !== 'story') continue;
  // "Elements/Mute Button" -> acs-mute-button; "Compositions/Call Screen" -> acs-call-screen.
  const group = ['Elements/', 'Compositions/'].find((prefix) => entry.title.startsWith(prefix));
  const tag = group
    ? `acs-${entry.title
        .slice(group.length)
        .replace(/([a-z])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/\s+/g, '-')}`
    : undefined;
  if (tag && !byComponent.has(tag)) byComponent.set(tag, entry.id);
}

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
let passed = 0;
let failed = 0;
try {
  if (byComponent.size === 0) {
    console.log('FAIL no element stories found in storybook-static/index.json');
    failed++;
  }
  for (const [tag, id] of byComponent) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
      await page.waitForFunction(
        (t) => {
          const el = document.querySelector(t) ?? document.querySelector('#storybook-root')?.querySelector(t);
          return !!el && !!customElements.get(t) && !!el.shadowRoot && el.shadowRoot.childNodes.length > 0;
        },
        tag,
        { timeout: 20000 },
      );
      console.log(`ok   ${id} renders <${tag}>`);
      passed++;
    } catch (e) {
      console.log(
        `FAIL ${id}: <${tag}> not rendered (${e.message.split('\n')[0]})${errors.length ? ` page errors: ${errors.join('; ')}` : ''}`,
      );
      failed++;
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/storybook-counts.json', JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
