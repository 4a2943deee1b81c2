import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { setStates } from '../shared/acs-element.js';
import { controlStyles, ICONS, renderControl } from '../shared/control.js';
import { baseStyles } from '../../styles/shared.js';
import { CallController } from '../../controllers/call-controller.js';
import { DiagnosticsController } from '../../controllers/diagnostics-controller.js';
import { CapabilitiesController } from '../../controllers/capabilities-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { DeviceManagerController } from '../../controllers/device-manager-controller.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { PermissionStatusController, browserEnvironment } from '../../controllers/permission-status-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { cameraButtonStrings } from '../../i18n/en/camera-button.js';
import type { LocalMedia } from '../../context/local-media.js';
import { cameraCommand, cameraStreamOf as cameraStream } from '../../controllers/video-commands.js';
import type { Call, CallState, VideoDeviceInfo } from '../../sdk/index.js';

/**
 * The call states in which video can be turned on or off: with media (EarlyMedia, Connected), on hold (the choice
 * is kept for the resume) and in a lobby (the user prepares while waiting).
 */
export const VIDEO_STATES: ReadonlySet<string> = new Set<CallState>([
  'EarlyMedia',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
]);

/** What to do when the page goes to the background with the camera on. */
export type BackgroundVideo = 'keep' | 'stop';

/** Why video went off without the user asking. */
type Interruption = 'system' | 'background';

/**
 * Turns the camera on and off: in a call with the SDK's `startVideo` / `stopVideo`, before a call as a preview
 * that the call starts with (shown by `<acs-video-grid>` as the local tile). It shows what the SDK says
 * (`localVideoStreams`), never its own flag.
 *
 * Video starts with the camera chosen in `<acs-device-picker>` (shared through `<acs-call-provider>`), else the
 * first camera. When the camera is stopped without the user asking (the SDK's `cameraStoppedUnexpectedly`, an OS
 * that takes the camera away, or the page sent to the background on a phone), it says so and offers to restart
 * video with one tap. `background="stop"` stops the camera itself when the page is hidden, to be certain it is
 * off; the default leaves that to the OS (a desktop browser keeps sending video).
 *
 * @summary Turn the camera on or off, in a call or before it, with no-camera, permission and stopped-by-the-system
 *   states.
 * @tagname acs-camera-button
 *
 * @slot icon - Replaces the icon (e.g. an `<svg>` of the page's icon set; style its states with `:state()`).
 *
 * @csspart base - The wrapper.
 * @csspart button - The `<button>`; its label says what a click does ("Turn camera on" / "Turn camera off").
 * @csspart icon - The camera icon (struck through while the camera is off).
 * @csspart label - The visible label (hidden with `label-hidden`).
 * @csspart tooltip - The label shown over an icon-only button (`label-hidden`) on hover and keyboard focus;
 *   Escape hides it.
 * @csspart hint - Why the button is unavailable, or what happened (stopped by the system, paused in the background).
 * @csspart restart - The "Restart video" button offered after an interruption.
 * @csspart guide - The link to the permission guide (with `guide-href`).
 * @csspart error - A failed start or stop.
 *
 * @cssproperty --acs-control-size - Minimum width and height of the button (every control).
 * @cssproperty --acs-control-background - Background while off.
 * @cssproperty --acs-control-color - Icon and text color while off.
 * @cssproperty --acs-control-background-on - Background while the camera is on.
 * @cssproperty --acs-control-color-on - Icon and text color while the camera is on.
 * @cssproperty --acs-control-border-color - Border color.
 * @cssproperty --acs-control-radius - Corner radius.
 * @cssproperty --acs-control-hint-color - Hint text color.
 *
 * @cssstate on - The camera is on (in the call, or as the preview before it).
 * @cssstate pending - Turning the camera on or off.
 * @cssstate disabled - The button does nothing now (see the hint).
 * @cssstate needs-permission - The site may not use the camera yet: a click asks the browser first.
 * @cssstate no-camera - There is no camera.
 * @cssstate permission-denied - Camera access is blocked.
 * @cssstate not-allowed - The call does not allow video (capability `turnVideoOn`).
 * @cssstate stopped-by-system - The camera was stopped without the user asking; restart is offered.
 * @cssstate paused-in-background - Video was stopped while the page was hidden; restart is offered.
 * @cssstate preview - The camera is on before a call (the call will start with it).
 * @cssstate error - The last start or stop failed.
 *
 * @fires acs-error - Starting or stopping video failed (`operation`: `startVideo`, `stopVideo`).
 */
