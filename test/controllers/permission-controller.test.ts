import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PermissionController, classifyMediaError } from '../../src/controllers/permission-controller.js';
import { fakeEnvironment, mediaError } from '../helpers/real-sdk.js';

class PermissionHost extends LitElement {
  readonly permission = new PermissionController(this, { timeout: () => 10_000 });
}
customElements.define('permission-controller-host', PermissionHost);

describe('PermissionController', () => {
  it('classifies getUserMedia errors', () => {
    expect(classifyMediaError(mediaError('NotAllowedError', 'Permission denied by system'), false)).to.equal(
      'denied-os',
    );
    expect(classifyMediaError(mediaError('NotAllowedError', 'Permission denied'), false)).to.equal('denied');
    expect(classifyMediaError(mediaError('NotAllowedError', 'Permission denied'), true)).to.equal('denied-persistent');
    expect(classifyMediaError(mediaError('NotAllowedError', 'Permission dismissed'), false)).to.equal('denied');
    expect(classifyMediaError(mediaError('SecurityError'), false)).to.equal('denied-persistent');
    expect(classifyMediaError(mediaError('NotReadableError'), false)).to.equal('in-use');
    expect(classifyMediaError(mediaError('AbortError'), false)).to.equal('in-use');
    expect(classifyMediaError(mediaError('NotFoundError'), false)).to.equal('no-device');
    expect(classifyMediaError(mediaError('OverconstrainedError'), false)).to.equal('no-device');
  });

  it('tells which kind failed when both were asked and one device cannot start', async () => {
    const { environment } = fakeEnvironment(
      {},
      {
        getUserMedia: async (c) =>
          c.video ? Promise.reject(mediaError('NotReadableError')) : navigator.mediaDevices.getUserMedia(c),
      },
    );
    const el = await fixture<PermissionHost>(html`<permission-controller-host></permission-controller-host>`);
    el.permission.environment = environment;
    await el.permission.request({ audio: true, video: true });
    expect(el.permission.outcome('audio')).to.equal('granted');
    expect(el.permission.outcome('video')).to.equal('in-use');
    expect(el.permission.status({ audio: true, video: true })).to.equal('in-use');
    expect(el.permission.status({ audio: true, video: false })).to.equal('granted');
  });

  it('holds one listener per Permissions API status while connected, none after', async () => {
    const { environment, camera, microphone } = fakeEnvironment();
    const el = await fixture<PermissionHost>(html`<permission-controller-host></permission-controller-host>`);
    el.permission.environment = environment;
    await waitUntil(() => el.permission.listenerCount === 2);
    expect(camera.listeners + microphone.listeners).to.equal(2);
    el.remove();
    expect(el.permission.listenerCount).to.equal(0);
    expect(camera.listeners + microphone.listeners).to.equal(0);
    document.body.append(el);
    await waitUntil(() => camera.listeners + microphone.listeners === 2);
    el.remove();
  });
});
