/**
 * The Electron implementation of `AppHost`: native Open dialogs, the launch queue, the system browser.
 */
import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { eventChannels } from '../../shared/ipc/contract';
import type { AppHost } from '../services/app-api';
import { createElectronPrinter } from './print-window';
import type { LaunchQueue } from './launch-paths';
import { openExternalChecked } from './open-external';

/** Extensions the Open dialogs offer (the importers decide what they really accept). */
const dialogFilters = {
  document: [{ name: 'Drafts', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] }],
  source: [{ name: 'Sources', extensions: ['pdf', 'xlsx', 'csv', 'docx', 'txt'] }],
  'web-annotations': [{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }],
  backup: [{ name: 'Tickmark backup', extensions: ['json'] }],
} as const;

/** Formats the Save dialogs offer; the first is the default. */
const saveFilters = {
  'web-annotations': [{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld'] }],
  ledger: [
    { name: 'Excel workbook', extensions: ['xlsx'] },
    { name: 'CSV (UTF-8)', extensions: ['csv'] },
  ],
  backup: [{ name: 'Tickmark backup', extensions: ['json'] }],
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
    async chooseSavePath(kind, suggestedName) {
      const window = options.getWindow();
      const dialogOptions: Electron.SaveDialogOptions = {
        defaultPath: suggestedName,
        filters: saveFilters[kind].map((filter) => ({ ...filter, extensions: [...filter.extensions] })),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    takeLaunchPaths: () => options.queue.take(),
    openExternal: (url) => openExternalChecked(url),
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
    reportImportProgress: (progress) =>
      options.getWindow()?.webContents.send(eventChannels.importProgress, progress),
  };
}
