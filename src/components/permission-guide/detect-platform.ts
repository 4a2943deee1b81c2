import type { Browser, Os, Platform } from '../../platform.js';

export { BROWSERS, OPERATING_SYSTEMS, type Browser, type Os, type Platform } from '../../platform.js';

/** The part of `navigator.userAgentData` (User-Agent Client Hints, Chromium only) this reads. */
export interface UserAgentDataLike {
  readonly platform?: string;
  readonly mobile?: boolean;
  readonly brands?: ReadonlyArray<{ readonly brand: string; readonly version?: string }>;
}

/**
 * Tells which browser runs on which OS, from the user-agent string and, where the browser has them, the
 * User-Agent Client Hints (`navigator.userAgentData`, more reliable for the OS on Chromium browsers).
 *
 * - On iOS every browser is WebKit, but each app has its own settings: Chrome is `CriOS`, Firefox `FxiOS`,
 *   Edge `EdgiOS`; plain `Safari` without those is Safari. Other iOS apps (in-app browsers) are `other`.
 * - iPadOS 13+ reports itself as a Mac ("Macintosh"): a Mac with a touch screen (`maxTouchPoints > 1`) is iOS.
 * - Edge (`Edg/`, `EdgA/`, `EdgiOS/`) is tested before Chrome, whose token it also carries; Opera (`OPR/`),
 *   Samsung Internet and other Chromium browsers are `other` (their settings differ from Chrome's).
 */
export function detectPlatform(userAgent: string, userAgentData?: UserAgentDataLike, maxTouchPoints = 0): Platform {
  return { browser: detectBrowser(userAgent, userAgentData), os: detectOs(userAgent, userAgentData, maxTouchPoints) };
}

function detectOs(ua: string, data: UserAgentDataLike | undefined, touchPoints: number): Os {
  const hint = (data?.platform ?? '').toLowerCase();
  if (hint === 'windows') return 'windows';
  if (hint === 'android') return 'android';
  if (hint === 'ios') return 'ios';
  if (hint === 'linux') return 'linux';
  if (hint === 'macos') return touchPoints > 1 ? 'ios' : 'macos';
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  if (/Windows/.test(ua)) return 'windows';
  if (/Macintosh|Mac OS X/.test(ua)) return touchPoints > 1 ? 'ios' : 'macos';
  if (/CrOS/.test(ua)) return 'other';
  if (/Linux/.test(ua)) return 'linux';
  return 'other';
}

function detectBrowser(ua: string, data: UserAgentDataLike | undefined): Browser {
  const brands = (data?.brands ?? []).map((b) => b.brand);
  if (brands.includes('Microsoft Edge')) return 'edge';
  if (/\b(Edg|EdgA|EdgiOS|Edge)\//.test(ua)) return 'edge';
  if (/\b(OPR|Opera|SamsungBrowser|YaBrowser|UCBrowser|Vivaldi)\//.test(ua)) return 'other';
  if (/\b(Firefox|FxiOS)\//.test(ua)) return 'firefox';
  if (/\bCriOS\//.test(ua)) return 'chrome';
  if (brands.includes('Google Chrome')) return 'chrome';
  if (/\b(Chrome|Chromium)\//.test(ua)) return 'chrome';
  // Safari: "Version/x ... Safari/y" (an iOS in-app browser lacks "Version/" or "Safari/").
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return 'safari';
  return 'other';
}

/** The current browser and OS. */
export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: UserAgentDataLike };
  return detectPlatform(nav.userAgent, nav.userAgentData, nav.maxTouchPoints);
}
