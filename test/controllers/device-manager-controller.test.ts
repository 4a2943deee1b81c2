import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DeviceManagerController } from '../../src/controllers/device-manager-controller.js';
import { errorsOf } from '../../src/events/acs-error.js';
import { testSimulator } from '../helpers/simulator.js';

class DevicesHost extends LitElement {
  renders = 0;
  readonly devices = new DeviceManagerController(this, { error: errorsOf(this) });
  protected override updated(): void {
    this.renders++;
  }
}
customElements.define('device-manager-controller-host', DevicesHost);

describe('DeviceManagerController', () => {
  it('keeps the SDK lists without placeholders, refetches on *Updated and reads the selection from the SDK', async () => {
    const sim = testSimulator({ latency: 0, permission: 'prompt', preGranted: false });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<DevicesHost>(html`<device-manager-controller-host></device-manager-controller-host>`);
    el.devices.target = dm;
    await el.devices.fetched;
    expect(el.devices.cameras).to.have.length(0); // only the placeholder 'camera:' was listed
    dm.simulate.permission('granted');
    await dm.askDevicePermission({ audio: true, video: true });
    await waitUntil(() => el.devices.microphones.length === 3);
    expect(el.devices.cameras).to.have.length(2);
    expect(el.devices.selectedMicrophone).to.equal(dm.selectedMicrophone);
    dm.simulate.plug({ kind: 'camera', name: 'Document camera' });
    await waitUntil(() => el.devices.cameras.length === 3);
  });

  it('releases its listeners on disconnect and takes them back on reconnect', async () => {
    const sim = testSimulator({ latency: 0 });
    const dm = await sim.callClient.getDeviceManager();
    const el = await fixture<DevicesHost>(html`<device-manager-controller-host></device-manager-controller-host>`);
    el.devices.target = dm;
    expect(dm.listenerCount()).to.equal(4);
    el.remove();
    expect(dm.listenerCount()).to.equal(0);
    document.body.append(el);
    expect(dm.listenerCount()).to.equal(4);
    el.devices.target = undefined;
    expect(dm.listenerCount()).to.equal(0);
    el.remove();
  });

  it('fires acs-error when listing fails', async () => {
    const el = await fixture<DevicesHost>(html`<device-manager-controller-host></device-manager-controller-host>`);
    let operation = '';
    el.addEventListener('acs-error', (e) => (operation = e.detail.operation));
    const failing = {
      on() {},
      off() {},
      getCameras: async () => Promise.reject(new Error('boom')),
    } as unknown as import('../../src/sdk/index.js').DeviceManager;
    el.devices.target = failing;
    await el.devices.fetched;
    expect(operation).to.equal('getCameras');
    expect(el.devices.error!.message).to.equal('boom');
  });
});
