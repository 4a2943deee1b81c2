import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AcsElement, setStates } from '../shared/acs-element.js';
import { baseStyles } from '../../styles/shared.js';
import { tipped, tooltipStyles } from '../shared/control.js';
import { controlBarStyles } from './control-bar.styles.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { controlBarStrings } from '../../i18n/en/control-bar.js';

/** The device panels of the bar: beside mute, beside the camera, and every list. */
export type DevicePanel = 'audio' | 'video' | 'all';

/** The lists each panel shows (`<acs-device-picker kinds>`). */
const PANEL_KINDS: Record<DevicePanel, string> = {
  audio: 'microphone speaker',
  video: 'camera',
  all: 'camera microphone speaker',
};

const CHEVRON = 'M7 10h10l-5 5Z';
const MORE = 'M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z';
const DEVICES = 'M3 6h10v2H3Zm14 0h4v2h-4Zm-3-2h2v6h-2ZM3 16h4v2H3Zm8 0h10v2H11Zm-3-2h2v6H8Z';

/** Widths (in the bar's em) under which the bar folds: labels hidden, then the less used controls in "More". */
const LABELS_FROM_EM = 52;
const ALL_FROM_EM = 30;

/**
 * The call's controls in one toolbar: mute, camera, screen share, devices and leave. It follows the WAI-ARIA
 * toolbar pattern: one Tab stop, the arrow keys move between the controls (Home and End to the first and last),
 * and the control last used keeps the Tab stop. Beside mute and camera, a split button opens the microphone and
 * speaker lists, or the camera list, as in Teams and Meet.
 *
 * It fits its width: wide, the controls show their labels; narrower, icons only (the labels stay their
 * accessible names); narrow (a phone), screen share and the device lists move into a "More" panel, and the split
 * buttons give way to its "Devices". Each control can be replaced
 * through its slot (or hidden with an empty element in it), and extra controls go in the default slot, before
 * "Leave". The elements inside follow the enclosing `<acs-call-provider>`.
 *
 * @summary The call's controls in one keyboard-friendly toolbar, with device menus and a "More" panel when narrow.
 * @tagname acs-control-bar
 *
 * @slot - Extra controls, before "Leave" (e.g. `<acs-hold-button>`).
 * @slot microphone - Replaces the mute button.
 * @slot camera - Replaces the camera button.
 * @slot screen-share - Replaces the screen share button.
 * @slot hang-up - Replaces the "Leave" button.
 *
 * @csspart base - The toolbar.
 * @csspart split - The pair of a control and its device button.
 * @csspart device-button - The buttons that open a device panel (beside mute and camera, and "Devices").
 * @csspart more-button - The "More" button (narrow widths).
 * @csspart devices - The device panel (a popover with an `<acs-device-picker>`).
 * @csspart more - The "More" panel (a popover).
 * @csspart done - The "Done" button of the device panel.
 * @csspart tooltip - The label shown over an icon-only button on hover and keyboard focus (Escape hides it).
 *
 * @cssproperty --acs-control-bar-gap - Space between the controls.
 * @cssproperty --acs-control-bar-background - Background of the bar.
 * @cssproperty --acs-control-bar-padding - Padding of the bar.
 * @cssproperty --acs-control-bar-panel-background - Background of the device and "More" panels.
 *
 * @cssstate compact - The labels are hidden (icons only).
 * @cssstate narrow - Screen share and devices are in the "More" panel.
 * @cssstate panel-open - A device panel or the "More" panel is open.
 */
export class AcsControlBar extends AcsElement {
  static override styles = [baseStyles, tooltipStyles, controlBarStyles];

  /** Hides the screen share button (e.g. for phone calls). */
  @property({ type: Boolean, attribute: 'no-screen-share' }) noScreenShare = false;

  /** @internal The device panel shown, if any. */
  @state() protected panel?: DevicePanel;

  /** @internal The "More" panel is open. */
  @state() protected moreOpen = false;

