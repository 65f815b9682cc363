// Bundles the Node-side entry points (Electron main, preload, CLI) with esbuild.
// Dependencies stay external: they are installed next to the app and loaded from node_modules.
// TICKMARK_BUILD_OUT puts the output under another folder (tests build a private copy, leaving dist/ alone).
import { build } from 'esbuild';

const out = process.env.TICKMARK_BUILD_OUT ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: `${out}/electron/main.cjs`,
    external: ['electron'],
  }),
  // The sandboxed preload can only require('electron'): bundle everything else into it.
  build({
    ...common,
    packages: undefined,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: `${out}/electron/preload.cjs`,
    external: ['electron'],
  }),
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: `${out}/cli/tickmark.cjs` }),
]);
