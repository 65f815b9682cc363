/**
 * Where the harness finds the project's pieces: the built renderer, the bundled Electron main, the
 * resources folder, and (when it was downloaded) the Electron binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `<root>/e2e/`). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built renderer; TICKMARK_E2E_RENDERER_DIR points the harness at another build. */
export const rendererDir = path.resolve(
  process.env.TICKMARK_E2E_RENDERER_DIR ?? path.join(projectRoot, 'dist', 'renderer'),
);
export const rendererIndex = path.join(rendererDir, 'index.html');
export const electronMain = path.join(projectRoot, 'dist', 'electron', 'main.cjs');
export const resourcesDir = path.join(projectRoot, 'resources');
/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The Electron executable when its binary has been downloaded, else null. Reads `path.txt` the way
 * the electron package does, without `require('electron')`, which would try to download the binary.
 */
export function installedElectronBinary(): string | null {
  if (process.env.TICKMARK_E2E_FORCE_CHROMIUM === '1') return null;
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  try {
    const relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(packageDir, 'dist', relative);
    return relative && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The app's version from package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
