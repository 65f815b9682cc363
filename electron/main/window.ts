/**
 * The main window and the hardening every web contents gets: sandboxed, context-isolated renderer with
 * no Node, no navigation away from the app, no new windows, no permissions (Electron security checklist
 * items 2–4, 6, 13–15).
 */
import { BrowserWindow, type WebContents } from 'electron';

/** The origin the renderer is served from (see app-protocol.ts). */
export const appOrigin = 'tickmark://app';
export const appIndexUrl = `${appOrigin}/index.html`;

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
    // A literal object, not a helper's return value, so electronegativity (which every security review
    // runs) can verify each value; window.test.ts pins them too.
    webPreferences: {
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK: our own bundled preload (reviewed: preload.ts)
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
      // Middle-click would otherwise open a link in a new window without going through the open handler.
      disableBlinkFeatures: 'Auxclick',
    },
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
