// npm test: every check, in order, each counted; the last line is "N passed, N failed" alone on a line.
//   1 Prettier check  2 tsc --noEmit (src, test, stories)  3 lit-analyzer --strict  4 manifest freshness
//   5 tokens freshness (themes and fallbacks made from src/styles/tokens.json)
//   6 browser tests (@web/test-runner, real Chromium, fake media)  7 Storybook build smoke test
//   8 build + CDN bundle smoke test  9 size budgets
// Every check runs even when an earlier one failed, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };
const summary = [];

function run(name, cmd, args, { counts } = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  if (counts) {
    const c = counts(ok);
    passed = c.passed;
    failed = c.failed;
  }
  totals.passed += passed;
  totals.failed += failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${ok && !failed ? 'ok  ' : 'FAIL'} ${name}: ${passed} passed, ${failed} failed (${seconds} s)`);
}

const readCounts = (file, ok) => {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const c = JSON.parse(readFileSync(file, 'utf8'));
  // A runner that failed without a failing test (crash, config error) still counts as one failure.
  return { passed: c.passed, failed: c.failed || (ok ? 0 : 1) };
};

rmSync('.tmp/wtr-counts.json', { force: true });
rmSync('.tmp/size-counts.json', { force: true });

run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
run('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lit-analyzer', 'npx', ['lit-analyzer', '--strict', '--quiet', 'src/components']);
run('manifest', 'node', ['scripts/check-manifest.mjs']);
run('tokens', 'node', ['scripts/tokens.mjs', '--check']);
run('browser tests', 'npx', ['web-test-runner'], { counts: (ok) => readCounts('.tmp/wtr-counts.json', ok) });
run('storybook', 'node', ['scripts/storybook-smoke.mjs'], {
  counts: (ok) => readCounts('.tmp/storybook-counts.json', ok),
});
run('build + CDN bundle', 'node', ['scripts/cdn-smoke.mjs']);
run('size', 'node', ['scripts/size.mjs'], { counts: (ok) => readCounts('.tmp/size-counts.json', ok) });

console.log('\n' + summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
