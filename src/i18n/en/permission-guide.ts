import { BROWSERS, type Browser, type Os } from '../../platform.js';
import type { StringTable } from '../localize.js';

/**
 * Where the steps lead: `site` re-allows the site in the browser's settings; `system` lets the browser use the
 * devices in the operating system's privacy settings.
 */
export type GuideKind = 'site' | 'system';

/** The key of one list of steps: every (browser, OS, kind) combination has one (tsc checks it). */
export type StepKey = `steps-${Browser}-${Os}-${GuideKind}`;

/**
 * One list of steps: `media` is what to allow ("camera and microphone"), `app` the browser's name ("Chrome").
 * It returns the steps separated by line breaks (`\n`), shown as a numbered list; translations keep the form.
 */
export type StepText = (media: string, app: string) => string;

/**
 * The entries for some browsers on some OSes, all with the same steps. Typed: `satisfies Record<StepKey, ...>`
 * below fails to compile when a (browser, OS, kind) combination has no entry.
 */
function combos<B extends Browser, O extends Os, K extends GuideKind>(
  browsers: readonly B[],
  oses: readonly O[],
  kind: K,
  text: StepText,
): Record<`steps-${B}-${O}-${K}`, StepText> {
  const out: Record<string, StepText> = {};
  for (const b of browsers) for (const o of oses) out[`steps-${b}-${o}-${kind}`] = text;
  return out as Record<`steps-${B}-${O}-${K}`, StepText>;
}

const DESKTOP = ['windows', 'macos', 'linux', 'other'] as const;

/** Joins steps with line breaks (a step table entry is an array of steps in source form). */
const steps =
  (...list: ReadonlyArray<string | ((media: string, app: string) => string)>): StepText =>
  (media, app) =>
    list.map((s) => (typeof s === 'function' ? s(media, app) : s)).join('\n');

const reload = 'Come back to this page and reload it.';
const allowMedia = (m: string) => `Set ${m} to Allow.`;

// --- Re-allowing the site in the browser -------------------------------------------------------------------------
const chromeDesktop = steps(
  'Click the site information icon left of the address bar.',
  allowMedia,
  'Reload the page.',
  (m) => `Or open Settings > Privacy and security > Site settings, choose ${m} and allow this site.`,
);
const edgeDesktop = steps(
  'Click the lock icon left of the address bar, then Permissions for this site.',
  allowMedia,
  'Reload the page.',
  (m) => `Or open Settings > Cookies and site permissions, choose ${m} and allow this site.`,
);
const firefoxDesktop = steps(
  'Click the crossed-out camera or microphone icon left of the address bar.',
  'Clear each “Blocked” entry (✕).',
  'Reload the page and choose Allow.',
  'Or: Settings > Privacy & Security > Permissions > Camera (Microphone) > Settings…, remove this site.',
);
const safariMac = steps(
  'In the menu bar, choose Safari > Settings…, then Websites.',
  'Choose Camera on the left, then set this website to Allow. Do the same for Microphone.',
  'Reload the page.',
);
const chromeAndroid = steps(
  'Tap the icon left of the address.',
  'Tap Permissions.',
  (m) => `Allow ${m}.`,
  'Reload the page.',
);
const edgeAndroid = steps(
  'Tap the lock icon in the address bar, then Permissions.',
  (m) => `Allow ${m}.`,
  'Reload the page.',
);
const firefoxAndroid = steps(
  'Tap the lock icon to the left of the address.',
  (m) => `Turn on ${m} (or clear “Blocked”).`,
  'Reload the page.',
);
const safariIos = steps(
  'Tap the page settings button (aA) in the address bar.',
  'Tap Website Settings.',
  allowMedia,
  'Reload the page.',
);
const appIos = steps(
  'Tap the icon left of the address, then Permissions, and allow the devices.',
  (_m, app) => `If there is none: open the Settings app and tap ${app}.`,
  (m) => `Turn on ${m}.`,
  reload,
);
const genericSite = steps(
  'Open the site settings of your browser (usually through the icon next to the address).',
  (m) => `Allow ${m} for this site.`,
  'Reload the page.',
);

