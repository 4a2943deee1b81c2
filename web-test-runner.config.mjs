// @web/test-runner: real Chromium with fake media devices, tests run against the TypeScript sources.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

export const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const executablePath = CHROME_CANDIDATES.find((p) => existsSync(p));
if (!executablePath) {
  console.error(
    'No Chromium or Chrome found (looked at CHROME_PATH, /usr/bin/chromium, /usr/bin/google-chrome).\n' +
      'Install one with: apt-get install -y chromium   (or set CHROME_PATH to your Chrome binary).',
  );
  process.exit(1);
}

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

const quiet = process.argv.includes('--quiet') || process.env.WTR_QUIET === '1';

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
    }),
  ],
  filterBrowserLogs: ({ args }) => {
    // The real SDK logs many errors offline (no ACS service reachable); keep our own logs.
    const text = args.map((a) => String(a)).join(' ');
    return !/azure|ACS|communication|ECS|telemetry|Lit is in dev mode/i.test(text);
  },
  reporters: quiet ? [summaryReporter({ flatten: false }), countReporter()] : [defaultReporter(), countReporter()],
};
