/**
 * The browsers and operating systems the kit tells apart (the permission guide has steps for each pair). Shared by
 * the platform detection (a component's) and the string tables, which never import components.
 */

/** The browsers the permission guide has steps for (`other`: generic steps). */
export const BROWSERS = ['chrome', 'edge', 'firefox', 'safari', 'other'] as const;
/** The operating systems the permission guide has steps for (`other`: generic steps). */
export const OPERATING_SYSTEMS = ['windows', 'macos', 'ios', 'android', 'linux', 'other'] as const;

export type Browser = (typeof BROWSERS)[number];
export type Os = (typeof OPERATING_SYSTEMS)[number];

/** A browser on an operating system: the key of the guidance steps. */
export interface Platform {
  readonly browser: Browser;
  readonly os: Os;
}
