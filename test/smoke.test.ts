import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('has fake media devices', async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    expect(stream.getVideoTracks()).to.have.length(1);
    stream.getTracks().forEach((t) => t.stop());
  });
});
