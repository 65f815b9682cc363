// Runs before `npm start`: makes sure the Electron binary is there. `npm install` skips its download
// (allowScripts / ELECTRON_SKIP_BINARY_DOWNLOAD, so installs work offline and in CI), so on first start
// this fetches it with electron's own installer, or says plainly what to do when that cannot happen.
// The decisions are pure functions, tested in ensure-electron.test.ts; the effects are in main() below.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultMirror = 'https://github.com/electron/electron/releases/download/';

/** The executable's path inside node_modules/electron/dist, as electron's install.js names it. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * What is installed, from facts read off node_modules/electron (same test as its install.js):
 * 'installed' | 'missing' | 'wrong-version'.
 */
export function electronStatus({
  expectedVersion,
  distVersion,
  pathTxt,
  expectedExecutable,
  executableExists,
}) {
  if (distVersion === null || pathTxt === null || !executableExists) return 'missing';
  if (distVersion.trim().replace(/^v/, '') !== expectedVersion) return 'wrong-version';
  if (pathTxt.trim() !== expectedExecutable) return 'missing';
  return 'installed';
}

/** The environment for electron's installer: never with the skip flag that `npm install` used. */
export function installerEnvironment(env) {
  const copy = { ...env };
  delete copy.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete copy.npm_config_electron_skip_binary_download;
  return copy;
}

/** Where @electron/get looks for the zip of this version (cache root / sha256 of the URL's folder). */
export function cachedZipPath({ version, platform, arch, env, homeDir }) {
  const mirror = env.ELECTRON_MIRROR ?? defaultMirror;
  const folderUrl = `${mirror.replace(/\/?$/, '/')}v${version}`;
  const cacheRoot = env.electron_config_cache ?? defaultCacheRoot(platform, env, homeDir);
  const zip = `electron-v${version}-${platform}-${arch}.zip`;
  return { zip, path: path.join(cacheRoot, createHash('sha256').update(folderUrl).digest('hex'), zip) };
}

function defaultCacheRoot(platform, env, homeDir) {
  if (platform === 'darwin') return path.join(homeDir, 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(homeDir, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(homeDir, '.cache'), 'electron');
}

/** The message shown when the binary is still missing after the installer ran. */
export function failureAdvice({ version, reason, cache }) {
  return [
    `Tickmark could not start: the Electron ${version} binary is not installed and could not be downloaded.`,
    `Reason: ${reason}`,
    '',
    'What to do (any one of these):',
    '  1. Connect to the internet once and run `npm start` again; the binary is kept afterwards.',
    '  2. Use a mirror you can reach: ELECTRON_MIRROR=https://your.mirror/electron/ npm start',
    `  3. Offline: download ${cache.zip} on another machine and copy it to`,
    `       ${cache.path}`,
    '     (that path follows ELECTRON_MIRROR and electron_config_cache if you set them), then run',
    '     `npm start`. Its checksum is verified against node_modules/electron/checksums.json.',
    '',
    '`npm test` does not need Electron: the end-to-end tests run the app in Chromium.',
  ].join('\n');
}

function readOrNull(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function currentStatus(electronDir, version) {
  const expectedExecutable = platformExecutable(process.platform);
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  return electronStatus({
    expectedVersion: version,
    distVersion: readOrNull(path.join(electronDir, 'dist', 'version')),
    pathTxt: readOrNull(path.join(electronDir, 'path.txt')),
    expectedExecutable,
    executableExists: existsSync(path.join(distDir, expectedExecutable)),
  });
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const electronDir = path.join(root, 'node_modules', 'electron');
  const manifest = readOrNull(path.join(electronDir, 'package.json'));
  if (manifest === null) {
    console.error('Electron is not installed in node_modules: run `npm install` first.');
    process.exit(1);
  }
  const { version } = JSON.parse(manifest);
  if (currentStatus(electronDir, version) === 'installed') return;

  console.log(`Electron ${version} binary not found; downloading it once (about 100 MB)…`);
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    env: installerEnvironment(process.env),
    stdio: 'inherit',
  });
  if (run.status === 0 && currentStatus(electronDir, version) === 'installed') {
    console.log(`Electron ${version} installed.`);
    return;
  }
  const reason = run.error
    ? run.error.message
    : `electron's installer exited with ${run.status ?? run.signal} (the error is printed above).`;
  const cache = cachedZipPath({
    version,
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    homeDir: os.homedir(),
  });
  console.error(`\n${failureAdvice({ version, reason, cache })}`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
