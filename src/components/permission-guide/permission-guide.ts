import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { setStates } from '../shared/acs-element.js';
import { emitError, errorsOf } from '../../events/acs-error.js';
import { baseStyles } from '../../styles/shared.js';
import { permissionGuideStyles } from './permission-guide.styles.js';
import { CallController } from '../../controllers/call-controller.js';
import type { PermissionEnvironment } from '../../sdk/index.js';
import {
  browserEnvironment,
  DEFAULT_PROMPT_TIMEOUT,
  MEDIA_READINESS,
  PermissionController,
  type MediaKind,
  type MediaReadiness,
  type MediaRequirement,
} from '../../controllers/permission-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import {
  permissionGuideStrings,
  SYSTEM_SETTINGS_LINKS,
  type GuideKind,
  type PermissionGuideStrings,
  type StepKey,
} from '../../i18n/en/permission-guide.js';
import { currentPlatform, type Platform } from './detect-platform.js';
import { AcsReadyEvent, AcsReloadEvent } from './events.js';
import type { AcsErrorDetail } from '../../events/acs-error.js';

/** Which media must be granted before joining. */
export type MediaRequired = 'audio' | 'video' | 'both';

/** The refusals: `denied` … `no-device` (the readiness values after `granted`). */
const PROBLEMS: ReadonlySet<MediaReadiness> = new Set(MEDIA_READINESS.slice(3));
/** Call states in which leaving is needed before a reload. */
// A call that is ending is not hung up again (the SDK rejects hangUp on an ended call).
const OUT_OF_CALL: ReadonlySet<string> = new Set(['None', 'Disconnecting', 'Disconnected']);

const icon = (d: string) =>
  html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;
const OK = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z';
const PROBLEM = 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z';

/**
 * What each readiness shows: the message key, the kind of steps, and whether "Try again" and "Reload" apply.
 * `denied`: the user blocked it just now (retry may prompt again; reload clears a temporary block);
 * `denied-persistent`: only the site settings help, then a reload; `denied-os`: the OS settings, then retry or
 * reload (macOS needs the browser restarted).
 */
const SHOWS: Record<MediaReadiness, [key: keyof PermissionGuideStrings, guide?: GuideKind, retry?: 1, reload?: 1]> = {
  idle: ['explain'],
  prompting: ['prompting'],
  granted: ['granted'],
  'timed-out': ['timedOut', undefined, 1],
  denied: ['denied', 'site', 1, 1],
  'denied-persistent': ['deniedPersistent', 'site', undefined, 1],
  'denied-os': ['deniedOs', 'system', 1, 1],
  'in-use': ['inUse', undefined, 1],
  'no-device': ['noDevice', undefined, 1],
};

/**
 * Asks for the microphone and camera at the right moment, explains what happens, watches the browser's prompt,
 * and guides the user out of every refusal with the steps for their browser on their OS. Works before a call
 * and before the SDK has loaded (it then asks through `getUserMedia` and stops the tracks at once).
 *
 * `require` defaults to `both`: a video visit needs both; pages where the camera is optional set
 * `require="audio"` or let the user go on without it with `allow-audio-only`.
 *
 * @summary Microphone and camera permission: explainer, prompt watchdog, per-browser/per-OS recovery steps.
 * @tagname acs-permission-guide
 *
 * @slot - Extra content shown with the explainer (e.g. why the visit needs a camera).
 * @slot granted - Content shown once what is required is granted (default: a short confirmation).
 *
 * @csspart base - The wrapper.
 * @csspart message - The status text.
 * @csspart icon - The status icon.
 * @csspart steps - The numbered list of steps.
 * @csspart actions - The row of buttons.
 * @csspart button - Every action button.
 * @csspart link - A link that opens the OS settings.
 * @csspart error - A failure of the SDK's `askDevicePermission` (or of leaving the call).
 *
 * @cssproperty --acs-permission-guide-background - Background.
 * @cssproperty --acs-permission-guide-color - Text color.
 * @cssproperty --acs-permission-guide-border-color - Border color.
 * @cssproperty --acs-permission-guide-radius - Corner radius.
 * @cssproperty --acs-permission-guide-problem-color - Icon and error color when something is refused.
 * @cssproperty --acs-permission-guide-ok-color - Icon color once granted.
 * @cssproperty --acs-permission-guide-button-background - Background of the main action.
 * @cssproperty --acs-permission-guide-button-color - Text color of the main action.
 *
 * @cssstate idle - Nothing asked yet.
 * @cssstate prompting - The browser's request is pending.
 * @cssstate granted - What is required is granted.
 * @cssstate denied - The user blocked the request.
 * @cssstate denied-persistent - The site is blocked in the browser's settings.
 * @cssstate denied-os - The operating system blocks the browser.
 * @cssstate timed-out - The request expired unanswered.
 * @cssstate in-use - Another app holds the device.
 * @cssstate no-device - No such device.
 * @cssstate problem - Any of the refusals above.
 * @cssstate ready - The page may let the user join (also with `audio-only`).
 *
 * @fires acs-ready - What is required became usable (`ready` turned true).
 * @fires acs-reload - Right before reloading the page; cancelable (the page then reloads itself).
 * @fires acs-error - `askDevicePermission` rejected, or leaving the call failed.
 */
