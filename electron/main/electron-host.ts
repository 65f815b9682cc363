/**
 * The Electron implementation of `AppHost`: native Open dialogs, the launch queue, the system browser.
 */
import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { eventChannels } from '../../shared/ipc/contract';
import type { AppHost } from '../services/app-api';
import { createElectronPrinter } from './print-window';
import type { LaunchQueue } from './launch-paths';

/** Extensions the Open dialogs offer (the importers decide what they really accept). */
const dialogFilters = {
  document: [{ name: 'Drafts', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] }],
  source: [{ name: 'Sources', extensions: ['pdf', 'xlsx', 'csv', 'docx', 'txt'] }],
} as const;

export function createElectronHost(options: {
  queue: LaunchQueue;
  resourcesDir: string;
  getWindow: () => BrowserWindow | null;
}): AppHost {
  return {
    async showOpenDialog(kind) {
      const window = options.getWindow();
      const dialogOptions: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: dialogFilters[kind].map((filter) => ({ ...filter, extensions: [...filter.extensions] })),
      };
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    takeLaunchPaths: () => options.queue.take(),
    openExternal: (url) => shell.openExternal(url),
    appInfo: {
      version: app.getVersion(),
      systemLocale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
      platform: process.platform,
    },
    resourcesDir: options.resourcesDir,
    export: {
      async showSaveDialog(suggestedName) {
        const window = options.getWindow();
        const dialogOptions: Electron.SaveDialogOptions = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        };
        const result = window
          ? await dialog.showSaveDialog(window, dialogOptions)
          : await dialog.showSaveDialog(dialogOptions);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      printToPdf: createElectronPrinter(),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      reportProgress: (progress) =>
        options.getWindow()?.webContents.send(eventChannels.exportProgress, progress),
    },
  };
}
