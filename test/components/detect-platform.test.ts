import { expect } from '@open-wc/testing';
import {
  BROWSERS,
  OPERATING_SYSTEMS,
  detectPlatform,
  type Browser,
  type Os,
} from '../../src/components/permission-guide/detect-platform.js';
import { permissionGuideStrings, type StepKey } from '../../src/i18n/en/permission-guide.js';

/** Real user-agent strings, one per (browser, OS) branch. */
const CASES: [Browser, Os, string, { platform?: string; brands?: { brand: string }[] }?, number?][] = [
  [
    'chrome',
    'windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'chrome',
    'macos',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'chrome',
    'linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'chrome',
    'android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
  ],
  [
    'chrome',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ],
  [
    'chrome',
    'other',
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'edge',
    'windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  ],
  [
    'edge',
    'macos',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  ],
  [
    'edge',
    'linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  ],
  [
    'edge',
    'android',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.2903.68',
  ],
  [
    'edge',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/131.2903.70 Mobile/15E148 Safari/605.1.15',
  ],
  [
    'edge',
    'other',
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  ],
  ['firefox', 'windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'],
  ['firefox', 'macos', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0'],
  ['firefox', 'linux', 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'],
  ['firefox', 'android', 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0'],
  [
    'firefox',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  ],
  ['firefox', 'other', 'Mozilla/5.0 (X11; FreeBSD amd64; rv:133.0) Gecko/20100101 Firefox/133.0'],
  [
    'safari',
    'macos',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  ],
  [
    'safari',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ],
  // iPadOS 13+ reports a Mac; a touch screen tells it apart.
  [
    'safari',
    'ios',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    undefined,
    5,
  ],
  [
    'safari',
    'windows',
    'Mozilla/5.0 (Windows; U; Windows NT 6.1; en-US) AppleWebKit/533.20.25 (KHTML, like Gecko) Version/5.0.4 Safari/533.20.27',
  ],
  [
    'safari',
    'linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  ],
  [
    'safari',
    'android',
    'Mozilla/5.0 (Linux; U; Android 4.0.3; en-us) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
  ],
  [
    'safari',
    'other',
    'Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15',
  ],
  [
    'other',
    'windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0',
  ],
  [
    'other',
    'macos',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Vivaldi/7.0',
  ],
  [
    'other',
    'linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 YaBrowser/24.10 Safari/537.36',
  ],
  [
    'other',
    'android',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  ],
  // An in-app browser on iOS (no Version/ token): its own settings, not Safari's.
  [
    'other',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 300.0',
  ],
  ['other', 'other', 'curl/8.5.0'],
  // User-Agent Client Hints win for the OS (a frozen UA string may lie) and name Edge by brand.
  [
    'chrome',
    'windows',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { platform: 'Windows', brands: [{ brand: 'Google Chrome' }] },
  ],
  [
    'edge',
    'macos',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { platform: 'macOS', brands: [{ brand: 'Microsoft Edge' }] },
  ],
  [
    'chrome',
    'android',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    { platform: 'Android' },
  ],
  [
    'chrome',
    'linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { platform: 'Linux' },
  ],
];

describe('detectPlatform', () => {
  for (const [browser, os, ua, data, touch] of CASES) {
    it(`${browser} on ${os}${data ? ' (client hints)' : ''}${touch ? ' (touch)' : ''}`, () => {
      expect(detectPlatform(ua, data, touch)).to.deep.equal({ browser, os });
    });
  }

  it('covers every (browser, OS) combination with a real user agent', () => {
    const seen = new Set(CASES.filter(([, , , data]) => !data).map(([b, o]) => `${b}-${o}`));
    for (const b of BROWSERS)
      for (const o of OPERATING_SYSTEMS) expect(seen.has(`${b}-${o}`), `${b}-${o}`).to.equal(true);
  });

  it('has steps for every (browser, OS, kind) combination, numbered and naming the media and the app', () => {
    const table = permissionGuideStrings as unknown as Record<StepKey, (m: string, a: string) => string>;
    for (const b of BROWSERS)
      for (const o of OPERATING_SYSTEMS)
        for (const k of ['site', 'system'] as const) {
          const text = table[`steps-${b}-${o}-${k}`]('MEDIA', 'APP');
          expect(text.split('\n').length, `${b}-${o}-${k}`).to.be.greaterThan(1);
          expect(text, `${b}-${o}-${k}`).to.match(/MEDIA|APP|Camera|camera|devices|Allow|Reload|reload/);
        }
  });
});
