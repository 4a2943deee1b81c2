// The elements on a page with a strict Content-Security-Policy (no inline styles, Trusted Types required with
// lit-html's policy listed): the video grid lays its tiles out at their computed sizes (its layout variables are
// set through the CSSOM, never a style attribute), and the page reports no violation.
import { expect, waitUntil } from '@open-wc/testing';
import { gridShape } from '../../src/components/video-grid/video-grid.js';

describe('a page with a strict Content-Security-Policy', () => {
  it('lays the video grid out with its tiles at their sizes, and nothing is blocked', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 600px; border: 0';
    frame.src = new URL('../fixtures/strict-csp.html', import.meta.url).href;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { gridReady: Promise<HTMLElement>; violations: string[] };
    const grid = await win.gridReady;
    const tiles = () => [...grid.shadowRoot!.querySelectorAll('acs-video-tile')];
    await waitUntil(() => tiles().length === 4, '4 tiles');
    const { cols, rows, tileWidth } = gridShape(4, 800, 450);
    await waitUntil(() => Math.abs(tiles()[0]!.getBoundingClientRect().width - Math.floor(tileWidth)) <= 1, 'sized');
    const boxes = tiles().map((t) => t.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.width).to.be.closeTo(Math.floor(tileWidth), 1);
      expect(box.height).to.be.closeTo(Math.floor((tileWidth * 9) / 16), 1);
    }
    expect(new Set(boxes.map((b) => Math.round(b.left))).size, 'columns').to.equal(cols);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'rows').to.equal(rows);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
