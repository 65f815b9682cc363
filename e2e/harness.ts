/**
 * The one way e2e tests start Tickmark. Under Electron when its binary is installed; otherwise (this
 * machine, CI) the built renderer is served on 127.0.0.1 with the production CSP, opened in Debian's
 * Chromium with a persistent profile (IndexedDB survives close + relaunch with the same dir), and
 * connected to the real main-process services through `window.tickmark` (see harness-bridge.ts).
 * Only the Electron glue (window, menu, native dialogs, ipcMain) is not exercised in the second mode.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createAppApi, type AppHost } from '../electron/services/app-api';
import { createChromiumPrinter } from '../electron/services/export/chromium-printer';
import { eventChannels, type MenuCommand } from '../shared/ipc/contract';
import {
  bridgeInvokePath,
  bridgeTokenHeader,
  createBridgeEndpoint,
  emitToPage,
  installBridge,
  type BridgeCall,
} from './harness-bridge';
import { launchElectron } from './harness-electron';
import {
  chromiumPath,
  installedElectronBinary,
  packageVersion,
  rendererDir,
  rendererIndex,
  resourcesDir,
} from './harness-paths';
import { startStaticServer, type BridgeRoute, type StaticServer } from './harness-server';

export interface LaunchOptions {
  /** Profile folder; a fresh temporary one by default. Pass the same dir again to relaunch. */
  userDataDir?: string;
  /** Paths handed over as if given on the command line. */
  open?: string[];
  /** UI/system locale, BCP 47 (`en-US`, `zh-TW`, `zh-CN`); `en-US` by default. */
  locale?: string;
  /** Paths the Open dialog "picks", in order; once used up, the dialog is "cancelled". */
  dialogFiles?: string[];
  /**
   * Chromium mode: also stop navigations away from the app, as Electron's will-navigate handler does.
   * Off by default because it intercepts every request (about 3x slower bridge calls); security specs
   * turn it on. Remote hosts never resolve either way, and popups are always closed.
   */
  denyNavigation?: boolean;
  /**
   * Chromium mode: IndexedDB quota of the app's origin in bytes (CDP Storage.overrideQuotaForOrigin,
   * set before the page loads), so a test can fill the storage. Incompressible data is needed to reach
   * it: IndexedDB compresses values.
   */
  storageQuotaBytes?: number;
}

export interface LaunchedApp {
  page: Page;
  /** Closes the app (and the harness's server); never deletes the user-data dir. */
  close(): Promise<void>;
  userDataDir: string;
  /** Adds a path for the next Open or Save dialog (document, source, export) to return. */
  queueDialogFile(path: string): void;
  /** Adds a path for the next Save dialog (Export > Annotated PDF) to return; none queued = cancelled. */
  queueSavePath(path: string): void;
  /** Files the app asked the file manager to show (Chromium mode only). */
  shownInFolder: string[];
  /** Simulates a menu item or accelerator (File > Open, Find, zoom…). */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** Simulates files arriving from the OS or a second instance while the app runs. */
  openFromOs(paths: string[]): Promise<void>;
  /** Console errors and uncaught page errors seen so far; specs assert it stays empty. */
  errors: string[];
  /** URLs the app asked the system browser to open (Chromium mode only). */
  openedLinks: string[];
  /** Every bridge call the page made, in order, with its result (Chromium mode only). */
  bridgeCalls: BridgeCall[];
  mode: 'electron' | 'chromium';
}

/** Starts Tickmark for one test. Always pair with `await app.close()`. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const userDataDir = options.userDataDir ?? (await createProfileDir());
  const locale = options.locale ?? 'en-US';
  const open = (options.open ?? []).map((file) => path.resolve(file));
  const dialogFiles = (options.dialogFiles ?? []).map((file) => path.resolve(file));

  const electronBinary = installedElectronBinary();
  if (electronBinary) {
    const launched = await launchElectron(electronBinary, { userDataDir, locale, open, dialogFiles });
    const page = await launched.app.firstWindow();
    const errors = watchErrors(page);
    await page.waitForLoadState('load');
    return {
      page,
      userDataDir,
      errors,
      openedLinks: [],
      bridgeCalls: [],
      mode: 'electron',
      close: () => launched.app.close(),
      queueDialogFile: launched.queueDialogFile,
      queueSavePath: (file) => {
        // The native Save dialog answers once with `file` (Export > Annotated PDF).
        void launched.app.evaluate(({ dialog }, chosen) => {
          dialog.showSaveDialog = (async () => ({
            canceled: false,
            filePath: chosen,
          })) as typeof dialog.showSaveDialog;
        }, path.resolve(file));
      },
      shownInFolder: [],
      sendMenuCommand: launched.sendMenuCommand,
      openFromOs: launched.openFromOs,
    };
  }
  return launchInChromium({
    userDataDir,
    locale,
    open,
    dialogFiles,
    denyNavigation: options.denyNavigation,
    storageQuotaBytes: options.storageQuotaBytes,
  });
}

/** Profiles this process created; removed when it exits (a spec may relaunch on one until then). */
const createdProfiles = new Set<string>();

/**
 * A fresh profile folder, deleted when this process (a Playwright worker, a bench) exits, whether or not
 * the run's temporary root (scripts/test-temp-root.ts) is in use: benches and scripts that call
 * `launchApp` outside Playwright left a `tickmark-e2e-*` folder per launch in /tmp before.
 */
async function createProfileDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickmark-e2e-'));
  if (createdProfiles.size === 0) process.once('exit', removeCreatedProfiles);
  createdProfiles.add(dir);
  return dir;
}

