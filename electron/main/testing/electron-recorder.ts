/**
 * A recording stand-in for the `electron` module, for tests that load the built main bundle where the
 * Electron binary is not installed. It implements just what Tickmark's main uses and records every call:
 * windows (options, loaded URLs, messages sent), IPC handlers, the protocol handler, the menu template,
 * session rules and app events. `whenReady` resolves at once, so main starts as soon as it is loaded.
 */
type Listener = (...args: unknown[]) => unknown;
type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

export interface RecordedWindow {
  options: Record<string, unknown>;
  loaded: string[];
  sent: unknown[][];
}

export interface MenuItem {
  label?: string;
  accelerator?: string;
  role?: string;
  click?: unknown;
  submenu?: MenuItem[];
}

/** A web contents stand-in whose event handlers a test can fire. */
export interface FakeWebContents {
  fire(name: string, ...args: unknown[]): boolean;
  open(url: string): unknown;
}

export function createElectronRecorder(options: { appPath: string; locale?: string }) {
  const log: string[] = [];
  const windows: RecordedWindow[] = [];
  const handlers = new Map<string, Handler>();
  const appEvents = new Map<string, Listener>();
  let menu: MenuItem[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let permissionRequestHandler: Listener | undefined;
  let permissionCheckHandler: Listener | undefined;
  let started: () => void = () => undefined;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));

  class BrowserWindow {
    static getAllWindows = () => windows.map(() => ({}));
    static getFocusedWindow = () => null;
    readonly record: RecordedWindow;
    readonly webContents: { send: (...args: unknown[]) => void };
    constructor(windowOptions: Record<string, unknown>) {
      this.record = { options: windowOptions, loaded: [], sent: [] };
      windows.push(this.record);
      this.webContents = { send: (...args: unknown[]) => this.record.sent.push(args) };
      log.push('new BrowserWindow');
      // main opens its window at the end of start-up.
      queueMicrotask(started);
    }
    loadURL = async (url: string) => void this.record.loaded.push(url);
    once = () => this;
    on = () => this;
    show = () => undefined;
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
  }

  const electron = {
    app: {
      setPath: (name: string, value: string) => log.push(`app.setPath ${name} ${value}`),
      getPath: () => options.appPath,
      enableSandbox: () => log.push('app.enableSandbox'),
      requestSingleInstanceLock: () => (log.push('app.requestSingleInstanceLock'), true),
      isPackaged: false,
      getAppPath: () => options.appPath,
      getVersion: () => '0.0.0-test',
      getLocale: () => options.locale ?? 'en-US',
      getPreferredSystemLanguages: () => [options.locale ?? 'en-US'],
      on: (name: string, listener: Listener) => void appEvents.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: () => log.push('app.quit'),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu: (template: MenuItem[]) => {
        menu = template;
        log.push('Menu.setApplicationMenu');
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { openExternal: async (url: string) => void log.push(`shell.openExternal ${url}`) },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: () => log.push('session.onBeforeRequest'),
          onHeadersReceived: () => log.push('session.onHeadersReceived'),
        },
        setPermissionRequestHandler: (handler: Listener) => void (permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => void (permissionCheckHandler = handler),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        log.push(`protocol.registerSchemesAsPrivileged ${schemes.map((entry) => entry.scheme).join(',')}`),
      handle: (_scheme: string, handler: typeof protocolHandler) => void (protocolHandler = handler),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) },
  };

  const findIn = (items: MenuItem[], test: (item: MenuItem) => boolean): MenuItem | undefined => {
    for (const item of items) {
      if (test(item)) return item;
      const found = item.submenu ? findIn(item.submenu, test) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  return {
    electron,
    log,
    windows,
    handlers,
    appEvents,
    get menu() {
      return menu;
    },
    whenStarted: () => startedPromise,
    findMenuItem: (test: (item: MenuItem) => boolean) => findIn(menu, test),
    async fetchApp(url: string) {
      if (!protocolHandler) throw new Error('main did not register the app protocol handler');
      const response = await protocolHandler(new Request(url));
      return { status: response.status, headers: response.headers, body: await response.text() };
    },
    permissionRequest(permission: string): boolean | undefined {
      let answer: boolean | undefined;
      permissionRequestHandler?.({}, permission, (granted: boolean) => (answer = granted), {});
      return answer;
    },
    permissionCheck: (permission: string) => permissionCheckHandler?.({}, permission, 'tickmark://app', {}),
    /** Emits app 'web-contents-created' with a fake web contents and returns it for firing events. */
    createWebContents(): FakeWebContents {
      const listeners = new Map<string, Listener>();
      let openHandler: Listener | undefined;
      const contents = {
        on: (name: string, listener: Listener) => void listeners.set(name, listener),
        setWindowOpenHandler: (handler: Listener) => void (openHandler = handler),
      };
      appEvents.get('web-contents-created')?.({}, contents);
      return {
        fire(name, ...args) {
          let prevented = false;
          listeners.get(name)?.({ preventDefault: () => (prevented = true) }, ...args);
          return prevented;
        },
        open: (url) => openHandler?.({ url }),
      };
    },
  };
}

export type ElectronRecorder = ReturnType<typeof createElectronRecorder>;
