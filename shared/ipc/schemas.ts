/**
 * Argument schemas for every renderer-to-main channel. Main parses each call's arguments against these
 * before any service runs (Signal: data crossing the bridge is parsed against a schema).
 */
import { z } from 'zod';
import { reopenEncodings } from '../import/encodings';
import { backupFilePrefix, maxBackupBytes } from '../backup/backup-file';
import { maxWebAnnotationBytes } from '../annotations/w3c-import';
import { ledgerTableSchema } from '../figures/ledger-table';
import { exportPdfRequestSchema } from '../export/export-request';
import type { RendererToMain } from './contract';

/** Largest file a reviewer may drop or open: drafts and sources are kept whole in the database. */
export const maxImportBytes = 50 * 1024 * 1024;

// Strict: a forged call with extra fields (`path`, `__proto__`, …) is refused, not silently stripped.
// The name is File.name from a drop, never a path: separators and NUL mean a forged call.
const droppedFile = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(1024)
    .refine((name) => !/[\\/\0]/.test(name), 'a dropped file name cannot contain / \\ or NUL'),
  bytes: z.instanceof(Uint8Array),
});

/** A file name the Save dialog proposes: a name, never a path. */
const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]|^\.\.?$/.test(name), 'a suggested file name must not contain a path');

/** Only absolute http(s) URLs may reach the system browser; app-api checks again before opening. */
const externalUrl = z
  .string()
  .max(4096)
  .pipe(z.url({ protocol: /^https?$/ }));

/** A backup's text: what writeBackupFile makes always starts with its manifest's format. */
const backupText = z
  .string()
  .max(maxBackupBytes)
  .refine((text) => text.startsWith(backupFilePrefix), 'not a Tickmark backup (no manifest at its start)');

export const invokeArgumentSchemas = {
  openDocument: z.tuple([]),
  importDroppedDocument: z.tuple([droppedFile]),
  takePendingDocuments: z.tuple([]),
  loadSample: z.tuple([]),
  getAppInfo: z.tuple([]),
  openExternalLink: z.tuple([externalUrl]),
  openSource: z.tuple([]),
  importDroppedSource: z.tuple([droppedFile]),
  openWebAnnotations: z.tuple([]),
  saveWebAnnotations: z.tuple([z.string().max(maxWebAnnotationBytes), suggestedName]),
  saveFigureLedger: z.tuple([ledgerTableSchema, suggestedName]),
  exportAnnotatedPdf: z.tuple([exportPdfRequestSchema]),
  cancelExport: z.tuple([]),
  showExportedFile: z.tuple([]),
  saveBackup: z.tuple([backupText, suggestedName]),
  openBackup: z.tuple([]),
  cancelImport: z.tuple([]),
  reopenDocumentWithEncoding: z.tuple([z.string().regex(/^[0-9a-f]{64}$/), z.enum(reopenEncodings)]),
} as const satisfies Record<keyof RendererToMain, z.ZodTuple>;
