/**
 * The main window's preload: exposes exactly `TickmarkBridge` as `window.tickmark` through contextBridge
 * and nothing else — no ipcRenderer, no generic send, no app logic. Each call maps to its fixed channel;
 * main checks the sender and parses the arguments. Runs sandboxed, so it may only require('electron');
 * the build bundles the shared contract into it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  bridgeGlobalName,
  eventChannels,
  invokeChannels,
  menuCommands,
  type MenuCommand,
  type TickmarkBridge,
} from '../../shared/ipc/contract';
import { exportProgressSchema } from '../../shared/export/export-request';
import { importProgressSchema } from '../../shared/import/import-progress';

/** Subscribes to a main-to-renderer channel; the listener never sees the IPC event object. */
function subscribe(channel: string, listener: (payload: unknown) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);

export const bridge: TickmarkBridge = {
  openDocument: () => ipcRenderer.invoke(invokeChannels.openDocument),
  importDroppedDocument: (file) =>
    ipcRenderer.invoke(invokeChannels.importDroppedDocument, { name: file.name, bytes: file.bytes }),
  takePendingDocuments: () => ipcRenderer.invoke(invokeChannels.takePendingDocuments),
  loadSample: () => ipcRenderer.invoke(invokeChannels.loadSample),
  getAppInfo: () => ipcRenderer.invoke(invokeChannels.getAppInfo),
  openExternalLink: (url) => ipcRenderer.invoke(invokeChannels.openExternalLink, url),
  openSource: () => ipcRenderer.invoke(invokeChannels.openSource),
  importDroppedSource: (file) =>
    ipcRenderer.invoke(invokeChannels.importDroppedSource, { name: file.name, bytes: file.bytes }),
  openWebAnnotations: () => ipcRenderer.invoke(invokeChannels.openWebAnnotations),
  saveWebAnnotations: (text, suggestedName) =>
    ipcRenderer.invoke(invokeChannels.saveWebAnnotations, text, suggestedName),
  saveBackup: (text, suggestedName) => ipcRenderer.invoke(invokeChannels.saveBackup, text, suggestedName),
  openBackup: () => ipcRenderer.invoke(invokeChannels.openBackup),
  saveFigureLedger: (table, suggestedName) =>
    ipcRenderer.invoke(invokeChannels.saveFigureLedger, table, suggestedName),
  exportAnnotatedPdf: (request) => ipcRenderer.invoke(invokeChannels.exportAnnotatedPdf, request),
  cancelExport: () => ipcRenderer.invoke(invokeChannels.cancelExport),
  showExportedFile: () => ipcRenderer.invoke(invokeChannels.showExportedFile),
  cancelImport: () => ipcRenderer.invoke(invokeChannels.cancelImport),
  reopenDocumentWithEncoding: (sha256, encoding) =>
    ipcRenderer.invoke(invokeChannels.reopenDocumentWithEncoding, sha256, encoding),
  onDidRequestCommand: (listener) =>
    subscribe(eventChannels.command, (command) => {
      if (isMenuCommand(command)) listener(command);
    }),
  onDidReceiveDocuments: (listener) => subscribe(eventChannels.documentsReceived, () => listener()),
  onDidReportExportProgress: (listener) =>
    subscribe(eventChannels.exportProgress, (progress) => {
      const parsed = exportProgressSchema.safeParse(progress);
      if (parsed.success) listener(parsed.data);
    }),
  onDidReportImportProgress: (listener) =>
    subscribe(eventChannels.importProgress, (progress) => {
      const parsed = importProgressSchema.safeParse(progress);
      if (parsed.success) listener(parsed.data);
    }),
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
