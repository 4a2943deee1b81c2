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

/** The conformance cases with camera and microphone refused need a browser that refuses: no fake prompt. */
const DENIED_FILES = 'test/conformance/denied.test.ts';

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts', `!${DENIED_FILES}`],
  groups: [
    {
      name: 'conformance-denied',
      files: DENIED_FILES,
      browsers: [
        chromeLauncher({
          launchOptions: {
            executablePath,
            headless: true,
            // Without --use-fake-ui-for-media-stream a headless browser refuses every permission request.
            args: CHROME_FLAGS.filter((a) => a !== '--use-fake-ui-for-media-stream'),
          },
        }),
      ],
    },
  ],
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
