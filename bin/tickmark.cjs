#!/usr/bin/env node
// `tickmark` command line. Runs the built CLI when present, else the TypeScript sources through tsx.
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'cli', 'tickmark.cjs');
if (fs.existsSync(built)) {
  require(built);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'electron', 'cli', 'main.ts'));
}
