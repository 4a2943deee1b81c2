import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { spinnerStyles } from '../../styles/spinner.js';
import { callLobbyStyles } from './call-lobby.styles.js';
import { joiningContext, type CallJoining } from '../../context/index.js';
import type { LocalMedia } from '../../context/local-media.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { PermissionStatusController, browserEnvironment } from '../../controllers/permission-status-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callLobbyStrings } from '../../i18n/en/call-lobby.js';

/** Where the lobby stands, as its readiness line says it (and its custom state). */
export type LobbyReadiness = 'preparing' | 'failed' | 'microphoneBlocked' | 'askMicrophone' | 'nothingToJoin' | 'ready';

/**
 * Everything before a call, on one panel: a preview of the camera (on or off with the camera button), the
 * permission guide, the device lists with a microphone level, a line that says whether everything is ready, and
 * the join button. It paints at once: nothing in it waits for the SDK, which the provider loads meanwhile (the
 * readiness line says so).
 *
 * Each part can be replaced through its slot. The elements inside follow the enclosing `<acs-call-provider>`:
 * the camera turned on here joins the call with it, and the devices chosen here are the call's.
 *
 * @summary The pre-call lobby: camera preview, permissions, devices with a level meter, readiness, join.
 * @tagname acs-call-lobby
 *
 * @slot heading - Replaces the heading ("Get ready to join").
 * @slot preview - Replaces the camera preview.
 * @slot guide - Replaces the permission guide.
 * @slot devices - Replaces the device lists.
 * @slot join - Replaces the join button.
 * @slot - Extra content after the join button (e.g. the visit's terms).
 *
 * @csspart base - The lobby.
 * @csspart heading - The heading.
 * @csspart preview - The preview's frame (16:9).
 * @csspart camera-off - What the preview shows while the camera is off.
 * @csspart settings - The column of permissions, devices, readiness and join.
 * @csspart readiness - The line that says whether everything is ready (a live region).
 *
 * @cssproperty --acs-call-lobby-gap - Space between the parts.
 * @cssproperty --acs-call-lobby-max-width - The lobby's largest width (it is centred in a wider container).
 * @cssproperty --acs-call-lobby-preview-background - Background of the preview while the camera is off.
 * @cssproperty --acs-call-lobby-preview-radius - Corner radius of the preview.
 *
 * @cssstate preparing - The SDK is loading, or the token is being fetched.
 * @cssstate ready - Everything is ready to join.
 * @cssstate blocked - The microphone is blocked.
 * @cssstate failed - Preparing the call failed.
 * @cssstate camera-on - The camera is on (the preview shows it).
 */
export class AcsCallLobby extends AcsDeviceElement {
  static override styles = [baseStyles, spinnerStyles, callLobbyStyles];

  /** The level of the heading (`aria-level`), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */
  @consume({ context: joiningContext, subscribe: true })
  @state()
  protected joining?: CallJoining;

  readonly #t = new LocalizeController(this, 'call-lobby', callLobbyStrings);
  readonly #permission = new PermissionStatusController(this, { kinds: ['audio'] });
  // The preview turned on or off (by the camera button, or the provider when the call starts).
  readonly #media = new SubscriptionController<LocalMedia, 'changed'>(this, { events: ['changed'] });

  /** Where the lobby stands (what its readiness line says). */
  get readiness(): LobbyReadiness {
    const j = this.joining;
    if (!j || !j.configured) return 'nothingToJoin';
    if (j.preparing) return 'preparing';
    if (j.failed) return 'failed';
    const mic = this.#permission.state('audio');
    if (mic === 'denied') return 'microphoneBlocked';
    if (mic === 'prompt') return 'askMicrophone';
    return 'ready';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#permission.environment = this.activeSdk?.environment ?? browserEnvironment();
    this.#media.target = this.localMedia;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const readiness = this.readiness;
    const cameraOn = !!this.localMedia?.preview;
    setStates(this.internals, {
      preparing: readiness === 'preparing',
      ready: readiness === 'ready',
      blocked: readiness === 'microphoneBlocked',
      failed: readiness === 'failed',
      'camera-on': cameraOn,
    });
    const level = Number.isInteger(this.headingLevel) && this.headingLevel > 0 ? this.headingLevel : 2;
    return html`<section part="base" class="base" dir=${t.dir} aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${level}>
        <slot name="heading">${t.term('heading')}</slot>
      </div>
      <div class="columns">
        <div class="media">
          <div class="preview" part="preview">
            <slot name="preview">
              ${
                cameraOn
                  ? html`<acs-video-grid></acs-video-grid>`
                  : html`<p class="camera-off" part="camera-off">${t.term('cameraOff')}</p>`
              }
            </slot>
          </div>
          <acs-camera-button></acs-camera-button>
        </div>
        <div class="settings" part="settings">
          <slot name="guide"><acs-permission-guide allow-audio-only></acs-permission-guide></slot>
          <slot name="devices"><acs-device-picker meter></acs-device-picker></slot>
          <p class="readiness" part="readiness" role="status">
            ${readiness === 'preparing' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
            ${t.term(readiness)}
          </p>
          <slot name="join"><acs-join-button></acs-join-button></slot>
          <slot></slot>
        </div>
      </div>
    </section>`;
  }
}
