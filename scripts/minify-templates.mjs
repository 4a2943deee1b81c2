// Template minification at build time: the source keeps readable, formatted `html` and `css` templates, and the
// builds ship them without indentation or comments. One set of options for rollup (dist/ and the CDN bundle) and
// for `npm run size`, so the sizes measured are the sizes shipped.
import { readFile } from 'node:fs/promises';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

/**
 * html-minifier's options, over the plugin's defaults: whitespace is collapsed to one space, never removed, so that
 * text read by screen readers and live regions keeps its word breaks exactly as in the source.
 */
const options = { minifyOptions: { conservativeCollapse: true } };

/** The rollup plugin (transforms the modules under src/). */
export const minifyTemplates = () => minifyHTML({ include: ['src/**/*.ts'], failOnError: true, options });

/** The same, as an esbuild plugin (for scripts/size.mjs). */
export const minifyTemplatesEsbuild = () => ({
  name: 'minify-html-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const result = await minifyHTMLLiterals(source, { ...options, fileName: path });
      return { contents: result?.code ?? source, loader: 'ts' };
    });
  },
});
