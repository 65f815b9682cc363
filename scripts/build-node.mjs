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
  // Sources use import.meta.dirname (ES modules); in the CommonJS bundle it is the bundle's folder.
  define: { 'import.meta.dirname': '__dirname' },
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
  // The import worker (electron/services/import/run-import-worker.ts) looks for it beside the bundle
  // that starts it: one beside main, one beside the CLI.
  build({
    ...common,
    entryPoints: ['electron/services/import/import-worker.ts'],
    outfile: `${out}/electron/import-worker.cjs`,
  }),
  build({
    ...common,
    entryPoints: ['electron/services/import/import-worker.ts'],
    outfile: `${out}/cli/import-worker.cjs`,
  }),
]);