function removeCreatedProfiles(): void {
  for (const dir of createdProfiles) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  createdProfiles.clear();
}

async function launchInChromium(options: {
  userDataDir: string;
  locale: string;
  open: string[];
  dialogFiles: string[];
  denyNavigation?: boolean;
  storageQuotaBytes?: number;
}): Promise<LaunchedApp> {
  await waitForRendererBuild();
  const dialogQueue = [...options.dialogFiles];
  const launchQueue = [...options.open];
  const openedLinks: string[] = [];
  const bridgeCalls: BridgeCall[] = [];
  const saveQueue: string[] = [];
  const shownInFolder: string[] = [];
  let progressPage: Page | null = null;
  const printer = createChromiumPrinter(chromiumPath);
  const host: AppHost = {
    showOpenDialog: async () => dialogQueue.shift() ?? null,
    // Save dialogs answer from the same queue: a spec queues the path it wants the export written to.
    chooseSavePath: async () => dialogQueue.shift() ?? null,
    takeLaunchPaths: () => launchQueue.splice(0),
    openExternal: async (url) => {
      openedLinks.push(url);
    },
    appInfo: { version: packageVersion(), systemLocale: options.locale, platform: process.platform },
    resourcesDir,
    export: {
      showSaveDialog: async () => saveQueue.shift() ?? null,
      printToPdf: printer.printToPdf,
      showItemInFolder: (file) => {
        shownInFolder.push(file);
      },
      reportProgress: (progress) => {
        if (progressPage)
          void emitToPage(progressPage, eventChannels.exportProgress, progress).catch(() => undefined);
      },
    },
    reportImportProgress: (progress) => {
      if (progressPage)
        void emitToPage(progressPage, eventChannels.importProgress, progress).catch(() => undefined);
    },
  };

  const endpoint = createBridgeEndpoint(createAppApi(host), bridgeCalls);
  const server = await startServerForProfile(options.userDataDir, {
    path: bridgeInvokePath,
    tokenHeader: bridgeTokenHeader,
    endpoint,
  });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(options.userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      locale: options.locale,
      viewport: { width: 1280, height: 800 },
      // Like the session's onBeforeRequest in Electron: nothing but the app's own server is reachable
      // (IP literals such as 127.0.0.1 bypass the resolver). Costs nothing per request.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    await installBridge(context, endpoint.token);
    if (options.denyNavigation) await denyNavigationAway(context, server.origin);
    const page = context.pages()[0] ?? (await context.newPage());
    // Electron's setWindowOpenHandler denies every new window; here a popup is closed as soon as it opens.
    context.on('page', (popup) => {
      if (popup !== page) void popup.close();
    });
    const errors = watchErrors(page);
    progressPage = page;
    if (options.storageQuotaBytes !== undefined) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: server.origin,
        quotaSize: options.storageQuotaBytes,
      });
    }
    await page.goto(`${server.origin}/index.html`);
    const openedContext = context;
    return {
      page,
      userDataDir: options.userDataDir,
      errors,
      openedLinks,
      bridgeCalls,
      mode: 'chromium',
      close: async () => {
        // The server goes in any case: a test may have killed the browser, and a relaunch with this
        // profile needs the port back.
        try {
          await openedContext.close();
        } finally {
          await printer.close().catch(() => undefined);
          await server.close();
        }
      },
      queueDialogFile: (file) => {
        dialogQueue.push(path.resolve(file));
      },
      queueSavePath: (file) => {
        saveQueue.push(path.resolve(file));
      },
      shownInFolder,
      sendMenuCommand: (command) => emitToPage(page, eventChannels.command, command),
      openFromOs: async (paths) => {
        launchQueue.push(...paths.map((file) => path.resolve(file)));
        await emitToPage(page, eventChannels.documentsReceived);
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}

/**
 * Electron's will-navigate preventDefault and onBeforeRequest cancel, by request interception: the page
 * stays where it is, and no request leaves the app's origin.
 */
async function denyNavigationAway(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.url().startsWith(`${origin}/`)) return route.continue();
    // Like Electron's will-navigate preventDefault: a 204 answer makes Chromium keep the current page.
    if (request.isNavigationRequest()) return route.fulfill({ status: 204 });
    return route.abort('blockedbyclient');
  });
}

/** File in the profile remembering the server port: IndexedDB is per origin, and the port is part of it. */
const portFileName = '.tickmark-harness-port';

/** Serves the renderer on the port this profile used before (a new free port for a new profile). */
async function startServerForProfile(userDataDir: string, bridge: BridgeRoute): Promise<StaticServer> {
  const portFile = path.join(userDataDir, portFileName);
  const previous = Number.parseInt(await readFile(portFile, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(previous) && previous > 0) {
    try {
      return await startStaticServer(rendererDir, previous, bridge);
    } catch (error) {
      throw new Error(
        `Cannot relaunch with profile ${userDataDir}: its origin's port ${previous} is taken (${String(error)}).`,
        { cause: error },
      );
    }
  }
  const server = await startStaticServer(rendererDir, 0, bridge);
  await writeFile(portFile, String(server.port));
  return server;
}

/**
 * Waits for dist/renderer/index.html. Engineers and CI share one dist/, and `vite build` empties it
 * first, so a launch that coincides with a rebuild waits for it rather than failing.
 */
async function waitForRendererBuild(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(rendererIndex)) {
    if (Date.now() > deadline) {
      throw new Error(
        `The renderer is not built (${rendererIndex} is missing): run \`npm run build\` first.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Collects console errors and uncaught exceptions of the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
