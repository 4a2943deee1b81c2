import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing } from 'lit';
import '../src/define.js';
import {
  createScenarioPlayer,
  createSimulator,
  scenarios,
  type ScenarioId,
  type ScenarioPlayer,
  type Simulator,
} from '../src/simulator/index.js';
import type { CallAgent, DeviceManager } from '../src/sdk/index.js';

/**
 * A step-by-step player for the simulator's scripted scenarios (calling-checklist.md): every element of the kit,
 * inside one `<acs-call-provider>` fed by the simulator, reacts to each step as it would to the real SDK.
 * Developer tooling: its labels come from the scenario scripts, not from the elements' string tables.
 */
class ScenarioStage extends LitElement {
  static override properties = { scenario: {} };
  declare scenario: ScenarioId;

  static override styles = css`
    /* Styled with the kit's own tokens (a theme or the toolbar's presets restyle the player too). */
    :host {
      display: grid;
      gap: var(--acs-space-4, 1rem);
      font-family: var(--acs-font-family, system-ui, sans-serif);
      color: var(--acs-color-on-surface, #1b1b1f);
      /* SDK names in the scenario texts (microphoneMuteUnexpectedly) wrap on a phone. */
      overflow-wrap: anywhere;
    }
    button {
      min-block-size: max(24px, 2.25rem);
      padding: var(--acs-space-1, 0.25rem) var(--acs-space-3, 0.75rem);
      border: 1px solid var(--acs-color-border, #8a8d99);
      border-radius: var(--acs-radius-full, 999px);
      background: var(--acs-color-surface-variant, #f0f0f3);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    button.primary {
      border-color: transparent;
      background: var(--acs-color-accent, #0f5cbd);
      color: var(--acs-color-on-accent, #fff);
    }
    button:disabled {
      opacity: 0.55;
      cursor: not-allowed;
    }
    button:focus-visible {
      outline: var(--acs-focus-ring-width, 2px) solid var(--acs-color-focus, #0f5cbd);
      outline-offset: 2px;
    }
    .sdk {
      display: block;
      font-size: var(--acs-font-size-s, 0.8125rem);
      color: var(--acs-color-on-surface-variant, #44464f);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    li[aria-current='step'] {
      font-weight: 600;
    }
    li.done {
      opacity: 0.6;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: flex-start;
    }
    .grid {
      height: 360px;
    }
    .visit {
      height: 640px;
      max-width: 1000px;
    }
    .error {
      color: var(--acs-color-danger, #b3261e);
    }
  `;

  #sim?: Simulator;
  #player?: ScenarioPlayer;
  #agent?: CallAgent;
  #deviceManager?: DeviceManager;
  #busy = false;
  #error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reset();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sim?.dispose();
  }

  async #reset() {
    if (!this.scenario) return;
    this.#sim?.dispose();
    this.#sim = createSimulator({ latency: 300 });
    this.#player = createScenarioPlayer(this.#sim, this.scenario);
    this.#deviceManager = await this.#sim.callClient.getDeviceManager();
    this.#agent = undefined;
    // The whole visit starts in the lobby of a call screen, whose "Join call" works too: the agent exists already.
    if (this.scenario === 'whole-visit') this.#agent = await this.#sim.callClient.createCallAgent(this.#sim.credential);
    this.#error = '';
    this.requestUpdate();
  }

  async #step(all = false) {
    if (!this.#player || this.#busy) return;
    this.#busy = true;
    this.#error = '';
    this.requestUpdate();
    try {
      do {
        await this.#player.next();
        this.#agent = this.#sim?.agent;
        this.requestUpdate();
        if (all && !this.#player.done) await new Promise((r) => setTimeout(r, 1500));
      } while (all && !this.#player.done);
    } catch (e) {
      this.#error = String((e as Error).message ?? e);
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  override render() {
    const player = this.#player;
    const sim = this.#sim;
    if (!player || !sim) return nothing;
    const { scenario } = player;
    return html`
      <div>
        <strong>${scenario.title}</strong>
        <p>${scenario.description}</p>
        <ol>
          ${scenario.steps.map(
            (s, i) =>
              html`<li class=${i < player.index ? 'done' : ''} aria-current=${i === player.index ? 'step' : 'false'}>
                ${s.says}
                <span class="sdk">In the SDK: ${s.label}</span>
              </li>`,
          )}
        </ol>
      </div>
      <div class="controls">
        <button class="primary" @click=${() => this.#step()} ?disabled=${this.#busy || player.done}>Next step</button>
        <button @click=${() => this.#step(true)} ?disabled=${this.#busy || player.done}>Play all</button>
        <button @click=${() => this.#reset()} ?disabled=${this.#busy}>Restart</button>
        <span role="status">${player.done ? 'Done' : `Step ${player.index + 1} of ${scenario.steps.length}`}</span>
        ${this.#error ? html`<span class="error" role="alert">${this.#error}</span>` : nothing}
      </div>
      ${
        scenario.id === 'whole-visit'
          ? html`<div class="visit">
              <acs-call-provider
                group-id="29228d3e-040e-4656-a70e-890ab4e173e5"
                .callAgent=${this.#agent}
                .deviceManager=${this.#deviceManager}
                .sdk=${sim.sdk}
              >
                <acs-call-screen></acs-call-screen>
              </acs-call-provider>
            </div>`
          : this.#elements(sim)
      }
    `;
  }

  /** Every element, one by one, for the checklist's scenarios. */
  #elements(sim: Simulator) {
    return html`
      <acs-call-provider .callAgent=${this.#agent} .deviceManager=${this.#deviceManager} .sdk=${sim.sdk}>
        <div class="row">
          <acs-call-status></acs-call-status>
          <acs-permission-guide require="audio"></acs-permission-guide>
          <acs-device-picker></acs-device-picker>
        </div>
        <acs-call-notices platform="ios"></acs-call-notices>
        <div class="grid"><acs-video-grid></acs-video-grid></div>
        <div class="row" role="group" aria-label="Call controls">
          <acs-mute-button></acs-mute-button>
          <acs-camera-button></acs-camera-button>
          <acs-screen-share-button></acs-screen-share-button>
          <acs-hold-button></acs-hold-button>
          <acs-hang-up-button></acs-hang-up-button>
        </div>
      </acs-call-provider>
    `;
  }
}
if (!customElements.get('scenario-stage')) customElements.define('scenario-stage', ScenarioStage);

const meta: Meta = {
  title: 'Testing kit/Scenarios',
  parameters: {
    docs: {
      description: {
        component:
          "The simulator's scripted scenarios from the calling checklist, played step by step on every element. " +
          'In code: `const player = createScenarioPlayer(sim, "pstn-interruption-ios"); await player.next();`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const story = (id: ScenarioId): Story => ({
  name: scenarios[id].title,
  render: () => html`<scenario-stage .scenario=${id}></scenario-stage>`,
});

/** The whole visit, on `<acs-call-screen>`: from the browser's prompt to "call ended". */
export const WholeVisit = story('whole-visit');
export const PermissionDeniedRecovered = story('permission-denied-recovered');
export const PstnInterruptionIos = story('pstn-interruption-ios');
export const SiriInterruptionIos = story('siri-interruption-ios');
export const NetworkDrop = story('network-drop');
export const BackgroundMobile = story('background-mobile');
export const ParticipantsJoinLeave = story('participants-join-leave');
export const HeadsetUnplugged = story('headset-unplugged');
export const CalleeRejects = story('callee-rejects');
export const RemoteHold = story('remote-hold');
export const LobbyAdmitted = story('lobby-admitted');
export const IncomingDuringCall = story('incoming-during-call');
