/**
 * Pins the main window's webPreferences and the navigation / new-window denial (Electron security
 * checklist). `electron` is mocked: its binary is not installed where unit tests run.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL });
    }
  },
}));

const { appIndexUrl, createMainWindow, hardenWebContents } = await import('./window');

/** A WebContents stand-in that records handlers so the test can fire them. */
function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault: () => void }, ...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  return {
    contents: {
      on: (name: string, handler: (event: { preventDefault: () => void }, ...args: unknown[]) => void) =>
        handlers.set(name, handler),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        openHandler = handler;
      },
    },
    fire(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      handlers.get(name)?.({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('uses exactly the hardened webPreferences', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', title: 'Tickmark' });
    expect(created).toHaveLength(1);
    const preferences = created[0]?.options.webPreferences;
    expect(preferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences).not.toHaveProperty('enableRemoteModule');
  });

  it('loads the app from its own protocol, not from file:// or the network', () => {
    createMainWindow({ preloadPath: '/p', title: 'Tickmark' });
    expect(created[0]?.loadURL).toHaveBeenCalledWith(appIndexUrl);
    expect(appIndexUrl).toBe('tickmark://app/index.html');
  });
});

describe('hardenWebContents', () => {
  it('prevents every navigation and webview, and denies new windows', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'tickmark://app/index.html')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('tickmark://app/index.html')).toEqual({ action: 'deny' });
    // A middle-click or target=_blank on an app link is a new window too: denied like any other.
    expect(fake.open('tickmark://app/assets/index.js')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
  });

  it('allows redirects only within the app origin', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never);
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-redirect', 'tickmark://app/index.html')).toBe(false);
    expect(fake.fire('will-redirect', 'tickmark://app.evil.example/index.html')).toBe(true);
    expect(fake.fire('will-redirect', 'tickmark://other/index.html')).toBe(true);
    expect(fake.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
  });
});
