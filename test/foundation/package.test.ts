// The package's structural promises: the side-effect-free entry registers no tag; define.js registers every
// element documented in custom-elements.json; every private CSS variable an element uses is defined.
import { expect } from '@open-wc/testing';

type Declaration = { tagName?: string; name: string };
let tags: string[] = [];

describe('package entries', () => {
  before(async () => {
    // The test runner serves the project root: read the committed manifest as a page would.
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Declaration[] }>;
    };
    tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => d.tagName as string);
  });

  it('the manifest documents the elements', () => {
    expect(tags.length).to.be.greaterThan(0);
  });

  it('importing the main entry registers no tag', async () => {
    const index = await import('../../src/index.js');
    expect(Object.keys(index).length).to.be.greaterThan(0);
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('define.js registers every documented tag', async () => {
    await import('../../src/define.js');
    for (const tag of tags) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('every global token the themes declare is read by some element', async () => {
    await import('../../src/define.js');
    const { tokens } = (await (await fetch('/src/styles/tokens.json')).json()) as { tokens: { name: string }[] };
    const css = [...tags, 'acs-video-tile']
      .map((tag) => customElements.get(tag) as unknown as { elementStyles?: Array<{ cssText?: string }> })
      .flatMap((ctor) => ctor.elementStyles ?? [])
      .map((s) => s.cssText ?? '')
      .join('\n');
    const unread = tokens
      .map((t) => `--_${t.name.replace(/^color-/, '')}`)
      .filter((name) => !new RegExp(`var\\(\\s*${name}\\s*[,)]`).test(css));
    expect(unread, 'tokens no element reads').to.deep.equal([]);
  });

  it('no element draws a colour or shadow of its own: every one is a token (literal values only in the token table)', async () => {
    await import('../../src/define.js');
    const { tokenStyles } = await import('../../src/styles/tokens.js');
    const table = tokenStyles.cssText;
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black)\b(?!-)/gi;
    const found: string[] = [];
    for (const tag of [...tags, 'acs-video-tile']) {
      const ctor = customElements.get(tag) as unknown as { elementStyles?: Array<{ cssText?: string }> };
      for (const sheet of ctor.elementStyles ?? []) {
        if (sheet.cssText === table) continue;
        for (const m of (sheet.cssText ?? '').matchAll(literal)) found.push(`${tag}: ${m[0]}`);
      }
    }
    expect(found, 'literal colours outside src/styles/tokens.json').to.deep.equal([]);
  });

  it('every private --_ variable used by an element is defined by it', async () => {
    await import('../../src/define.js');
    for (const tag of tags) {
      const ctor = customElements.get(tag) as unknown as { elementStyles?: Array<{ cssText?: string }> };
      const css = (ctor.elementStyles ?? []).map((s) => s.cssText ?? '').join('\n');
      const used = new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
      const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const missing = [...used].filter((v) => !defined.has(v));
      expect(missing, `${tag} uses undefined private variables`).to.deep.equal([]);
    }
  });
});