  readonly #t = new LocalizeController(this, 'control-bar', controlBarStrings);
  // Renders again only when a breakpoint is crossed (a height change, or a width within one, changes nothing),
  // and after the observer's callback: a render that changes the bar's height inside it would be reported as a
  // resize loop.
  readonly #size = new ResizeController(this, () => {
    const shape = `${this.#labels} ${this.#narrow}`;
    if (shape !== this.#shape) {
      this.#shape = shape;
      clearTimeout(this.#resized);
      this.#resized = setTimeout(() => this.requestUpdate());
    }
    return false;
  });
  #resized?: ReturnType<typeof setTimeout>;
  #shape = '';
  /** The toolbar item that holds the Tab stop. */
  #current?: Element;
  /** The button that opened the open panel (focus goes back to it). */
  #opener?: HTMLElement;
  /** Waits for the device lists of a panel just opened, to focus the first one. */
  #listsObserver?: MutationObserver;

  /** The bar's width in its own em (the breakpoints scale with the text). */
  get #widthEm(): number {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    return this.#size.width / em;
  }

  /** Whether the labels are shown (wide enough; a bar not measured yet shows them). */
  get #labels(): boolean {
    return !this.#size.width || this.#widthEm >= LABELS_FROM_EM;
  }

  /** Whether screen share and devices are in the "More" panel. */
  get #narrow(): boolean {
    return !!this.#size.width && this.#widthEm < ALL_FROM_EM;
  }

  /** Opens a device panel, below or above `opener` (closes it when it is already open). */
  async openDevices(panel: DevicePanel, opener?: HTMLElement): Promise<void> {
    const popover = this.renderRoot.querySelector<HTMLElement>('#devices');
    if (!popover) return;
    if (this.panel === panel && popover.matches(':popover-open')) return popover.hidePopover();
    // Opened from "More" (which closes): focus comes back to "More".
    const more = this.renderRoot.querySelector<HTMLElement>('#more');
    this.#opener =
      opener && more?.contains(opener)
        ? (this.renderRoot.querySelector<HTMLElement>('[part="more-button"]') ?? opener)
        : opener;
    this.panel = panel;
    await this.updateComplete;
    if (!popover.matches(':popover-open')) this.#show(popover, this.#opener === opener ? opener : undefined);
    this.#place(popover, this.#opener);
    const picker = popover.querySelector('acs-device-picker');
    await picker?.updateComplete;
    picker?.focus();
    // The lists may not be there yet (the devices are being listed): the panel holds the focus until the first
    // one appears, then the focus goes to it.
    if (!picker || popover.contains(this.shadowRoot!.activeElement)) return;
    popover.focus();
    this.#listsObserver?.disconnect();
    this.#listsObserver = new MutationObserver(() => {
      const first = picker.shadowRoot?.querySelector('select');
      if (!first) return;
      this.#listsObserver?.disconnect();
      if (this.shadowRoot!.activeElement === popover) first.focus();
    });
    this.#listsObserver.observe(picker.shadowRoot!, { childList: true, subtree: true });
  }

  /**
   * Shows a panel. Given its opener, the browser knows it as the panel's invoker: the panel comes right after it
   * in the Tab order.
   */
  #show(popover: HTMLElement, opener?: HTMLElement): void {
    (popover.showPopover as (options?: { source?: HTMLElement }) => void).call(popover, opener && { source: opener });
  }

  /** Focuses the control that holds the toolbar's Tab stop (the first one, or the one last used). */
  override focus(options?: FocusOptions): void {
    this.#rove();
    const item = this.#current as HTMLElement | undefined;
    if (item) item.focus(options);
    else super.focus(options);
  }

  /** Closes the device panel and the "More" panel. */
  closePanels(): void {
    for (const popover of this.renderRoot.querySelectorAll<HTMLElement>('[popover]'))
      if (popover.matches(':popover-open')) popover.hidePopover();
  }

  #toggleMore(opener: HTMLElement): void {
    const popover = this.renderRoot.querySelector<HTMLElement>('#more');
    if (!popover) return;
    if (popover.matches(':popover-open')) return popover.hidePopover();
    this.#opener = opener;
    this.#show(popover, opener);
    this.#place(popover, opener);
    // Into the panel: its first control.
    this.#items(popover)[0]?.focus();
  }

  /**
   * Puts a panel beside its opener, above it when the opener is in the lower half of the window, and inside the
   * window. Set through the CSSOM (works under a strict Content-Security-Policy).
   */
  #place(popover: HTMLElement, opener?: HTMLElement): void {
    const at = (opener ?? this).getBoundingClientRect();

    const style = popover.style;
    const margin = 8;
    const width = Math.min(popover.offsetWidth, innerWidth - 2 * margin);
    const rtl = this.#t.dir === 'rtl';
    const start = rtl ? at.right - width : at.left;
    style.setProperty('left', `${Math.max(margin, Math.min(start, innerWidth - width - margin))}px`);
    const above = at.top > innerHeight / 2;
    style.setProperty('top', above ? 'auto' : `${at.bottom + margin}px`);
    style.setProperty('bottom', above ? `${innerHeight - at.top + margin}px` : 'auto');
    style.setProperty('max-block-size', `${Math.max(120, (above ? at.top : innerHeight - at.bottom) - 2 * margin)}px`);
  }

  /**
   * A panel closed: focus goes back to the button that opened it, when it was inside the panel (or lost), not when
   * the user moved it elsewhere.
   */
  #onToggle(event: ToggleEvent, which: 'devices' | 'more'): void {
    const open = event.newState === 'open';
    if (which === 'more') this.moreOpen = open;
    else if (!open) {
      this.panel = undefined;
      this.#listsObserver?.disconnect();
    }
    if (open) return;
    const focused = this.shadowRoot?.activeElement;
    const lost = !document.activeElement || document.activeElement === document.body;
    const inside = focused ? (event.target as HTMLElement).contains(focused) : lost;
    if (inside && this.#opener?.isConnected) this.#opener.focus();
  }

  /** The focus left a panel for something outside it (Tab past its end, a click elsewhere): the panel closes. */
  #onFocusOut(event: FocusEvent): void {
    const panel = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    if ((to && panel.contains(to)) || !panel.matches(':popover-open')) return;
    // Its own button: the click that follows closes it (closing it now would have the click open it again).
    if (to instanceof Element && to.getAttribute('aria-controls') === panel.id) return;
    // A panel opened from "More" takes the focus from it: "More" closes by itself then.
    if (to instanceof Element && to.closest('[popover]') && this.renderRoot.contains(to)) return;
    panel.hidePopover();
  }

  /**
   * The items of the toolbar (or of another container of the bar), in order: slotted elements (or the slots' own
   * controls) and the bar's buttons.
   */
  #items(container = this.renderRoot.querySelector('[role="toolbar"]')): HTMLElement[] {
    if (!container) return [];
    const items: HTMLElement[] = [];
    for (const node of container.querySelectorAll<HTMLElement>('slot, [data-item]')) {
      if (node instanceof HTMLSlotElement) {
        for (const el of node.assignedElements({ flatten: true }))
          if (el instanceof HTMLElement && !el.hidden && el.getClientRects().length) items.push(el);
      } else if (!node.closest('slot')) items.push(node);
    }
    return items;
  }

  /** The item that holds `node` (a control's inner button retargets to the control). */
  #itemOf(event: Event): HTMLElement | undefined {
    const items = this.#items();
    return event.composedPath().find((n): n is HTMLElement => items.includes(n as HTMLElement));
  }

  /**
   * Where the arrow keys stop, in order: each item, or each of its own buttons when it has several ("Leave" and
   * "End for everyone", a confirmation's buttons).
   */
  #stops(items: HTMLElement[]): HTMLElement[] {
    return items.flatMap((item) => {
      const inner = [...(item.shadowRoot?.querySelectorAll<HTMLElement>('button, select, a[href]') ?? [])].filter(
        (el) => el.getClientRects().length > 0,
      );
      return inner.length > 1 ? inner : [item];
    });
  }

  /** One Tab stop: the current item (the last one focused, else the first). */
  #rove(): void {
    const items = this.#items();
    if (!this.#current || !items.includes(this.#current as HTMLElement)) this.#current = items[0];
    for (const item of items) item.tabIndex = item === this.#current ? 0 : -1;
  }

  #onFocusIn(event: FocusEvent): void {
    const item = this.#itemOf(event);
    if (item && item !== this.#current) {
      this.#current = item;
      this.#rove();
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const forward = this.#t.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.#t.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (![forward, back, 'Home', 'End'].includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.#items();
    const stops = this.#stops(items);
    const path = event.composedPath();
    const i = stops.findIndex((stop) => path.includes(stop));
    if (i < 0) return;
    const to =
      event.key === 'Home'
        ? stops[0]
        : event.key === 'End'
          ? stops[stops.length - 1]
          : stops[(i + (event.key === forward ? 1 : -1) + stops.length) % stops.length];
    if (!to) return;
    event.preventDefault();
    // The Tab stop goes to the item that holds the stop.
    this.#current = items.find((item) => item === to || item.shadowRoot?.contains(to)) ?? to;
    this.#rove();
    to.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#resized);
    this.#listsObserver?.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The breakpoints are known before the first render of a bar that is laid out already (and again when it is
    // moved: the observer reports sizes only in pages that render frames).
    this.#size.measure();
    const shape = `${this.#labels} ${this.#narrow}`;
    if (shape !== this.#shape) {
      this.#shape = shape;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Not laid out when it connected (inside a provider that had not rendered its slot yet): measured now.
    if (!this.#size.width) {
      this.#size.measure();
      this.#shape = `${this.#labels} ${this.#narrow}`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#rove();
    setStates(this.internals, {
      compact: !this.#labels,
      narrow: this.#narrow,
      'panel-open': !!this.panel || this.moreOpen,
    });
  }

  #deviceButton(
    panel: DevicePanel,
    label: string,
    icon: string,
    withLabel = false,
    showLabel = this.#labels,
  ): TemplateResult {
    const button = html`<button
      part="device-button"
      class=${withLabel ? 'device labelled' : 'device'}
      data-item
      aria-haspopup="dialog"
      aria-expanded=${this.panel === panel}
      aria-controls="devices"
      aria-label=${withLabel ? nothing : label}
      @click=${(e: Event) => void this.openDevices(panel, e.currentTarget as HTMLElement)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icon}></path></svg>
      ${withLabel ? html`<span class=${showLabel ? '' : 'visually-hidden'}>${label}</span>` : nothing}
    </button>`;
    // Icon-only (or its label hidden): the label shows as a tooltip on hover and keyboard focus.
    return withLabel && showLabel ? button : tipped(button, label);
  }

  /** Screen share and every device list: in the bar when it is wide enough, else in "More". */
  #lessUsed(compact: boolean): TemplateResult {
    const t = this.#t;
    return html`${
      this.noScreenShare
        ? nothing
        : html`<slot name="screen-share"
            ><acs-screen-share-button ?label-hidden=${compact}></acs-screen-share-button
          ></slot>`
    }
    ${this.#deviceButton('all', t.term('devices'), DEVICES, true, !compact)}`;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const compact = !this.#labels;
    const narrow = this.#narrow;
    const panel = this.panel;
    return html`<div
        part="base"
        class="bar"
        role="toolbar"
        aria-label=${t.term('toolbar')}
        dir=${t.dir}
        @keydown=${this.#onKeyDown}
        @focusin=${this.#onFocusIn}
      >
        <div class="split" part="split">
          <slot name="microphone"><acs-mute-button ?label-hidden=${compact}></acs-mute-button></slot>
          ${narrow ? nothing : this.#deviceButton('audio', t.term('audioDevices'), CHEVRON)}
        </div>
        <div class="split" part="split">
          <slot name="camera"><acs-camera-button ?label-hidden=${compact}></acs-camera-button></slot>
          ${narrow ? nothing : this.#deviceButton('video', t.term('videoDevices'), CHEVRON)}
        </div>
        ${narrow ? nothing : this.#lessUsed(compact)}
        <slot></slot>
        ${
          narrow
            ? tipped(
                html`<button
                  part="more-button"
                  class="device"
                  data-item
                  aria-haspopup="dialog"
                  aria-expanded=${this.moreOpen}
                  aria-controls="more"
                  aria-label=${t.term('more')}
                  @click=${(e: Event) => this.#toggleMore(e.currentTarget as HTMLElement)}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${MORE}></path></svg>
                </button>`,
                t.term('more'),
              )
            : nothing
        }
        <slot name="hang-up"><acs-hang-up-button ?label-hidden=${compact}></acs-hang-up-button></slot>
      </div>
      <div
        id="more"
        part="more"
        class="panel more"
        popover
        tabindex="-1"
        role="dialog"
        aria-label=${t.term('moreControls')}
        dir=${t.dir}
        @toggle=${(e: ToggleEvent) => this.#onToggle(e, 'more')}
        @focusout=${this.#onFocusOut}
      >
        ${narrow ? this.#lessUsed(false) : nothing}
      </div>
      <div
        id="devices"
        part="devices"
        class="panel"
        popover
        tabindex="-1"
        role="dialog"
        aria-label=${panel ? this.#panelLabel(panel) : t.term('devices')}
        dir=${t.dir}
        @toggle=${(e: ToggleEvent) => this.#onToggle(e, 'devices')}
        @focusout=${this.#onFocusOut}
      >
        ${
          panel
            ? html`<acs-device-picker kinds=${PANEL_KINDS[panel]} ?meter=${panel !== 'video'}></acs-device-picker>
                <button part="done" class="done" @click=${() => this.closePanels()}>${t.term('done')}</button>`
            : nothing
        }
      </div>`;
  }

  #panelLabel(panel: DevicePanel): string {
    const t = this.#t;
    return t.term(panel === 'audio' ? 'audioDevices' : panel === 'video' ? 'videoDevices' : 'devices');
  }
}
