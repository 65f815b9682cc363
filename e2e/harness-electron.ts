/**
 * Launch under real Electron, used by `launchApp` when the Electron binary is installed. Dialogs and
 * menu commands are scripted through Playwright's access to the main process.
 */
import { _electron, type ElectronApplication } from '@playwright/test';
import type { MenuCommand } from '../shared/ipc/contract';
import { eventChannels } from '../shared/ipc/contract';
import { electronMain } from './harness-paths';

export interface ElectronLaunch {
  app: ElectronApplication;
  queueDialogFile(path: string): void;
  sendMenuCommand(command: MenuCommand): Promise<void>;
  openFromOs(paths: string[]): Promise<void>;
}

/** Starts Electron with the built main, a user-data dir, a locale and paths as on the command line. */
export async function launchElectron(
  executablePath: string,
  options: { userDataDir: string; locale: string; open: string[]; dialogFiles: string[] },
): Promise<ElectronLaunch> {
  const app = await _electron.launch({
    executablePath,
    args: [electronMain, `--lang=${options.locale}`, ...options.open],
    env: { ...process.env, TICKMARK_USER_DATA_DIR: options.userDataDir, LANG: options.locale },
  });
  // Replace the native Open dialog by a queue the test fills; an empty queue means "cancelled".
  await app.evaluate(({ dialog }, initial) => {
    const queue: string[] = [...initial];
    (globalThis as Record<string, unknown>).__tickmarkDialogQueue = queue;
    dialog.showOpenDialog = (async () => {
      const next = queue.shift();
      return next === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next] };
    }) as typeof dialog.showOpenDialog;
    // Save dialogs answer from the same queue (exports).
    dialog.showSaveDialog = (async () => {
      const next = queue.shift();
      return next === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: next };
    }) as typeof dialog.showSaveDialog;
  }, options.dialogFiles);

  let pending: Promise<unknown> = Promise.resolve();
  return {
    app,
    queueDialogFile(filePath) {
      pending = pending.then(() =>
        app.evaluate((_electron, next) => {
          ((globalThis as Record<string, unknown>).__tickmarkDialogQueue as string[]).push(next);
        }, filePath),
      );
    },
    async sendMenuCommand(command) {
      await pending;
      await app.evaluate(
        ({ BrowserWindow }, [channel, value]) => {
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel, value);
        },
        [eventChannels.command, command] as const,
      );
    },
    async openFromOs(paths) {
      await pending;
      // The same path the OS takes: macOS 'open-file' events, handled by main's launch queue.
      await app.evaluate(({ app: electronApp }, files) => {
        for (const file of files) electronApp.emit('open-file', { preventDefault() {} }, file);
      }, paths);
    },
  };
}