export class AcsPermissionGuide extends AcsDeviceElement {
  static override styles = [baseStyles, permissionGuideStyles];

  /** What must be granted before joining: `audio`, `video` or `both` (default). */
  @property({ reflect: true }) require: MediaRequired = 'both';

  /** Asks as soon as the element is shown (otherwise only when the user presses "Allow"). */
  @property({ type: Boolean }) auto = false;

  /** How long (ms) an unanswered browser prompt is waited for before saying it expired (the browser's is 20 s). */
  @property({ type: Number, attribute: 'prompt-timeout' }) promptTimeout = DEFAULT_PROMPT_TIMEOUT;

  /** Offers "Continue without camera" when only the camera is missing (with `require="both"`). */
  @property({ type: Boolean, attribute: 'allow-audio-only' }) allowAudioOnly = false;

  /** The user chose (or the page decided) to join without the camera: only the microphone is then required. */
  @property({ type: Boolean, reflect: true, attribute: 'audio-only' }) audioOnly = false;

  /** The browser and OS whose steps are shown (detected from the user agent when not set). */
  @property({ attribute: false }) platform?: Platform;

  /**
   * Where the Permissions API and `getUserMedia` come from: by default the SDK capability's (a simulator's
   * `sim.sdk.environment`), else the browser's. For tests and stories that play refusals a real browser cannot be
   * made to produce.
   */
  @property({ attribute: false }) environment?: PermissionEnvironment;

  /** @internal Leaving the call failed. */
  @state() protected leaveError?: AcsErrorDetail;

