import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AcsDeviceElement } from '../shared/acs-device-element.js';
import { setStates } from '../shared/acs-element.js';
import { reportInvalidAttribute } from '../shared/input-check.js';
import { emitError, errorsOf } from '../../events/acs-error.js';
import { baseStyles } from '../../styles/shared.js';
import { devicePickerStyles } from './device-picker.styles.js';
import { DeviceManagerController } from '../../controllers/device-manager-controller.js';
import { disposeQuietly, shownMirrored } from '../../controllers/video-renderer-controller.js';
import type { DevicesUpdated } from '../../controllers/device-manager-controller.js';
import { CallController } from '../../controllers/call-controller.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { CapabilitiesController } from '../../controllers/capabilities-controller.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { LocalMedia } from '../../context/local-media.js';
import { devicePickerStrings } from '../../i18n/en/device-picker.js';
import type {
  AudioDeviceInfo,
  LocalAudioStream,
  LocalVideoStream,
  VideoDeviceInfo,
  VideoStreamRendererLike,
  Volume,
} from '../../sdk/index.js';

/** The three device lists. */
export type DeviceKind = 'camera' | 'microphone' | 'speaker';
type Device = VideoDeviceInfo | AudioDeviceInfo;
/** What is remembered of a choice: matched by id, then by name (ids change across browsers and sessions). */
type Remembered = Partial<Record<DeviceKind, { id: string; name: string }>>;

/** The SDK operation that applies a choice, per kind (also the `operation` of `acs-error`). */
const OPERATION: Record<DeviceKind, string> = {
  camera: 'switchSource',
  microphone: 'selectMicrophone',
  speaker: 'selectSpeaker',
};

/**
 * Lists cameras, microphones and speakers, applies a choice through the SDK, follows hot-plug live (falls back
 * when the device in use disappears, offers a newly plugged one) and remembers the choice across visits.
 *
 * The selected microphone and speaker are always the SDK's (`deviceManager.selectedMicrophone/Speaker`). The
 * camera is the source of the call's local video stream in a call, else of the preview stream, else the choice
 * made here (exposed as `selectedCamera`, for the page or a camera button to start video with).
 *
 * The level meter never opens a stream of its own (a second `getUserMedia` interferes with the SDK's, see the
 * checklist §1): in a call it reads the call's `localAudioStreams[0].getVolume()`; before a call it needs the
 * SDK's `LocalAudioStream` (the real SDK module has it) and is hidden otherwise.
 *
 * @summary Camera, microphone and speaker selection, live on hot-plug, remembered across visits.
 * @tagname acs-device-picker
 *
 * @slot permission - Shown while the camera or the microphone may not be used yet (before permission, or one kind
 *   refused), e.g. an `<acs-permission-guide>`.
 *
 * @csspart base - The wrapper.
 * @csspart label - The label of each list.
 * @csspart select - Each `<select>`.
 * @csspart hint - Texts that explain: before permission, a camera or microphone that needs access or is missing,
 *   no speaker selection.
 * @csspart preview - The camera preview container.
 * @csspart meter - The microphone level meter.
 * @csspart notice - The live region (fallback after a device disappeared, newly plugged device).
 * @csspart button - The buttons of a notice.
 * @csspart error - A failure to list or select.
 *
 * @cssproperty --acs-device-picker-gap - Space between the lists.
 * @cssproperty --acs-device-picker-field-background - Background of the lists.
 * @cssproperty --acs-device-picker-preview-radius - Corner radius of the preview.
 *
 * @cssstate no-permission - No device can be listed yet (permission not granted).
 * @cssstate no-devices - No camera and no microphone is connected.
 * @cssstate pending - A choice is being applied.
 * @cssstate error - The last listing or choice failed.
 *
 * @fires change - A choice was applied (`selectedCamera`, or the SDK's selection, has changed).
 * @fires acs-error - Listing or applying a device failed.
 */
export class AcsDevicePicker extends AcsDeviceElement {
  static override styles = [baseStyles, devicePickerStyles];

  /** The `localStorage` key under which the choices are remembered. */
  @property({ attribute: 'storage-key' }) storageKey = 'acs-device-picker';

