// Fails when custom-elements.json is stale: regenerates it into .tmp/cem and compares with the committed one.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';

rmSync('.tmp/cem', { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CEM_OUTDIR: '.tmp/cem' },
});
const fresh = readFileSync('.tmp/cem/custom-elements.json', 'utf8');
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
if (fresh.trim() !== committed.trim()) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
const manifest = JSON.parse(fresh);
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
console.log(`custom-elements.json is fresh (${tags.length} elements: ${tags.join(', ')})`);
