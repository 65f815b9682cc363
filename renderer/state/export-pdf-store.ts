/**
 * Export > Annotated PDF in the renderer: whether the dialog is open, the options (remembered in the
 * profile's `settings` table, like every other setting), and the progress of the export main is running. Its own small store: the export touches
 * nothing else in the app's state, it only reads the open version and its review when it starts.
 */
import { z } from 'zod';
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
import type { SettingsRepository } from '../db/settings-repository';
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
  /** Reads the remembered choice from `settings` (call once at start); later changes are written there. */
  loadRemembered(settings: SettingsRepository): Promise<void>;
  run(request: ExportPdfRequest): Promise<void>;
  cancel(): Promise<void>;
}

/** A stored choice read through the validator: what still parses is kept, the rest is the default. */
const rememberedOptions = z.unknown().transform((value) => readExportPdfOptions(value));

/** Where a changed choice is written; none until `loadRemembered` has connected the settings. */
let remember: ((options: ExportPdfOptions) => Promise<void>) | null = null;

export const useExportPdfStore = create<ExportPdfState>((set, get) => ({
  open: false,
  options: defaultExportPdfOptions,
  phase: { kind: 'idle' },
  setOpen: (open) => set(open ? { open, phase: { kind: 'idle' } } : { open }),
  setOptions: (options) => {
    set({ options });
    // A full or failing database only loses the remembered choice, never the export itself.
    void remember?.(options).catch(() => undefined);
  },
  loadRemembered: async (settings) => {
    remember = (options) => settings.set(exportPdfSettingKey, options);
    set({ options: await settings.get(exportPdfSettingKey, rememberedOptions, defaultExportPdfOptions) });
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
