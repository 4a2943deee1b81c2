import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { callNoticesStyles } from './call-notices.styles.js';
import { CallController } from '../../controllers/call-controller.js';
import { DiagnosticsController, type DiagnosticChange } from '../../controllers/diagnostics-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { errorsOf } from '../../events/acs-error.js';
import { LocalizeController } from '../../i18n/localize.js';
import { callNoticesStrings } from '../../i18n/en/call-notices.js';
import { currentPlatform } from '../permission-guide/detect-platform.js';
import { systemClock, type Clock, type ClockTimer } from '../../clock.js';
import {
  DIAGNOSTIC_NOTICES,
  noticeMessage,
  type DiagnosticNotice,
  type NoticeAction,
  type NoticePlatform,
} from './diagnostic-notices.js';
import { cameraCommand, cameraStreamOf } from '../../controllers/video-commands.js';
import type { Call, DiagnosticName } from '../../sdk/index.js';

export * from './diagnostic-notices.js';

/** A problem being told. */
interface Notice {
  readonly name: DiagnosticName;
  readonly row: DiagnosticNotice;
  /** Order of arrival (newest first). */
  readonly seq: number;
  dismissed: boolean;
  /** The diagnostic is Good again, but what it stopped is not back yet (see `DiagnosticNotice.until`). */
  cleared?: boolean;
}

/** A short "recovered" notice, until its timer runs out. */
interface Recovery {
  readonly name: DiagnosticName;
  readonly seq: number;
  readonly timer: ClockTimer;
}

const isBad = (value: unknown): boolean => value === true || (typeof value === 'number' && value > 1);

/**
 * Tells the user, in plain words, every problem the SDK's user-facing diagnostics report during a call (a microphone
 * muted by a phone call, a frozen camera, no network ...), with the action that fixes it where there is one
 * (unmute, restart video, try the camera again, and links to choose another device, allow access or check the
 * network), and a short "works again" notice when the diagnostic returns to Good.
 *
 * The diagnostic -> message -> action table is `DIAGNOSTIC_NOTICES`. After an interruption, the recovery it
 * suggests fits the platform: on iOS a phone call or Siri takes the microphone and the camera and the user must
 * unmute and restart video; on Android restart video; on a desktop it recovers by itself.
 *
 * Notices do not flood: one per diagnostic, errors first then the newest, at most `max` shown (the rest behind
 * "Show more"); a dismissed notice stays dismissed until its problem goes away and comes back. Problems are
 * alerts; recoveries are polite status messages.
 *
 * @summary Plain-language notices for the call's diagnostics, with recovery actions, deduplicated and capped.
 * @tagname acs-call-notices
 *
 * @csspart base - The wrapper (a region).
 * @csspart list - The list of notices.
 * @csspart notice - Each notice (also `notice-error` or `notice-warning`).
 * @csspart message - The text of a notice.
 * @csspart action - A notice's recovery action (a button, or a link with the `*-href` attributes).
 * @csspart dismiss - A notice's dismiss button.
 * @csspart more - "Show more" / "Show fewer".
 * @csspart recovered - A short "works again" notice.
 *
 * @cssproperty --acs-call-notices-background - Background of a notice.
 * @cssproperty --acs-call-notices-color - Text color of a notice.
 * @cssproperty --acs-call-notices-error-color - Accent (border) color of an error.
 * @cssproperty --acs-call-notices-warning-color - Accent (border) color of a warning.
 * @cssproperty --acs-call-notices-success-color - Accent (border) color of a recovery.
 * @cssproperty --acs-call-notices-radius - Corner radius of a notice.
 *
 * @cssstate active - At least one problem is being told.
 * @cssstate error - At least one error (not only warnings) is being told.
 * @cssstate recovered - A "works again" notice is shown.
 *
 * @fires acs-error - A recovery action failed (`operation`: `unmute`, `startVideo`, `stopVideo`).
 */
export class AcsCallNotices extends AcsDeviceElement {
  static override styles = [baseStyles, callNoticesStyles];

  /** How many notices are shown at most (the others behind "Show more"). */
  @property({ type: Number }) max = 3;

  /** The platform whose recovery steps are told (`ios`, `android`, `desktop`); detected when not set. */
  @property() platform?: NoticePlatform;

  /** How long a "works again" notice stays, in milliseconds. */
  @property({ type: Number, attribute: 'recovered-duration' }) recoveredDuration = 6000;

  /** URL of the permission guide (or `#id` of an `<acs-permission-guide>`): the "How to allow access" link. */
  @property({ attribute: 'guide-href' }) guideHref?: string;

  /** URL (or `#id`) of the device settings (e.g. an `<acs-device-picker>`): the "Choose another device" link. */
  @property({ attribute: 'devices-href' }) devicesHref?: string;

  /** URL of a page that helps with the network: the "How to check your connection" link. */
  @property({ attribute: 'network-help-href' }) networkHelpHref?: string;

