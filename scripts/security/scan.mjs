// Runs electronegativity (Doyensec's Electron security scanner) over electron/ and prints its findings.
// Exits 1 when any finding is HIGH or MEDIUM, so `npm run security:scan` and the unit test fail on them.
//
// The scanner reaches for the network twice (updated translations, Electron's release list) and waits
// for timeouts and retries when offline: ~20 s on a machine without internet. Both are optional, so its
// HTTP client is replaced by one that fails at once, and the release check (a report about newer
// Electron versions, not about our code) is skipped. The scan then takes ~3 s and never depends on the
// network. Usage: node scripts/security/scan.mjs [--json] [--input electron/]
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const inputIndex = args.indexOf('--input');
const input = path.resolve(root, inputIndex >= 0 ? args[inputIndex + 1] : 'electron');
const electronVersion = require('electron/package.json').version;

const offline = () => Promise.reject(new Error('electronegativity runs offline in Tickmark'));
offline.head = offline;
const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  return request === 'got' ? offline : load.call(this, request, ...rest);
};
const quiet = console.log;
console.log = () => undefined;
const run = require('@doyensec/electronegativity/dist/runner.js');
const result = await run({
  input,
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});
console.log = quiet;
Module._load = load;

const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: path.relative(root, issue.file),
  line: issue.location.line,
  column: issue.location.column,
  sample: String(issue.sample ?? '').trim(),
}));
const blocking = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
const errors = result.errors.filter((error) => !error.tolerable);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ electronVersion, findings, errors }, null, 2)}\n`);
} else {
  const summary = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
    .map((level) => `${findings.filter((finding) => finding.severity === level).length} ${level}`)
    .join(', ');
  process.stdout.write(
    `electronegativity (Electron ${electronVersion}) over ${path.relative(root, input)}/: ${summary}\n`,
  );
  for (const finding of findings) {
    process.stdout.write(
      `  ${finding.severity} ${finding.id} ${finding.file}:${finding.line}:${finding.column} ${finding.sample}\n`,
    );
  }
  for (const error of errors) process.stdout.write(`  could not parse ${error.file}: ${error.message}\n`);
}
process.exitCode = blocking.length > 0 || errors.length > 0 ? 1 : 0;
