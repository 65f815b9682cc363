/**
 * Argument schemas for every renderer-to-main channel. Main parses each call's arguments against these
 * before any service runs (Signal: data crossing the bridge is parsed against a schema).
 */
import { z } from 'zod';
import { maxWebAnnotationBytes } from '../annotations/w3c-import';
import { ledgerTableSchema } from '../figures/ledger-table';
import type { RendererToMain } from './contract';

/** Largest file a reviewer may drop or open: drafts and sources are kept whole in the database. */
export const maxImportBytes = 50 * 1024 * 1024;

const droppedFile = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array),
});

/** A file name the Save dialog proposes: a name, never a path. */
const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]|^\.\.?$/.test(name), 'a suggested file name must not contain a path');

export const invokeArgumentSchemas = {
  openDocument: z.tuple([]),
  importDroppedDocument: z.tuple([droppedFile]),
  takePendingDocuments: z.tuple([]),
  loadSample: z.tuple([]),
  getAppInfo: z.tuple([]),
  openExternalLink: z.tuple([z.string().max(4096)]),
  openSource: z.tuple([]),
  importDroppedSource: z.tuple([droppedFile]),
  openWebAnnotations: z.tuple([]),
  saveWebAnnotations: z.tuple([z.string().max(maxWebAnnotationBytes), suggestedName]),
  saveFigureLedger: z.tuple([ledgerTableSchema, suggestedName]),
} as const satisfies Record<keyof RendererToMain, z.ZodTuple>;
