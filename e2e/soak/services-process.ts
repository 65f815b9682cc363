/**
 * The soak's services process: main's services (createAppApi over a host like the harness's) behind the
 * harness's static server and bridge, in a Node process of their own so the soak can SIGKILL them in the
 * middle of a call, as a crash of Electron's main process would. The parent talks to it over the fork
 * IPC channel: `listen` (another port, i.e. a fresh origin and database for the next run), `open` /
 * `save` (what the next Open or Save dialog returns). Started with SOAK_TOKEN (the bridge token the
 * browser's init script sends) and optionally SOAK_PORT (the port of the run it is restarted for).
 */
import { createAppApi, type AppHost } from '../../electron/services/app-api';
import { createChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { bridgeInvokePath, bridgeTokenHeader, createBridgeEndpoint } from '../harness-bridge';
import { chromiumPath, packageVersion, rendererDir, resourcesDir } from '../harness-paths';
import { startStaticServer } from '../harness-server';

export type ToServices =
  { type: 'listen'; port?: number } | { type: 'open'; path: string } | { type: 'save'; path: string };
export type FromServices =
  { type: 'ready' } | { type: 'listening'; port: number } | { type: 'failed'; message: string };

const token = process.env.SOAK_TOKEN ?? '';
const dialogQueue: string[] = [];
const saveQueue: string[] = [];
const printer = createChromiumPrinter(chromiumPath);
const host: AppHost = {
  showOpenDialog: async () => dialogQueue.shift() ?? null,
  chooseSavePath: async () => dialogQueue.shift() ?? null,
  takeLaunchPaths: () => [],
  openExternal: async () => undefined,
  appInfo: { version: packageVersion(), systemLocale: 'en-US', platform: process.platform },
  resourcesDir,
  export: {
    showSaveDialog: async () => saveQueue.shift() ?? null,
    printToPdf: printer.printToPdf,
    showItemInFolder: () => undefined,
    reportProgress: () => undefined,
  },
};
const endpoint = { ...createBridgeEndpoint(createAppApi(host)), token };
const send = (message: FromServices) => process.send?.(message);

process.on('message', (message: ToServices) => {
  if (message.type === 'open') dialogQueue.push(message.path);
  else if (message.type === 'save') saveQueue.push(message.path);
  else {
    startStaticServer(rendererDir, message.port ?? 0, {
      path: bridgeInvokePath,
      tokenHeader: bridgeTokenHeader,
      endpoint,
    }).then(
      (server) => send({ type: 'listening', port: server.port }),
      (error: Error) => send({ type: 'failed', message: error.message }),
    );
  }
});
// The parent going away (the soak ended or crashed) ends this process and its printer's Chromium.
process.on('disconnect', () => {
  void printer.close().finally(() => process.exit(0));
});
send({ type: 'ready' });