export class AcsCameraButton extends AcsDeviceElement {
  static override styles = [baseStyles, controlStyles];

  /** Hides the visible label (the button keeps its accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'label-hidden' }) labelHidden = false;

  /** URL of the page (or `#id` of the `<acs-permission-guide>`) that explains how to allow the camera. */
  @property({ attribute: 'guide-href' }) guideHref?: string;

  /**
   * With the camera on and the page sent to the background: `keep` (default) leaves it to the browser and the OS
   * (phones stop the camera; the button then offers to restart it), `stop` turns video off at once, to be certain
   * the camera is off while the user is away.
   */
  @property() background: BackgroundVideo = 'keep';

  readonly #t = new LocalizeController(this, 'camera-button', cameraButtonStrings);
  readonly #call = new CallController(this, {
    events: ['stateChanged', 'isLocalVideoStartedChanged', 'localVideoStreamsUpdated'],
    onInvalid: this.reportInvalidCall,
  });
  readonly #devices = new DeviceManagerController(this, { error: errorsOf(this) });
  readonly #media = new SubscriptionController<LocalMedia, 'changed'>(this, { events: ['changed'] });
  readonly #diagnostics = new DiagnosticsController(this);
  readonly #capabilities = new CapabilitiesController(this);
  readonly #action = new AsyncActionController(this, errorsOf(this));
  readonly #permission = new PermissionStatusController(this, { kinds: ['video'] });
  /** Why video went off without the user asking, until it is on again or the user acts. */
  #interrupted?: Interruption;
  /** Whether video was on at the last update (on to off while the page is hidden is a pause in the background). */
  #wasOn = false;
  /** The call of the last update. */
  #lastCall?: Call;
  /** The page was hidden with video on. */
  #hiddenWithVideo = false;
  /** The call the last command was for: its error is shown only while that call is shown. */
  #commanded?: Call;

  readonly #visibility = (event: Event) => {
    const hidden = event.type === 'pagehide' || (event.type !== 'pageshow' && document.visibilityState === 'hidden');
    if (hidden && this.videoOn) {
      this.#hiddenWithVideo = true;
      if (this.background === 'stop') void this.#stop('background');
    } else if (!hidden && this.#hiddenWithVideo) {
      this.#hiddenWithVideo = false;
      if (!this.videoOn) this.#interrupted ??= 'background';
    }
    this.requestUpdate();
  };

  /** Whether the camera is on: the call's camera stream (from the SDK), or the preview before a call. */
  get videoOn(): boolean {
    const call = this.#target;
    return call ? !!cameraStream(call) : !!this.localMedia?.preview;
  }

  /**
   * The call the button acts on: the call, except one that ended inside a provider, after which the button turns
   * the preview for the next call on and off (a rejoin starts with it).
   */
  get #target(): Call | undefined {
    const call = this.activeCall;
    return call?.state === 'Disconnected' && this.localMedia ? undefined : call;
  }

  /** The camera video starts with: the one chosen in the device picker, else the first one. */
  get camera(): VideoDeviceInfo | undefined {
    const cameras = this.#devices.cameras;
    const chosen = this.localMedia?.camera;
    return cameras.find((c) => c.id === chosen?.id) ?? cameras[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#visibility);
    window.addEventListener('pagehide', this.#visibility);
    window.addEventListener('pageshow', this.#visibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#visibility);
    window.removeEventListener('pagehide', this.#visibility);
    window.removeEventListener('pageshow', this.#visibility);
  }

  /**
   * Turns the camera on or off, as the SDK says it is now. Does nothing while a command is in flight, when the call
   * state does not allow it, or (turning on) without a camera, with the camera blocked, or when the call does not
   * allow video. Before the camera may be used, it asks the browser first (`askDevicePermission`). Resolves `true`
   * when it was done.
   */
  async toggle(): Promise<boolean> {
    if (this.#action.pending) return false;
    const why = this.#why();
    if (why === 'needPermission') return this.#askThenStart();
    if (why) return false;
    return this.videoOn ? this.#stop() : this.#start();
  }

  async #start(): Promise<boolean> {
    const call = this.#target;
    const sdk = this.activeSdk;
    const camera = this.camera;
    if (!sdk || !camera) return false;
    this.#interrupted = undefined;
    if (!call) {
      this.localMedia!.startPreview(sdk, camera);
      return true;
    }
    this.#commanded = call;
    return this.#action.run('startVideo', () => cameraCommand(call, 'start', sdk, camera));
  }

  /** The site may not use the camera yet: asks the browser (its prompt), then starts with the camera it gives. */
  async #askThenStart(): Promise<boolean> {
    const dm = this.activeDeviceManager;
    if (!dm) return false;
    const asked = await this.#action.run('askDevicePermission', () =>
      dm.askDevicePermission({ audio: false, video: true }),
    );
    if (!asked) return false;
    await this.#devices.refresh();
    return !this.#why() && this.#start();
  }

  /** Turns video off (`interruption`: not the user's doing, e.g. the page went to the background). */
  async #stop(interruption?: Interruption): Promise<boolean> {
    const call = this.#target;
    this.#interrupted = interruption;
    if (!call) {
      this.localMedia?.stopPreview();
      return true;
    }
    this.#commanded = call;
    return this.#action.run('stopVideo', () => cameraCommand(call, 'stop'));
  }

  /** Why the button does nothing now (a string key), or nothing when it works. */
  #why(): keyof typeof cameraButtonStrings | undefined {
    const call = this.#target;
    if (call?.state === 'Disconnected' || call?.state === 'Disconnecting') return 'ended';
    if (call ? !VIDEO_STATES.has(call.state) : !this.localMedia || !this.activeSdk) return 'unavailable';
    if (this.videoOn) return undefined;
    if (call && !this.#capabilities.allows('turnVideoOn')) return 'notAllowed';
    if (this.#permission.state('video') === 'denied') return 'denied';
    if (this.#devices.awaitingPermission.camera) return 'needPermission';
    if (!this.#devices.target) return 'unavailable';
    if (!this.#devices.listed) return 'checking';
    if (!this.#devices.cameras.length) return 'noCamera';
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const call = this.#target;
    const sdk = this.activeSdk;
    this.#call.target = this.activeCall;
    this.#devices.target = this.activeDeviceManager;
    this.#media.target = this.localMedia;
    this.#diagnostics.set(call, sdk);
    this.#capabilities.set(call, sdk);
    this.#permission.environment = sdk?.environment ?? browserEnvironment();
    const on = this.videoOn;
    if (call !== this.#lastCall) {
      this.#interrupted = undefined;
      this.#wasOn = on;
    } else if (this.#wasOn && !on && call && VIDEO_STATES.has(call.state) && this.#hiddenWithVideo) {
      // Off while the page is hidden: the OS paused the camera in the background. (Off while the page is shown
      // may be the page's own doing, or another element's: only the SDK's diagnostic says the system did it.)
      this.#interrupted ??= 'background';
    }
    if (on) this.#interrupted = undefined;
    else if (call && VIDEO_STATES.has(call.state) && this.#diagnostics.isBad('media', 'cameraStoppedUnexpectedly')) {
      this.#interrupted ??= 'system';
    }
    if (call && !VIDEO_STATES.has(call.state)) this.#interrupted = undefined;
    this.#wasOn = on;
    this.#lastCall = call;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const call = this.#target;
    const on = this.videoOn;
    const why = this.#why();
    const pending = !!this.#action.pending;
    const error = this.#commanded === call && call?.state !== 'Disconnected' ? this.#action.error : undefined;
    const interrupted = this.#interrupted;
    const denied = why === 'denied';
    // Before the site may use the camera, a click asks the browser: the button works, and says so.
    const disabled = !!why && why !== 'needPermission';
    setStates(this.internals, {
      on,
      pending,
      disabled,
      'needs-permission': why === 'needPermission',
      'no-camera': why === 'noCamera',
      'permission-denied': denied,
      'not-allowed': why === 'notAllowed',
      'stopped-by-system': interrupted === 'system',
      'paused-in-background': interrupted === 'background',
      preview: on && !call,
      error: !!error,
    });
    const hint = why
      ? t.term(why)
      : interrupted
        ? t.term(interrupted === 'system' ? 'stoppedBySystem' : 'pausedInBackground')
        : on && !call
          ? t.term('previewOn')
          : '';
    const after =
      interrupted && !why
        ? html`<div class="actions">
            <button part="restart" @click=${this.toggle}>${t.term('restart')}</button>
          </div>`
        : denied && this.guideHref
          ? html`<a part="guide" href=${this.guideHref}>${t.term('guide')}</a>`
          : nothing;
    return renderControl(
      {
        label: t.term(on ? 'turnOff' : 'turnOn'),
        icon: on ? ICONS.camera : ICONS.cameraOff,
        disabled,
        pending,
        hint,
        error: error ? t.term(error.operation === 'stopVideo' ? 'stopVideo' : 'startVideo') : undefined,
        labelHidden: this.labelHidden,
      },
      this.toggle,
      t.dir,
      after,
    );
  }
}