  readonly #localize = new LocalizeController(this, 'permission-guide', permissionGuideStrings);
  /** Follows the call's state only (for "Leave and reload"). */
  readonly #call = new CallController(this, { events: ['stateChanged'], onInvalid: this.reportInvalidCall });
  readonly #permission = new PermissionController(this, {
    timeout: () => this.promptTimeout,
    onError: errorsOf(this),
  });
  #detected?: Platform;
  #wasReady = false;
  #waiters: (() => void)[] = [];

  /** The media readiness of what is required (reflected as the `status` attribute and as `:state()`). */
  get status(): MediaReadiness {
    return this.#permission.status(this.#required);
  }

  /** Whether what is required is granted: the page may let the user join. */
  get ready(): boolean {
    return this.#permission.isGranted(this.#required);
  }

  /** Resolves once `ready` is true (at once if it already is). */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Asks for what is required (what the "Allow" and "Try again" buttons do). */
  request(): Promise<void> {
    return this.#permission.request(this.#asked);
  }

  /** @internal Listeners held on Permissions API objects and on the call (for leak tests). */
  get listenerCount(): number {
    return this.#permission.listenerCount + this.#call.listenerCount;
  }

  /** What must be granted now. */
  get #required(): MediaRequirement {
    return {
      audio: this.require !== 'video',
      video: this.require !== 'audio' && !(this.audioOnly && this.require === 'both'),
    };
  }

  /** What is asked for: what is required (the camera too in `both`, even after a previous refusal). */
  get #asked(): MediaRequirement {
    return { audio: this.require !== 'video', video: this.require !== 'audio' };
  }

  get #platform(): Platform {
    return this.platform ?? (this.#detected ??= currentPlatform());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#permission.deviceManager = this.activeDeviceManager;
    this.#call.target = this.activeCall;
    this.#permission.environment = this.environment ?? this.activeSdk?.environment ?? browserEnvironment();
  }

  protected override firstUpdated(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    if (this.auto) return this.request();
    // Already allowed: checking shows no prompt, so it is done at once (the device lists fill in). When only one
    // kind is allowed (the camera blocked, the microphone not), that one is checked, so that the guide says the
    // microphone can be used and names only the camera as blocked.
    const asked = this.#asked;
    const granted = await this.#permission.alreadyGranted(asked);
    if (!this.isConnected) return;
    if (granted.audio === !!asked.audio && granted.video === !!asked.video) {
      if (this.status === 'idle') await this.request();
    } else if (granted.audio || granted.video) await this.#permission.request(granted);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.status;
    if (this.getAttribute('status') !== status) this.setAttribute('status', status);
    const ready = this.ready;
    setStates(this.internals, {
      ...Object.fromEntries(MEDIA_READINESS.map((s) => [s, s === status])),
      problem: PROBLEMS.has(status),
      ready,
    });
    if (ready && !this.#wasReady) {
      const event = new AcsReadyEvent(); // (named in the class JSDoc: the manifest cannot infer a subclass's name)
      this.dispatchEvent(event);
      const waiters = this.#waiters;
      this.#waiters = [];
      waiters.forEach((w) => w());
    }
    this.#wasReady = ready;
  }

  #media(kinds: readonly MediaKind[]): string {
    const t = this.#localize;
    const audio = kinds.includes('audio');
    const video = kinds.includes('video');
    return audio && video ? t.term('cameraAndMicrophone') : video ? t.term('camera') : t.term('microphone');
  }

  /** The required kinds that are not granted (or all required ones before asking). */
  get #missing(): MediaKind[] {
    const req = this.#required;
    const kinds = (['audio', 'video'] as const).filter((k) => req[k]);
    const missing = kinds.filter((k) => this.#permission.outcome(k) !== 'granted');
    return missing.length ? missing : kinds;
  }

  get #inCall(): boolean {
    const call = this.activeCall;
    return !!call && !OUT_OF_CALL.has(call.state);
  }

  /** Leaves the call if there is one (`await call.hangUp()`), then reloads (unless `acs-reload` is canceled). */
  async reloadPage(): Promise<void> {
    const call = this.activeCall;
    if (call && this.#inCall) {
      try {
        this.leaveError = undefined;
        await call.hangUp();
      } catch (error) {
        this.leaveError = emitError(this, 'hangUp', error);
        return;
      }
    }
    const event = new AcsReloadEvent();
    if (this.dispatchEvent(event)) this.reload();
  }

  /** @internal Reloads the page (a test overrides it, or cancels `acs-reload`). */
  protected reload(): void {
    location.reload();
  }

  #continueWithoutCamera = () => {
    this.audioOnly = true;
  };

  override render(): TemplateResult {
    const t = this.#localize;
    const status = this.status;
    const missing = this.#missing;
    const media = this.#media(missing);
    const { browser, os } = this.#platform;
    const app = t.term(`app-${browser}`);
    const error = this.#permission.error ?? this.leaveError;
    const [key, guide, retry, reload] = SHOWS[status];
    const message =
      status === 'granted' && this.audioOnly && this.require === 'both'
        ? t.term('audioOnly')
        : (t.term as (k: string, ...a: string[]) => string)(key, media, app);
    const steps = guide ? t.term(`steps-${browser}-${os}-${guide}` satisfies StepKey, media, app).split('\n') : [];
    const links = guide === 'system' && SYSTEM_SETTINGS_LINKS[os];
    const audioOnlyOffer =
      this.allowAudioOnly &&
      this.require === 'both' &&
      !this.audioOnly &&
      this.#permission.outcome('audio') === 'granted' &&
      PROBLEMS.has(this.#permission.outcome('video')) &&
      status !== 'prompting';
    const inCall = this.#inCall;
    const button = (label: string, action: () => unknown, primary?: boolean) =>
      html`<button part="button" class=${primary ? 'primary' : ''} @click=${action}>${label}</button>`;
    const ask = () => this.request();
    const look = status === 'prompting' && this.#permission.promptVisible;
    const allow = this.require === 'audio' ? 'allowAudio' : this.require === 'video' ? 'allowVideo' : 'allowBoth';
    return html`<section part="base" class="base" dir=${t.dir} aria-label=${t.term('region')}>
      <div class="message" part="message">
        ${status === 'granted' ? icon(OK) : PROBLEMS.has(status) ? icon(PROBLEM) : nothing}
        <div role="status">
          <p class="headline">${message}</p>
          ${look ? html`<p>${t.term(os === 'ios' || os === 'android' ? 'lookMobile' : 'lookDesktop')}</p>` : nothing}
        </div>
      </div>
      ${status === 'idle' ? html`<slot></slot>` : status === 'granted' ? html`<slot name="granted"></slot>` : nothing}
      ${
        steps.length
          ? html`<ol part="steps">
              ${steps.map((step) => html`<li>${step}</li>`)}
            </ol>`
          : nothing
      }
      ${
        links
          ? html`<p>
              ${missing.map(
                (kind) =>
                  html`<a part="link" href=${links[kind]}>
                    ${t.term(kind === 'video' ? 'openCameraSettings' : 'openMicrophoneSettings')}
                  </a>`,
              )}
            </p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${status === 'idle' ? button(t.term(allow), ask, true) : nothing}
        ${retry ? button(t.term('tryAgain'), ask, true) : nothing}
        ${reload ? button(t.term(inCall ? 'leaveAndReload' : 'reload'), () => this.reloadPage()) : nothing}
        ${audioOnlyOffer ? button(t.term('continueWithoutCamera'), this.#continueWithoutCamera) : nothing}
      </div>
      ${
        error
          ? html`<p part="error" class="error" role="alert">
              ${error.operation === 'hangUp' ? t.term('hangUpFailed', error.message) : t.term('error', error.message)}
            </p>`
          : nothing
      }
    </section>`;
  }
}
