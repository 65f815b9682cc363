/**
 * Progress of the import main is running in its import worker, and the way to stop it. Its own small
 * store (like export-pdf-store.ts): main reports progress for any import, the documents slice only
 * knows that one is running. Subscribes to the bridge once, on first use.
 */
import { create } from 'zustand';
import type { ImportProgressEvent } from '../../shared/import/import-progress';
import { getBridge } from '../platform/bridge';

export interface ImportProgressState {
  /** The last progress main reported, or null before the first / after the last import. */
  progress: ImportProgressEvent | null;
  /** Starts listening to main's progress events (idempotent); returns nothing to undo on purpose. */
  listen(): void;
  /** Asks main to stop every import under way. */
  cancel(): Promise<void>;
  /**
   * A source (PDF, XLSX…) being imported for the figures pane, or null. Drafts have `importing` in
   * the app store; sources go through the same worker and show the same bar and Cancel button.
   */
  sourceImport: { fileName: string | null } | null;
  /** Runs a source import with the progress bar up (file name null until the dialog has chosen). */
  trackSourceImport<T>(fileName: string | null, call: () => Promise<T>): Promise<T>;
}

let listening = false;

export const useImportProgressStore = create<ImportProgressState>((set) => ({
  progress: null,
  sourceImport: null,
  trackSourceImport: async (fileName, call) => {
    set({ sourceImport: { fileName } });
    try {
      return await call();
    } finally {
      set({ sourceImport: null, progress: null });
    }
  },
  listen: () => {
    if (listening) return;
    listening = true;
    getBridge().onDidReportImportProgress((progress) =>
      set({ progress: progress.stage === 'done' ? null : progress }),
    );
  },
  cancel: async () => {
    set({ progress: null });
    await getBridge().cancelImport();
  },
}));
