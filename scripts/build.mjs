// npm run build: rollup (ESM library + CDN bundle), tsc (declarations), themes copied to dist/themes.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, mkdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist/themes', { recursive: true });
cpSync('src/styles/themes', 'dist/themes', { recursive: true });
console.log('built dist/ (library, declarations, themes) and dist/cdn/acs-calling-elements.js');
