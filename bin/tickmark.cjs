#!/usr/bin/env node
// `tickmark` command line. Runs the built CLI when present, else the TypeScript sources through tsx.
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'cli', 'tickmark.cjs');
if (fs.existsSync(built)) {
  require(built);
} else {
  // The sources are ES modules ("type": "module"): load tsx's loader (ESM + CJS hooks) first, then main.ts.
  const { pathToFileURL } = require('node:url');
  import(pathToFileURL(require.resolve('tsx')).href).then(
    () => import(pathToFileURL(path.join(__dirname, '..', 'electron', 'cli', 'main.ts')).href),
  );
}
