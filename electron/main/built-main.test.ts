/**
 * The nearest thing to `npm start` without the Electron binary: builds the app exactly as `npm run build`
 * does (into a private folder), loads the BUILT main bundle with `require('electron')` answered by a
 * recorder, and checks what the running app did: the window and its preload, the app protocol serving the
 * built renderer under the strict CSP, one validated handler per contract channel, the menu, the session
 * rules, and the hardening of every web contents. Unlike main.test.ts (sources + vi.mock) this catches
 * bundling mistakes: a missing file, a dependency that fails to load, a channel lost in the build.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../shared/ipc/contract';
import { createElectronRecorder, type ElectronRecorder } from './testing/electron-recorder';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
// Inside the project so the bundle's external packages resolve from node_modules.
const appRoot = path.join(projectRoot, '.tmp', `built-main-${process.pid}`);
const run = promisify(execFile);
let recorder: ElectronRecorder;

beforeAll(async () => {
  rmSync(appRoot, { recursive: true, force: true });
  mkdirSync(appRoot, { recursive: true });
  const env = { ...process.env, TICKMARK_BUILD_OUT: path.join(appRoot, 'dist') };
  await Promise.all([
    run(process.execPath, ['scripts/build-node.mjs'], { cwd: projectRoot, env }),
    run(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'vite.config.ts',
        '--outDir',
        path.join(appRoot, 'dist', 'renderer'),
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: projectRoot },
    ),
  ]);
  recorder = createElectronRecorder({ appPath: appRoot });
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? recorder.electron : load.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(path.join(appRoot, 'dist', 'electron', 'main.cjs'));
    await recorder.whenStarted();
  } finally {
    (Module as unknown as { _load: typeof load })._load = load;
  }
}, 180_000);

afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

describe('the built main process', () => {
  it('prepares the scheme and the sandbox before ready, then takes the single-instance lock', () => {
    expect(recorder.log.slice(0, 3)).toEqual([
      'protocol.registerSchemesAsPrivileged tickmark',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
    ]);
  });

  it('opens one hardened window with the built preload', () => {
    expect(recorder.windows).toHaveLength(1);
    const [window] = recorder.windows;
    const preferences = window!.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    const preload = String(preferences.preload);
    expect(preload).toBe(path.join(appRoot, 'dist', 'electron', 'preload.cjs'));
    expect(readFileSync(preload, 'utf8')).toContain('exposeInMainWorld');
    expect(window!.loaded).toEqual(['tickmark://app/index.html']);
  });

  it('serves the built renderer through the app protocol under a CSP with no unsafe-*', async () => {
    const index = await recorder.fetchApp('tickmark://app/index.html');
    expect(index.status).toBe(200);
    const policy = index.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(index.body);
    expect(meta?.[1]).toBe(policy);
    // Every script and stylesheet the built page references is served (a broken build would 404).
    const assets = [...index.body.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect((await recorder.fetchApp(`tickmark://app/${asset}`)).status, asset).toBe(200);
    }
    expect(index.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const outside = await recorder.fetchApp('tickmark://app/..%2F..%2Fpackage.json');
    expect(outside.status).toBe(403);
  });

  it('registers one validated handler per contract channel', async () => {
    expect([...recorder.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    const info = recorder.handlers.get(invokeChannels.getAppInfo)!;
    expect(await info({ senderFrame: { url: 'tickmark://app/index.html' } })).toMatchObject({ ok: true });
    await expect(info({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/Refused/);
  });

  it('installs the menu, whose items reach the focused window', () => {
    expect(recorder.menu.length).toBeGreaterThan(0);
    const open = recorder.findMenuItem((item) => item.accelerator === 'CmdOrCtrl+O');
    expect(open).toBeDefined();
    (open!.click as () => void)();
    expect(recorder.windows[0]!.sent).toContainEqual([eventChannels.command, 'open']);
  });

  it('denies permissions and hardens every web contents it is told about', () => {
    expect(recorder.permissionRequest('media')).toBe(false);
    expect(recorder.permissionCheck('notifications')).toBe(false);
    const contents = recorder.createWebContents();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(existsSync(path.join(appRoot, 'dist', 'renderer', 'index.html'))).toBe(true);
  });
});
