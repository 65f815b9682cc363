/**
 * Electron main entry: thin glue that wires the window, the menu, the session's security rules, the
 * validated IPC handlers and the launch queue to the plain services in electron/services. Nothing here
 * decides anything a test would need to check; that lives in the modules it calls.
 */
import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { eventChannels, type MenuCommand } from '../../shared/ipc/contract';
import { createAppApi } from '../services/app-api';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createElectronHost } from './electron-host';
import { registerAppApi } from './ipc';
import { LaunchQueue, pathsFromArgv } from './launch-paths';
import { installMenu } from './menu';
import { secureSession } from './session-security';
import { createMainWindow, hardenWebContents } from './window';

// e2e tests and portable setups give the profile folder explicitly; it must be set before anything
// reads userData (the single-instance lock and IndexedDB live there).
const userDataOverride = process.env.TICKMARK_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

registerAppScheme();
app.enableSandbox();

const queue = new LaunchQueue();
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another Tickmark owns this profile: it receives our command line through 'second-instance'.
  app.quit();
} else {
  queue.add(pathsFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() }));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    queue.add(pathsFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory }));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS "Open With" and drops on the Dock icon; may fire before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    queue.add([filePath]);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(start);
}

function start(): void {
  const appPath = app.getAppPath();
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(appPath, 'resources');
  secureSession(session.defaultSession);
  handleAppProtocol(path.join(appPath, 'dist', 'renderer'));
  registerAppApi(createAppApi(createElectronHost({ queue, resourcesDir, getWindow: () => mainWindow })));

  const send = (command: MenuCommand) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    target?.webContents.send(eventChannels.command, command);
  };
  installMenu({
    send,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    locale: app.getLocale(),
  });

  const iconPath = app.isPackaged
    ? path.join(resourcesDir, 'icon.png')
    : path.join(resourcesDir, 'build', 'icon.png');
  openMainWindow(appPath, iconPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(appPath, iconPath);
  });
}

function openMainWindow(appPath: string, iconPath: string): void {
  const window = createMainWindow({
    preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    title: 'Tickmark',
    iconPath,
  });
  mainWindow = window;
  queue.onDidAdd(() => window.webContents.send(eventChannels.documentsReceived));
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      queue.onDidAdd(null);
    }
  });
}
