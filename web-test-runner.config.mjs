// @web/test-runner: real Chromium with fake media devices, tests run against the TypeScript sources.
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = findChrome();

// Headless is set by the launcher; the rest are the flags that work on this kind of machine (toolchain.md).
export const CHROME_FLAGS = CHROME_ARGS.filter((a) => a !== '--headless').concat([
  '--autoplay-policy=no-user-gesture-required',
]);

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
  reporters: [defaultReporter(), countReporter()],
};