// --- Letting the browser use the devices in the operating system ------------------------------------------------
const windowsSystem = steps(
  'Open Start > Settings > Privacy & security > Camera (then Microphone).',
  'Turn on Camera access (Microphone access) and Let apps access your camera (microphone).',
  'Turn on Let desktop apps access your camera (microphone).',
  reload,
);
const macSystem = steps(
  'Open the Apple menu > System Settings > Privacy & Security > Camera (then Microphone).',
  (_m, app) => `Turn on ${app}.`,
  (_m, app) => `Quit ${app} and open it again if it asks you to.`,
  reload,
);
const iosSystem = steps(
  'Open the Settings app.',
  (_m, app) => `Scroll down and tap ${app} (on newer versions: Apps > ${app}).`,
  (m) => `Turn on ${m}.`,
  reload,
);
const androidSystem = steps(
  (_m, app) => `Open Settings > Apps > ${app} > Permissions.`,
  (m) => `Allow ${m}.`,
  'Check that Camera access and Microphone access are on in quick settings.',
  reload,
);
const linuxSystem = steps(
  (m) => `Check that no privacy switch turns off the ${m} (Settings > Privacy).`,
  (_m, app) => `If ${app} is a Flatpak or Snap, let it use the devices.`,
  (_m, app) => `Restart ${app}.`,
  reload,
);
const genericSystem = steps(
  (m, app) => `Open your device's privacy settings and allow ${app} to use the ${m}.`,
  reload,
);

/** English strings of `<acs-permission-guide>` (namespace `permission-guide`). */
export const permissionGuideStrings = {
  /** Accessible name of the element's region. */
  region: 'Microphone and camera',
  camera: 'camera',
  microphone: 'microphone',
  cameraAndMicrophone: 'camera and microphone',
  /** The explainer before the browser's prompt appears. */
  explain: (media: string) => `To join the call, your browser needs your ${media}. When it asks, choose Allow.`,
  allowAudio: 'Allow microphone',
  allowVideo: 'Allow camera',
  allowBoth: 'Allow microphone and camera',
  prompting: (media: string) => `Your browser is asking to use your ${media}.`,
  lookDesktop: 'Look for the request near the address bar, and choose Allow.',
  lookMobile: 'Look for the request at the top or bottom of the screen, and choose Allow.',
  timedOut: 'The request expired unanswered. Select Try again, then answer it.',
  granted: (media: string) => `Your ${media} can be used.`,
  denied: (media: string) => `Your browser blocked the ${media}. To allow it:`,
  deniedPersistent: (media: string) => `This site is blocked from using your ${media}. To allow it:`,
  deniedOs: (media: string, app: string) => `Your device's settings do not let ${app} use the ${media}. To allow it:`,
  inUse: (media: string) => `Your ${media} is in use by another app. Close that app, then try again.`,
  noDevice: (media: string) => `No ${media} was found. Connect one, then try again.`,
  tryAgain: 'Try again',
  reload: 'Reload the page',
  leaveAndReload: 'Leave and reload',
  continueWithoutCamera: 'Continue without camera',
  audioOnly: 'You will join without your camera.',
  openCameraSettings: 'Open camera privacy settings',
  openMicrophoneSettings: 'Open microphone privacy settings',
  error: (message: string) => `Asking for the devices failed: ${message}`,
  hangUpFailed: (message: string) => `Leaving the call failed: ${message}`,
  'app-chrome': 'Chrome',
  'app-edge': 'Microsoft Edge',
  'app-firefox': 'Firefox',
  'app-safari': 'Safari',
  'app-other': 'your browser',

  ...combos(['chrome'], DESKTOP, 'site', chromeDesktop),
  ...combos(['chrome'], ['android'], 'site', chromeAndroid),
  ...combos(['edge'], DESKTOP, 'site', edgeDesktop),
  ...combos(['edge'], ['android'], 'site', edgeAndroid),
  ...combos(['firefox'], DESKTOP, 'site', firefoxDesktop),
  ...combos(['firefox'], ['android'], 'site', firefoxAndroid),
  ...combos(['safari'], ['macos'], 'site', safariMac),
  ...combos(['safari'], ['ios'], 'site', safariIos),
  ...combos(['chrome', 'edge', 'firefox', 'other'], ['ios'], 'site', appIos),
  ...combos(['safari'], ['windows', 'linux', 'android', 'other'], 'site', genericSite),
  ...combos(['other'], ['windows', 'macos', 'linux', 'android', 'other'], 'site', genericSite),
  ...combos(BROWSERS, ['windows'], 'system', windowsSystem),
  ...combos(BROWSERS, ['macos'], 'system', macSystem),
  ...combos(BROWSERS, ['ios'], 'system', iosSystem),
  ...combos(BROWSERS, ['android'], 'system', androidSystem),
  ...combos(BROWSERS, ['linux'], 'system', linuxSystem),
  ...combos(BROWSERS, ['other'], 'system', genericSystem),
} satisfies StringTable & Record<StepKey, StepText>;

export type PermissionGuideStrings = typeof permissionGuideStrings;

/** OS settings pages that open from a link (macOS System Settings, Windows Settings), per kind of media. */
export const SYSTEM_SETTINGS_LINKS: Partial<Record<Os, Record<'audio' | 'video', string>>> = {
  macos: {
    video: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera',
    audio: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone',
  },
  windows: { video: 'ms-settings:privacy-webcam', audio: 'ms-settings:privacy-microphone' },
};
