// Two builds:
//  1. dist/: the library, one ESM module per source module (lit and the SDK external), for bundlers.
// Both minify the `html` and `css` templates (scripts/minify-templates.mjs): the source stays readable.
//  2. dist/cdn/acs-calling-elements.js: one minified file with lit inside (the SDK stays external) that registers
//     every tag from a single <script type="module">.
// Type declarations come from `tsc -p tsconfig.build.json` (scripts/build.mjs runs both).
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const elementEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/components/${d.name}/acs-${d.name}.ts`)
  .filter((f) => existsSync(f));

const libraryInputs = ['src/index.ts', 'src/define.ts', 'src/simulator/index.ts', ...elementEntries].filter((f) =>
  existsSync(f),
);

const isSdk = (id) => id.startsWith('@azure/');
const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-');

const esbuildPlugin = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', sourceMap: true });

export default [
  {
    input: libraryInputs,
    external: (id) => isSdk(id) || isLit(id),
    plugins: [esbuildPlugin(), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/define.ts',
    external: isSdk,
    plugins: [resolve({ exportConditions: ['browser', 'production'] }), esbuildPlugin(), minifyTemplates()],
    output: {
      file: 'dist/cdn/acs-calling-elements.js',
      format: 'esm',
      inlineDynamicImports: true,
      sourcemap: true,
      plugins: [terser({ ecma: 2020, module: true, format: { comments: false } })],
    },
  },
];
