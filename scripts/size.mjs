// npm run size: min+gzip bytes of the CDN bundle and of each element's own entry (lit included, SDK excluded),
// one line each, then of the lazily loaded chunks; exits 1 when one exceeds its budget (budgets: size-budgets.json).
// A dynamic import of the simulator (what `<acs-call-provider simulated>` loads) is a chunk of its own, as an app's
// bundler makes it: an element's figure is what a page pays for it, the chunk what `simulated` adds.
// Usage: node scripts/size.mjs [--json]
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const config = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Leaves the simulator's dynamic imports out of an element's bundle (they are measured as a chunk). */
const lazySimulator = {
  name: 'lazy-simulator',
  setup(b) {
    b.onResolve({ filter: /simulator\/index\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: false,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: ['@azure/*'],
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.build.json',
    logLevel: 'silent',
    // Templates minified as the builds do (rollup.config.mjs).
    plugins: [minifyTemplatesEsbuild(), lazySimulator],
  });
  // Minified with terser, as the CDN bundle is (rollup.config.mjs).
  const { code } = await minify(result.outputFiles[0].text, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  return new TextEncoder().encode(code);
}

const rows = [];
let failed = 0;

// The CDN bundle as built by rollup (npm run build); built here with esbuild when dist/ is absent.
const cdnPath = config.cdn.entry;
const cdnBytes = existsSync(cdnPath) ? readFileSync(cdnPath) : await bundle('src/define.ts');
rows.push({
  name: 'CDN bundle (every tag)',
  bytes: gz(cdnBytes),
  budget: config.cdn.budget,
  source: existsSync(cdnPath) ? cdnPath : 'src/define.ts (esbuild)',
});

const lit = await bundle('scripts/size-lit-baseline.js');
rows.push({ name: 'lit alone (baseline)', bytes: gz(lit), budget: null, source: 'lit' });

for (const [name, { entry, budget }] of Object.entries(config.elements)) {
  if (!existsSync(entry)) {
    rows.push({ name, bytes: NaN, budget, source: entry, error: 'entry missing' });
    failed++;
    continue;
  }
  const code = await bundle(entry);
  const bytes = gz(code);
  // Elements import SDK types only: an element bundle that imports the SDK's runtime fails (the provider alone
  // may load it, lazily, with a dynamic import).
  const text = new TextDecoder().decode(code);
  const staticSdk = /(?:from|import)\s*["']@azure\//.test(text);
  const dynamicSdk = /import\(\s*["']@azure\//.test(text);
  const error = staticSdk || (dynamicSdk && name !== 'acs-call-provider') ? 'imports the SDK runtime' : undefined;
  rows.push({ name, bytes, budget, source: entry, error });
  if (error || (budget != null && bytes > budget)) failed++;
}

for (const [name, { entry, budget }] of Object.entries(config.chunks ?? {})) {
  const bytes = gz(await bundle(entry));
  rows.push({ name, bytes, budget, source: entry });
  if (budget != null && bytes > budget) failed++;
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const r of rows) {
    const over = r.budget != null && r.bytes > r.budget;
    const verdict = r.error
      ? `FAIL (${r.error})`
      : r.budget == null
        ? ''
        : over
          ? `FAIL over budget ${kb(r.budget)}`
          : `ok (budget ${kb(r.budget)}, ${r.budget - r.bytes} B left)`;
    console.log(`${r.name.padEnd(26)} ${String(r.bytes).padStart(7)} B  ${kb(r.bytes).padStart(9)}  ${verdict}`);
  }
}
const checks = rows.filter((r) => r.budget != null || r.error);
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/size-counts.json', JSON.stringify({ passed: checks.length - failed, failed, rows }, null, 2));
if (failed) {
  console.error(`${failed} size check(s) failed`);
  process.exit(1);
}
