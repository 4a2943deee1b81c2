// A @web/test-runner reporter that counts every test (and every file that failed to load as one failure) and
// writes the counts to .tmp/wtr-counts.json, then prints "N passed, N failed" alone on a line.
import { mkdirSync, writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(t.name);
    }
  }
  for (const s of suite.suites ?? []) walk(s, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) walk(session.testResults, counts);
        // A file that could not be imported, or failed outside a test, counts as one failure.
        const broken = !session.passed && counts.failed === before;
        if (broken) {
          counts.failed++;
          counts.failures.push(
            `${session.testFile}: ${(session.errors ?? []).map((e) => e.message).join('; ') || 'failed to load'}`,
          );
        }
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr-counts.json', JSON.stringify(counts, null, 2));
      console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
