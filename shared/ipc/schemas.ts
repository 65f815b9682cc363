/**
 * Argument schemas for every renderer-to-main channel. Main parses each call's arguments against these
 * before any service runs (Signal: data crossing the bridge is parsed against a schema).
 */
import { z } from 'zod';
import { exportPdfRequestSchema } from '../export/export-request';
import type { RendererToMain } from './contract';

/** Largest file a reviewer may drop or open: drafts and sources are kept whole in the database. */
export const maxImportBytes = 50 * 1024 * 1024;

const droppedFile = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array),
});

export const invokeArgumentSchemas = {
  openDocument: z.tuple([]),
  importDroppedDocument: z.tuple([droppedFile]),
  takePendingDocuments: z.tuple([]),
  loadSample: z.tuple([]),
  getAppInfo: z.tuple([]),
  openExternalLink: z.tuple([z.string().max(4096)]),
  openSource: z.tuple([]),
  importDroppedSource: z.tuple([droppedFile]),
  exportAnnotatedPdf: z.tuple([exportPdfRequestSchema]),
  cancelExport: z.tuple([]),
  showExportedFile: z.tuple([]),
} as const satisfies Record<keyof RendererToMain, z.ZodTuple>;
