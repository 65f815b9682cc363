/**
 * The main window and the hardening every web contents gets: sandboxed, context-isolated renderer with
 * no Node, no navigation away from the app, no new windows, no permissions (Electron security checklist
 * items 2–4, 6, 13–15).
 */
import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';

/** The origin the renderer is served from (see app-protocol.ts). */
export const appOrigin = 'tickmark://app';
export const appIndexUrl = `${appOrigin}/index.html`;

/** The exact webPreferences of every Tickmark window; a unit test pins each value. */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/** Creates and loads the main window; it shows once the first paint is ready. */
export function createMainWindow(options: {
  preloadPath: string;
  title: string;
  iconPath?: string;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    // Linux and Windows show it in the title bar and task switcher; macOS uses the bundle's icon.
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appIndexUrl);
  return window;
}

/**
 * Denies navigation, redirects away, new windows and <webview>s for any web contents. Links the user
 * clicks go through the bridge's `openExternalLink`, which checks them.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
