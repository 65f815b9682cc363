/**
 * Smoke test of the Electron entry with `electron` mocked: the profile override, the single-instance
 * lock, the launch queue from argv and second instances, and the start-up wiring (scheme, session
 * rules, IPC handlers, menu, hardened window).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../shared/ipc/contract';

const calls: string[] = [];
const appEvents = new Map<string, (...args: unknown[]) => void>();
const handled = new Map<string, (...args: unknown[]) => Promise<unknown>>();
const sent: unknown[][] = [];
let readyCallback: (() => void) | undefined;

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = { send: (...args: unknown[]) => sent.push(args) };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      calls.push(`window sandbox=${String(options.webPreferences.sandbox)}`);
    }
    loadURL = async (url: string) => calls.push(`load ${url}`);
    once = () => undefined;
    on = () => undefined;
    isMinimized = () => false;
    focus = () => calls.push('focus');
  }
  const session = {
    webRequest: {
      onBeforeRequest: () => calls.push('block-remote'),
      onHeadersReceived: () => calls.push('csp'),
    },
    setPermissionRequestHandler: () => calls.push('deny-permissions'),
    setPermissionCheckHandler: () => undefined,
  };
  return {
    app: {
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      isPackaged: true,
      getAppPath: () => '/opt/tickmark/app',
      getVersion: () => '0.1.0',
      getLocale: () => 'zh-TW',
      getPreferredSystemLanguages: () => ['zh-Hant-TW'],
      on: (name: string, handler: (...args: unknown[]) => void) => appEvents.set(name, handler),
      whenReady: () => ({ then: (callback: () => void) => (readyCallback = callback) }),
      quit: () => calls.push('quit'),
    },
    BrowserWindow,
    Menu: {
      setApplicationMenu: () => calls.push('menu'),
      buildFromTemplate: (template: unknown) => template,
    },
    dialog: {},
    shell: {},
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('register-scheme'),
      handle: () => calls.push('serve-protocol'),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) =>
        handled.set(channel, handler),
    },
  };
});

const originalArgv = process.argv;
process.env.TICKMARK_USER_DATA_DIR = '/tmp/tickmark-profile';
process.argv = ['/opt/tickmark/tickmark', '--no-sandbox-probe', 'draft.txt'];
Object.defineProperty(process, 'resourcesPath', { value: '/opt/tickmark/resources', configurable: true });
await import('./main');

afterAll(() => {
  process.argv = originalArgv;
  delete process.env.TICKMARK_USER_DATA_DIR;
});

describe('electron main entry', () => {
  it('sets the profile, the scheme and the sandbox before the app is ready', () => {
    expect(calls.slice(0, 3)).toEqual([
      'setPath userData /tmp/tickmark-profile',
      'register-scheme',
      'enableSandbox',
    ]);
    expect([...appEvents.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'open-file', 'web-contents-created', 'window-all-closed']),
    );
  });

  it('wires security, IPC, menu and the window when ready', () => {
    readyCallback?.();
    expect(calls).toEqual(
      expect.arrayContaining([
        'block-remote',
        'csp',
        'deny-permissions',
        'serve-protocol',
        'menu',
        'window sandbox=true',
        'load tickmark://app/index.html',
      ]),
    );
    expect([...handled.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  it('queues command-line and later files, and tells the window when more arrive', async () => {
    const frame = { senderFrame: { url: 'tickmark://app/index.html' } };
    const take = handled.get(invokeChannels.takePendingDocuments)!;
    const first = (await take(frame)) as { ok: boolean; value: { fileName: string }[] };
    expect(first.value.map((item) => item.fileName)).toEqual(['draft.txt']);
    // The import ran in main's import worker, which reported its progress to the window.
    expect(sent.filter(([channel]) => channel === eventChannels.importProgress)).toEqual([
      [eventChannels.importProgress, { fileName: 'draft.txt', stage: 'reading', done: 0, total: 0 }],
      [eventChannels.importProgress, { fileName: 'draft.txt', stage: 'done', done: 0, total: 0 }],
    ]);
    sent.length = 0;

    appEvents.get('open-file')?.({ preventDefault: () => undefined }, '/docs/later.md');
    appEvents.get('second-instance')?.({}, ['/opt/tickmark/tickmark', 'third.pdf'], '/work');
    expect(sent).toEqual([[eventChannels.documentsReceived], [eventChannels.documentsReceived]]);
    const second = (await take(frame)) as { ok: boolean; value: { fileName: string }[] };
    expect(second.value.map((item) => item.fileName)).toEqual(['later.md', 'third.pdf']);
    expect(calls).toContain('focus');
  });
});
