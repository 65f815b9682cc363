/**
 * Playwright global setup: makes sure the renderer build the harness serves exists and is not older than
 * its sources, building it once (as `npm run build:renderer` does) when it is missing or stale. (`npm run test:e2e`
 * builds first anyway; this covers `npx playwright test` run directly.)
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeAbandonedProfiles, useTempRoot } from '../scripts/test-temp-root';
import { projectRoot, rendererDir, rendererIndex } from './harness-paths';

/** Folders and files whose changes make the renderer build stale. */
const rendererInputs = ['renderer', 'shared', 'vite.config.ts', 'package.json'];

export default function globalSetup(): () => void {
  removeAbandonedProfiles(tmpdir());
  // Profiles, fixtures and Chromium's temporary files of the whole run go into one folder that the
  // returned teardown removes (scripts/test-temp-root.ts).
  const teardown = useTempRoot('tickmark-e2e-run-');
  ensureRendererBuild();
  return teardown;
}

function ensureRendererBuild(): void {
  // A renderer build given explicitly (TICKMARK_E2E_RENDERER_DIR) is used as it is.
  if (process.env.TICKMARK_E2E_RENDERER_DIR) return;
  const builtAt = existsSync(rendererIndex) ? statSync(rendererIndex).mtimeMs : -1;
  const newestInput = Math.max(...rendererInputs.map((input) => newestMtime(path.join(projectRoot, input))));
  if (builtAt >= newestInput) return;
  console.log(builtAt < 0 ? 'e2e: building the renderer…' : 'e2e: renderer sources changed, rebuilding…');
  // Build beside dist/renderer and swap it in, so specs already running elsewhere (the tree's dist/ is
  // shared) see the old build or the new one, never a half-written folder.
  const staging = path.join(projectRoot, 'dist', `.renderer-${process.pid}`);
  execSync(`npx vite build --config vite.config.ts --outDir "${staging}" --emptyOutDir`, {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  const retired = path.join(projectRoot, 'dist', `.renderer-old-${process.pid}`);
  if (existsSync(rendererDir)) renameSync(rendererDir, retired);
  renameSync(staging, rendererDir);
  rmSync(retired, { recursive: true, force: true });
}

/** Latest modification time of a file, or of any file below a folder (0 if absent). */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}