  /** The clock recovery notices expire by (default the system's; tests use a virtual one). */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** @internal Every notice is shown ("Show more"). */
  @state() protected expanded = false;

  readonly #t = new LocalizeController(this, 'call-notices', callNoticesStrings);
  // The call's state, and what an interruption's notice waits for: unmuted, video on.
  readonly #call = new CallController(this, {
    events: ['stateChanged', 'isMutedChanged', 'localVideoStreamsUpdated'],
    onInvalid: this.reportInvalidCall,
  });
  readonly #diagnostics = new DiagnosticsController(this, (change) => this.#changed(change));
  readonly #action = new AsyncActionController(this, errorsOf(this));
  readonly #notices = new Map<DiagnosticName, Notice>();
  readonly #recoveries = new Map<DiagnosticName, Recovery>();
  #seq = 0;
  #lastCall?: Call;
  /** The notice whose action failed last (its failure is said in that notice, while it is shown). */
  #failed?: DiagnosticName;
  /** The last action was to start video without a camera to start it with. */
  #noCamera = false;

  /** The diagnostics being told now (dismissed ones included), newest first. */
  get active(): DiagnosticName[] {
    return this.#sorted().map((n) => n.name);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearRecoveries();
  }

  /**
   * Hides a notice until its problem goes away and comes back. Focus, when it was in the notice, moves to the next
   * notice (or the region), not to the page's start.
   */
  dismiss(name: DiagnosticName): void {
    const notice = this.#notices.get(name);
    if (notice) notice.dismissed = true;
    this.#forgetRecovery(name);
    const item = this.renderRoot.querySelector(`#notice-${name}`);
    const hadFocus = !!item && item.contains(this.shadowRoot!.activeElement);
    const next = item?.nextElementSibling ?? item?.previousElementSibling;
    this.requestUpdate();
    if (hadFocus)
      void this.updateComplete.then(() =>
        (
          next?.querySelector<HTMLElement>('[part="dismiss"]') ?? this.renderRoot.querySelector<HTMLElement>('.base')
        )?.focus(),
      );
  }

  #changed({ diagnostic, value }: DiagnosticChange): void {
    const name = diagnostic as DiagnosticName;
    const row: DiagnosticNotice | undefined = DIAGNOSTIC_NOTICES[name];
    if (!row) return;
    if (isBad(value)) {
      // Already told (Poor to Bad, say): no new notice, and a dismissal holds.
      const told = this.#notices.get(name);
      if (told) told.cleared = false;
      else this.#notices.set(name, { name, row, seq: ++this.#seq, dismissed: false });
      this.#forgetRecovery(name);
    } else {
      const notice = this.#notices.get(name);
      if (!notice) return;
      // The microphone still muted, the camera still off: the notice and its action stay until they are back.
      if (row.until && !this.#isBack(row)) notice.cleared = true;
      else this.#recovered(name);
    }
  }

  /** Whether what an interruption stopped is back (unmuted, video on). */
  #isBack(row: DiagnosticNotice): boolean {
    const call = this.activeCall;
    return row.until === 'unmuted' ? !call?.isMuted : !!cameraStreamOf(call);
  }

  /** The problem is over: its notice goes and (when the table says one) a short "works again" notice comes. */
  #recovered(name: DiagnosticName): void {
    this.#notices.delete(name);
    if (this.#failed === name) this.#failed = undefined;
    this.#forgetRecovery(name);
    const recovered = DIAGNOSTIC_NOTICES[name].recovered;
    if (!recovered) return;
    const timer = this.clock.setTimeout(() => {
      this.#recoveries.delete(name);
      this.requestUpdate();
    }, this.recoveredDuration);
    this.#recoveries.set(name, { name, seq: ++this.#seq, timer });
  }

  #forgetRecovery(name: DiagnosticName): void {
    const recovery = this.#recoveries.get(name);
    if (recovery) this.clock.clearTimeout(recovery.timer);
    this.#recoveries.delete(name);
  }

  #clearRecoveries(): void {
    for (const name of [...this.#recoveries.keys()]) this.#forgetRecovery(name);
  }

  /** Errors first, then the newest. */
  #sorted(): Notice[] {
    const rank = (n: Notice) => (n.row.severity === 'error' ? 0 : 1);
    return [...this.#notices.values()].sort((a, b) => rank(a) - rank(b) || b.seq - a.seq);
  }

  get #platform(): NoticePlatform {
    if (this.platform === 'ios' || this.platform === 'android' || this.platform === 'desktop') return this.platform;
    const os = currentPlatform().os;
    return os === 'ios' || os === 'android' ? os : 'desktop';
  }

  /** Runs a notice's recovery action on the call. */
  async #act(name: DiagnosticName, action: NoticeAction): Promise<void> {
    const call = this.activeCall;
    if (!call) return;
    this.#failed = name;
    this.#noCamera = false;
    if (action === 'unmute') {
      if (await this.#action.run('unmute', () => call.unmute())) this.#failed = undefined;
      return;
    }
    const sdk = this.activeSdk;
    const cameras = (await this.activeDeviceManager?.getCameras().catch(() => [])) ?? [];
    const chosen = this.localMedia?.camera;
    const camera = cameras.find((c) => c.id === chosen?.id) ?? cameras.find((c) => !c.id.endsWith(':'));
    // A frozen camera is restarted (stopped, then started); a stopped one is started. One camera command at a time
    // with every other element (the camera button's "Restart video" may be clicked too).
    const kind = cameraStreamOf(call) ? 'restart' : 'start';
    this.#noCamera = !camera;
    if (await this.#action.run('startVideo', () => cameraCommand(call, kind, sdk, camera))) this.#failed = undefined;
  }

  #renderAction(
    name: DiagnosticName,
    action: NoticeAction | undefined,
    described: string,
  ): TemplateResult | typeof nothing {
    const t = this.#t;
    if (!action) return nothing;
    const href =
      action === 'pickDevice'
        ? this.devicesHref
        : action === 'permissionGuide'
          ? this.guideHref
          : action === 'checkNetwork'
            ? this.networkHelpHref
            : undefined;
    if (action === 'pickDevice' || action === 'permissionGuide' || action === 'checkNetwork') {
      return href ? html`<a part="action" href=${href} aria-describedby=${described}>${t.term(action)}</a>` : nothing;
    }
    return html`<button
      part="action"
      aria-describedby=${described}
      aria-disabled=${!!this.#action.pending}
      @click=${() => !this.#action.pending && this.#act(name, action)}
    >
      ${t.term(action)}
    </button>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const call = this.activeCall;
    this.#call.target = call;
    this.#diagnostics.set(call, this.activeSdk);
    const ended = !call || call.state === 'Disconnected';
    if (call !== this.#lastCall || ended) {
      // Another call (or none, or it ended): its problems are not this one's.
      this.#notices.clear();
      this.#clearRecoveries();
      this.#failed = undefined;
      if (!ended) {
        for (const [name, row] of Object.entries(DIAGNOSTIC_NOTICES) as [DiagnosticName, DiagnosticNotice][]) {
          if (isBad(this.#diagnostics.latest(row.kind as 'media', name as 'cameraFreeze')))
            this.#notices.set(name, { name, row, seq: ++this.#seq, dismissed: false });
        }
      }
    }
    this.#lastCall = call;
    // An interruption's notice whose media came back (the user unmuted, or restarted video) is over.
    for (const notice of [...this.#notices.values()])
      if (notice.cleared && this.#isBack(notice.row)) this.#recovered(notice.name);
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const platform = this.#platform;
    const visible = this.#sorted().filter((n) => !n.dismissed);
    const max = Math.max(1, Math.floor(this.max) || 3);
    const shown = this.expanded ? visible : visible.slice(0, max);
    const hidden = visible.length - shown.length;
    const recoveries = [...this.#recoveries.values()].sort((a, b) => b.seq - a.seq);
    const failed = this.#action.error && this.#failed;
    setStates(this.internals, {
      active: visible.length > 0,
      error: visible.some((n) => n.row.severity === 'error'),
      recovered: recoveries.length > 0,
    });
    return html`<section part="base" class="base" dir=${t.dir} aria-label=${t.term('region')} tabindex="-1">
      <ul part="list" class="list" role="list">
        ${repeat(
          shown,
          (n) => n.name,
          (n) =>
            html`<li id="notice-${n.name}" part="notice notice-${n.row.severity}" class="notice ${n.row.severity}">
              <p part="message" id="message-${n.name}" role="alert">${t.term(noticeMessage(n.row, platform))}</p>
              ${failed === n.name ? html`<p class="failed" role="alert">${t.term(this.#noCamera ? 'noCameraToRestart' : 'actionFailed')}</p>` : nothing}
              <div class="actions">
                ${this.#renderAction(n.name, n.row.action, `message-${n.name}`)}
                <button part="dismiss" aria-describedby="message-${n.name}" @click=${() => this.dismiss(n.name)}>
                  ${t.term('dismiss')}
                </button>
              </div>
            </li>`,
        )}
      </ul>
      ${
        hidden > 0 || this.expanded
          ? visible.length > max
            ? html`<button
                part="more"
                class="more"
                aria-expanded=${this.expanded}
                @click=${() => (this.expanded = !this.expanded)}
              >
                ${this.expanded ? t.term('fewer') : t.term('more', hidden)}
              </button>`
            : nothing
          : nothing
      }
      <div role="status" class="recoveries">
        ${recoveries.map(
          (r) =>
            html`<p part="recovered" class="notice recovered">
              ${t.term(DIAGNOSTIC_NOTICES[r.name].recovered as 'recoveredNetwork')}
            </p>`,
        )}
      </div>
    </section>`;
  }
}