  /** Shows a live preview of the selected camera (before a call). */
  @property({ type: Boolean }) preview = false;

  /** Shows a microphone level meter. */
  @property({ type: Boolean }) meter = false;

  /**
   * The lists shown, separated by spaces: `camera`, `microphone`, `speaker` (default: all three). A split button
   * beside the mute button shows `microphone speaker`.
   */
  @property() kinds = 'camera microphone speaker';

  /** @internal The camera chosen while no video stream exists (the SDK has no "selected camera"). */
  @state() protected cameraId?: string;

  /** @internal What the live region says. */
  @state() protected notice = '';

  /** @internal A newly plugged device offered to the user. */
  @state() protected offer?: [DeviceKind, Device];

  readonly #t = new LocalizeController(this, 'device-picker', devicePickerStrings);
  // Device updates are queued: a refresh started by a later event supersedes an earlier one's, and then runs
  // every queued update.
  readonly #devices = new DeviceManagerController(this, {
    updated: (event, change) => {
      const last = { ...this.#last };
      this.#updates.push(() => this.#onUpdated(event, change, last));
      return () => this.#updates.splice(0).forEach((f) => f());
    },
    error: errorsOf(this),
  });
  readonly #call = new CallController(this, {
    events: ['stateChanged', 'localVideoStreamsUpdated', 'localAudioStreamsUpdated'],
    onInvalid: this.reportInvalidCall,
  });
  readonly #caps = new CapabilitiesController(this);
  // A camera chosen elsewhere (another picker of the same provider) is shown here.
  readonly #media = new SubscriptionController<LocalMedia, 'changed'>(this, { events: ['changed'] });
  readonly #action = new AsyncActionController(this, errorsOf(this));
  // The microphone level (in a call, or from the picker's own audio stream before one).
  readonly #level = new SubscriptionController<Volume, 'levelChanged'>(this, { events: ['levelChanged'] });
  /** The selection of each kind at the last render: tells which device an `*Updated` event took away. */
  #last: Partial<Record<DeviceKind, string>> = {};
  /** Device list changes waiting for the lists to be fetched again. */
  #updates: (() => void)[] = [];
  /** The last fallback of each kind (what the notice says). */
  #switched: Partial<Record<DeviceKind, string>> = {};
  #restored = false;
  #preview?: [LocalVideoStream, VideoStreamRendererLike];
  #ownAudio?: LocalAudioStream;
  #audio?: LocalAudioStream;

  /**
   * The camera in use or chosen: the call's or the preview's video source, else the choice made here or in
   * another element of the same provider (`<acs-camera-button>` starts video with it), else the first camera.
   */
  get selectedCamera(): VideoDeviceInfo | undefined {
    const cameras = this.#devices.cameras;
    const chosen = this.localMedia?.camera?.id ?? this.cameraId;
    return this.#videoStream?.source ?? cameras.find((c) => c.id === chosen) ?? cameras[0];
  }

  /** @internal Listeners held on SDK objects (for leak tests). */
  get listenerCount(): number {
    return (
      this.#devices.listenerCount + this.#call.listenerCount + this.#caps.listenerCount + this.#level.listenerCount
    );
  }

  /** @internal Resolves once the device lists have been fetched. */
  get devicesFetched(): Promise<void> {
    return this.#devices.fetched;
  }

  get #videoStream(): LocalVideoStream | undefined {
    return this.activeCall?.localVideoStreams.find((s) => s.mediaStreamType === 'Video') ?? this.#preview?.[0];
  }

  #list(kind: DeviceKind): readonly Device[] {
    const d = this.#devices;
    return kind === 'camera' ? d.cameras : kind === 'microphone' ? d.microphones : d.speakers;
  }

  #selected(kind: DeviceKind): Device | undefined {
    const d = this.#devices;
    return kind === 'camera' ? this.selectedCamera : kind === 'microphone' ? d.selectedMicrophone : d.selectedSpeaker;
  }

  /** Applies a choice through the SDK; on success remembers it and (for a user's choice) fires `change`. */
  async select(kind: DeviceKind, device: Device, byUser = true): Promise<boolean> {
    const dm = this.activeDeviceManager;
    const stream = this.#videoStream;
    if (!dm && kind !== 'camera') return false;
    const done = await this.#action.run(OPERATION[kind], async () => {
      if (kind === 'microphone') await dm!.selectMicrophone(device as AudioDeviceInfo);
      else if (kind === 'speaker') await dm!.selectSpeaker(device as AudioDeviceInfo);
      else if (stream) await stream.switchSource(device as VideoDeviceInfo);
      if (kind !== 'camera') return;
      this.cameraId = device.id;
      const media = this.localMedia;
      if (media) {
        media.camera = device as VideoDeviceInfo;
        // The camera turned on before a call follows the choice.
        if (media.preview && media.preview !== stream) await media.preview.switchSource(device as VideoDeviceInfo);
      }
    });
    if (done) {
      if (byUser) this.#remember(kind, device);
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    this.requestUpdate();
    return done;
  }

  #choose(kind: DeviceKind, e: Event): void {
    const device = this.#list(kind).find((d) => d.id === (e.target as HTMLSelectElement).value);
    if (device) void this.select(kind, device);
  }

  #stored(): Remembered {
    try {
      return JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') ?? {};
    } catch {
      return {};
    }
  }

  #remember(kind: DeviceKind, { id, name }: Device): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ ...this.#stored(), [kind]: { id, name } }));
    } catch {
      // Storage disabled (private mode, policy): the choice is simply not remembered.
    }
  }

  /** Restores the remembered choices, once the lists are known (matched by id, then by name). */
  async #restore(): Promise<void> {
    const stored = this.#stored();
    for (const kind of ['microphone', 'speaker', 'camera'] as const) {
      const want = stored[kind];
      const list = this.#list(kind);
      const found = want && (list.find((d) => d.id === want.id) ?? list.find((d) => d.name === want.name));
      if (found && found.id !== this.#selected(kind)?.id) await this.select(kind, found, false);
    }
  }

  #onUpdated(
    event: string,
    { added, removed }: DevicesUpdated<Device>,
    lastSelected: Partial<Record<DeviceKind, string>>,
  ): void {
    const t = this.#t;
    // A device offered and gone again is no longer offered.
    if (this.offer && removed.some((d) => d.id === this.offer![1].id)) this.offer = undefined;
    for (const kind of event === 'videoDevicesUpdated' ? (['camera'] as const) : (['microphone', 'speaker'] as const)) {
      const list = this.#list(kind);
      const last = lastSelected[kind];
      if (!last) continue; // The lists were empty before (permission just granted): nothing to fall back from.
      if (removed.some((d) => d.id === last) && !list.some((d) => d.id === last)) {
        const current = this.#selected(kind);
        const next =
          current && current.id !== last && list.includes(current)
            ? current
            : (list.find((d) => (d as AudioDeviceInfo).isSystemDefault) ?? list[0]);
        if (next) {
          if (next.id !== current?.id || kind === 'camera') void this.select(kind, next, false);
          // One message per kind: a headset's microphone and speaker both fall back, and both are told.
          this.#switched[kind] = t.term('switched', t.term(kind), next.name);
          this.notice = Object.values(this.#switched).join(' ');
        }
      }
      const fresh = added.find((d) => list.some((x) => x.id === d.id) && !(d as AudioDeviceInfo).isSystemDefault);
      if (fresh && kind !== 'speaker') this.offer = [kind, fresh];
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dm = this.activeDeviceManager;
    if (dm !== this.#devices.target) this.#restored = false;
    this.#devices.target = dm;
    this.#media.target = this.localMedia;
    this.#call.target = this.activeCall;
    this.#caps.set(this.activeCall, this.activeSdk);
    if (!this.#restored && (this.#devices.microphones.length || this.#devices.cameras.length)) {
      this.#restored = true;
      void this.#restore();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (
      changed.has('kinds') &&
      String(this.kinds ?? '')
        .split(/\s+/)
        .some((k) => k && !Object.hasOwn(OPERATION, k))
    )
      reportInvalidAttribute(this, 'kinds', this.kinds, '"camera", "microphone" and "speaker", separated by spaces');
    for (const select of this.renderRoot.querySelectorAll('select')) {
      select.value = this.#selected(select.id as DeviceKind)?.id ?? '';
    }
    this.#last = {
      camera: this.selectedCamera?.id,
      microphone: this.#devices.selectedMicrophone?.id,
      speaker: this.#devices.selectedSpeaker?.id,
    };
    setStates(this.internals, {
      'no-permission': !this.#devices.cameras.length && !this.#devices.microphones.length && !this.#none,
      'no-devices': this.#none,
      pending: !!this.#action.pending,
      error: !!(this.#action.error ?? this.#devices.error),
    });
    void this.#syncPreview();
    void this.#syncMeter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopPreview();
    this.#stopMeter();
  }

  /** Starts the preview when asked for, out of a call, with a camera; stops it otherwise. */
  async #syncPreview(): Promise<void> {
    const sdk = this.activeSdk;
    const camera = this.selectedCamera;
    const want = this.preview && this.isConnected && !this.activeCall?.localVideoStreams.length && sdk && camera;
    if (!want) return this.#stopPreview();
    if (this.#preview) return;
    const stream = new sdk.LocalVideoStream(camera);
    const renderer = new sdk.VideoStreamRenderer(stream);
    this.#preview = [stream, renderer];
    try {
      const view = await renderer.createView({ scalingMode: 'Crop', isMirrored: false });
      if (this.#preview?.[1] !== renderer) return disposeQuietly(view);
      // A self view: shown as a mirror image, whatever the SDK's view does by itself (see shownMirrored).
      const frame = document.createElement('div');
      frame.className = shownMirrored(view.target) ? 'frame' : 'frame flip';
      frame.append(view.target);
      this.renderRoot.querySelector('.preview')?.replaceChildren(frame);
    } catch (error) {
      if (this.#preview?.[1] === renderer) emitError(this, 'createView', error);
    }
  }

  #stopPreview(): void {
    if (!this.#preview) return;
    this.#preview[1].dispose();
    (this.#preview[0] as { dispose?: () => void }).dispose?.();
    this.#preview = undefined;
    this.renderRoot.querySelector('.preview')?.replaceChildren();
  }

  /** Follows the volume of the call's microphone stream, or (before a call) of the SDK's `LocalAudioStream`. */
  async #syncMeter(): Promise<void> {
    const mic = this.#devices.selectedMicrophone;
    const Ctor = this.activeSdk?.LocalAudioStream;
    // Another microphone (chosen here or elsewhere, or a fallback): a stream of its own. The SDK's Volume does not
    // follow a stream's switchSource(): it stops (measured with the real SDK 2.0.0).
    if (this.#ownAudio && mic && this.#ownAudio.source.id !== mic.id) this.#stopMeter();
    let source = this.meter && this.isConnected ? this.activeCall?.localAudioStreams[0] : undefined;
    if (!source && this.meter && this.isConnected && !this.activeCall && Ctor && mic) {
      source = this.#ownAudio ??= new Ctor(mic);
    }
    if (source === this.#audio) return;
    this.#stopMeter(source);
    this.#audio = source;
    const volume = await source?.getVolume().catch((error) => void emitError(this, 'getVolume', error));
    if (volume && this.#audio === source) this.#level.target = volume;
  }

  #stopMeter(keep?: LocalAudioStream): void {
    this.#level.target = this.#audio = undefined;
    if (this.#ownAudio && this.#ownAudio !== keep) {
      this.#ownAudio.dispose();
      this.#ownAudio = undefined;
    }
  }

  /**
   * A camera or microphone: its list, or (when there is none to choose from) why: the site may not use that kind
   * yet (the other kind is allowed), or there is no such device.
   */
  #kind(kind: 'camera' | 'microphone'): TemplateResult {
    const t = this.#t;
    if (this.#list(kind).length) return this.#section(kind);
    const d = this.#devices;
    const why = d.awaitingPermission[kind]
      ? kind === 'camera'
        ? 'needCameraPermission'
        : d.isSpeakerSelectionAvailable
          ? 'needMicrophoneAndSpeakerPermission'
          : 'needMicrophonePermission'
      : kind === 'camera'
        ? 'noCamera'
        : 'noMicrophone';
    return html`<p part="hint">${t.term(why)}</p>`;
  }

  #section(kind: DeviceKind): TemplateResult {
    const t = this.#t;
    return html`<label part="label" for=${kind}>${t.term(kind)}</label>
      <select id=${kind} part="select" @change=${(e: Event) => this.#choose(kind, e)}>
        ${this.#list(kind).map(
          // A blank or whitespace-only label gets a numbered name ("Microphone 2"), never a blank option.
          (d, i) => html`<option value=${d.id}>${d.name.trim() || t.term('numbered', t.term(kind), i + 1)}</option>`,
        )}
      </select>`;
  }

  /** Listed, nothing awaits permission, and nothing is listed: there is no camera and no microphone at all. */
  get #none(): boolean {
    const d = this.#devices;
    const awaiting = d.awaitingPermission.camera || d.awaitingPermission.microphone;
    return d.listed && !awaiting && !d.error && !d.cameras.length && !d.microphones.length;
  }

  /** Whether the list of `kind` is asked for (see `kinds`). */
  #shows(kind: DeviceKind): boolean {
    return this.#kinds.has(kind);
  }

  get #kinds(): Set<DeviceKind> {
    const asked = String(this.kinds ?? '')
      .split(/\s+/)
      .filter((k): k is DeviceKind => Object.hasOwn(OPERATION, k));
    return new Set(asked.length ? asked : (Object.keys(OPERATION) as DeviceKind[]));
  }

  override render(): TemplateResult {
    const t = this.#t;
    const d = this.#devices;
    const failure = this.#action.error;
    const kind = failure && (Object.keys(OPERATION) as DeviceKind[]).find((k) => OPERATION[k] === failure.operation);
    const error = d.error
      ? t.term('listFailed', d.error.message)
      : failure && kind
        ? t.term('selectFailed', t.term(kind), failure.message)
        : '';
    const granted = d.cameras.length || d.microphones.length;
    const awaiting = d.awaitingPermission.camera || d.awaitingPermission.microphone;
    const none = this.#none;
    const offer = this.offer;
    return html`<section part="base" class="base" dir=${t.dir} aria-label=${t.term('region')}>
      ${granted ? nothing : html`<p part="hint">${t.term(none ? 'noDevices' : 'needPermission')}</p>`}
      ${(!granted && !none) || awaiting ? html`<slot name="permission"></slot>` : nothing}
      ${granted && this.#shows('camera') && this.#caps.allows('turnVideoOn') ? this.#kind('camera') : nothing}
      ${
        this.preview && this.#shows('camera') && this.selectedCamera
          ? html`<div class="preview" part="preview" role="img" aria-label=${t.term('preview')}></div>`
          : nothing
      }
      ${granted && this.#shows('microphone') && this.#caps.allows('unmuteMic') ? this.#kind('microphone') : nothing}
      ${
        this.#level.target && this.#shows('microphone')
          ? html`<meter
              part="meter"
              min="0"
              max="100"
              value=${this.#level.target.level}
              aria-label=${t.term('level')}
            ></meter>`
          : nothing
      }
      ${granted && this.#shows('speaker') && d.isSpeakerSelectionAvailable && d.speakers.length ? this.#section('speaker') : nothing}
      ${granted && this.#shows('speaker') && !d.isSpeakerSelectionAvailable ? html`<p part="hint">${t.term('noSpeakerSelection')}</p>` : nothing}
      <p part="notice" role="status">
        ${this.notice}
        ${
          offer
            ? html`${t.term('newDevice', t.term(offer[0]), offer[1].name)}
                <button part="button" @click=${() => ((this.offer = undefined), this.select(...offer))}>
                  ${t.term('use')}
                </button>
                <button part="button" @click=${() => (this.offer = undefined)}>${t.term('dismiss')}</button>`
            : nothing
        }
      </p>
      ${error ? html`<p part="error" role="alert">${error}</p>` : nothing}
    </section>`;
  }
}
