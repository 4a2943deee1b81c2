import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/device-picker/acs-device-picker.js';
import '../src/components/permission-guide/acs-permission-guide.js';
import { createSimulator } from '../src/simulator/index.js';
import type { SimulatedDeviceManager, SimulatorOptions } from '../src/simulator/index.js';

const meta: Meta = {
  title: 'Elements/Device Picker',
  component: 'acs-device-picker',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const simulated = (options: SimulatorOptions = {}) => [
  async () => {
    const sim = createSimulator({ latency: 50, ...options });
    return { sim, deviceManager: await sim.callClient.getDeviceManager() };
  },
];

/** Simulated devices (2 cameras, 3 microphones, 3 speakers), choices remembered in localStorage. */
export const Default: Story = {
  loaders: simulated(),
  render: (_args, { loaded }) =>
    html`<acs-device-picker storage-key="story-devices" .deviceManager=${loaded.deviceManager}></acs-device-picker>`,
};

/** Hot-plug: plug a headset (offered with "Use it") or unplug the selected microphone (fallback + notice). */
export const HotPlug: Story = {
  loaders: simulated(),
  render: (_args, { loaded }) => {
    const dm = loaded.deviceManager as SimulatedDeviceManager;
    let headset: string | undefined;
    return html`<acs-device-picker .deviceManager=${dm}></acs-device-picker>
      <p>
        <button @click=${() => (headset = dm.simulate.plug({ kind: 'microphone', name: 'USB Headset' }).id)}>
          Plug a USB headset
        </button>
        <button @click=${() => dm.selectedMicrophone && dm.simulate.unplug(headset ?? dm.selectedMicrophone.id)}>
          Unplug the selected microphone
        </button>
      </p>`;
  },
};

/** Before permission: no placeholder devices; the picker points to the permission guide (slot). */
export const BeforePermission: Story = {
  loaders: simulated({ permission: 'granted', preGranted: false }),
  render: (_args, { loaded }) =>
    html`<acs-device-picker .deviceManager=${loaded.deviceManager}>
      <acs-permission-guide
        slot="permission"
        .deviceManager=${loaded.deviceManager}
        .sdk=${loaded.sim.sdk}
      ></acs-permission-guide>
    </acs-device-picker>`,
};

/** Safari / Firefox: no speaker selection, and the picker says why. */
export const NoSpeakerSelection: Story = {
  loaders: simulated({ isSpeakerSelectionAvailable: false }),
  render: (_args, { loaded }) => html`<acs-device-picker .deviceManager=${loaded.deviceManager}></acs-device-picker>`,
};

/** A participant who may not send audio or video (Capabilities): speakers only. */
export const ListenOnly: Story = {
  loaders: [
    async () => {
      const sim = createSimulator({ latency: 50 });
      const call = await sim.connectedCall();
      call.simulate.capabilities({ unmuteMic: false, turnVideoOn: false });
      return { sim, call, deviceManager: await sim.callClient.getDeviceManager() };
    },
  ],
  render: (_args, { loaded }) =>
    html`<acs-device-picker
      .deviceManager=${loaded.deviceManager}
      .call=${loaded.call}
      .sdk=${loaded.sim.sdk}
    ></acs-device-picker>`,
};

/** A live camera preview (the simulator's camera; with the real SDK module it is the real camera). */
export const Preview: Story = {
  loaders: simulated(),
  render: (_args, { loaded }) =>
    html`<acs-device-picker preview .deviceManager=${loaded.deviceManager} .sdk=${loaded.sim.sdk}></acs-device-picker>`,
};

/** Selecting fails: the error is shown with its operation and the list shows the SDK's real selection. */
export const SelectionFails: Story = {
  loaders: simulated(),
  render: (_args, { loaded }) => {
    const dm = loaded.deviceManager as SimulatedDeviceManager;
    dm.simulate.failNext('selectMicrophone');
    return html`<acs-device-picker .deviceManager=${dm}></acs-device-picker>`;
  },
};
