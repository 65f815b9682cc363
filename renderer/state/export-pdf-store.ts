/**
 * Export > Annotated PDF in the renderer: whether the dialog is open, the options (remembered in
 * settings), and the progress of the export main is running. Its own small store: the export touches
 * nothing else in the app's state, it only reads the open version and its review when it starts.
 */
import { create } from 'zustand';
import {
  defaultExportPdfOptions,
  exportPdfSettingKey,
  readExportPdfOptions,
  type ExportPdfOptions,
} from '../../shared/export/export-options';
import type {
  ExportPdfOutcome,
  ExportPdfRequest,
  ExportProgressEvent,
} from '../../shared/export/export-request';
import type { AppError } from '../../shared/result';
import { getBridge } from '../platform/bridge';

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgressEvent | null }
  | { kind: 'done'; outcome: ExportPdfOutcome }
  | { kind: 'failed'; error: AppError };

export interface ExportPdfState {
  open: boolean;
  options: ExportPdfOptions;
  phase: ExportPhase;
  setOpen(open: boolean): void;
  setOptions(options: ExportPdfOptions): void;
  run(request: ExportPdfRequest): Promise<void>;
  cancel(): Promise<void>;
}

/** The remembered choice: kept in the profile's localStorage, read back through the validator. */
function rememberedOptions(): ExportPdfOptions {
  try {
    const raw = globalThis.localStorage?.getItem(exportPdfSettingKey);
    return raw ? readExportPdfOptions(JSON.parse(raw)) : defaultExportPdfOptions;
  } catch {
    return defaultExportPdfOptions;
  }
}

export const useExportPdfStore = create<ExportPdfState>((set, get) => ({
  open: false,
  options: rememberedOptions(),
  phase: { kind: 'idle' },
  setOpen: (open) => set(open ? { open, phase: { kind: 'idle' } } : { open }),
  setOptions: (options) => {
    set({ options });
    try {
      globalThis.localStorage?.setItem(exportPdfSettingKey, JSON.stringify(options));
    } catch {
      // A full or disabled storage only loses the remembered choice.
    }
  },
  run: async (request) => {
    set({ phase: { kind: 'running', progress: null } });
    const bridge = getBridge();
    const stop = bridge.onDidReportExportProgress((progress) => {
      if (get().phase.kind === 'running') set({ phase: { kind: 'running', progress } });
    });
    try {
      const result = await bridge.exportAnnotatedPdf(request);
      if (!result.ok) set({ phase: { kind: 'failed', error: result.error } });
      else if (result.value === null) set({ phase: { kind: 'idle' } });
      else set({ phase: { kind: 'done', outcome: result.value } });
    } finally {
      stop();
    }
  },
  cancel: async () => {
    await getBridge().cancelExport();
  },
}));
