/**
 * What the renderer sends main to export an annotated PDF (the version, its annotations, replies, figure
 * links and the chosen options) and what comes back, with the schema main parses it against before any
 * service runs. The renderer never sees a path: main asks where to save and keeps the path itself.
 */
import { z } from 'zod';
import { annotationSchema, replySchema } from '../annotations/model';
import { customStatusSchema } from '../figures/statuses';
import { exportLanguageSchema } from './export-labels';
import { exportPdfOptionsSchema } from './export-options';
import { exportStages } from './export-stages';

export const exportPdfRequestSchema = z.strictObject({
  version: z.object({
    title: z.string().max(1000),
    fileName: z.string().max(1024),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    number: z.number().int().positive(),
    doc: z.looseObject({ type: z.literal('doc') }),
    text: z.string(),
  }),
  annotations: z.array(annotationSchema).max(200_000),
  replies: z.array(replySchema).max(500_000),
  sources: z
    .array(z.object({ annotationId: z.string(), source: z.string(), locator: z.string() }))
    .max(500_000),
  /** The team's own statuses (built-ins are known to main). */
  customStatuses: z.array(customStatusSchema).max(100),
  /** Translated status names by id, so the PDF speaks the reviewer's language for statuses. */
  statusLabels: z.record(z.string(), z.string().max(200)),
  options: exportPdfOptionsSchema,
  /** The app's UI language: the cover, appendix, header and note headers are printed in it. */
  language: exportLanguageSchema.optional(),
});
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** A finished export: the file's name (not its path), its pages and what went into it. */
export interface ExportPdfOutcome {
  fileName: string;
  pages: number;
  highlighted: number;
  orphans: number;
}

export const exportProgressSchema = z.object({
  stage: z.enum(exportStages),
  fraction: z.number().min(0).max(1),
});
export type ExportProgressEvent = z.infer<typeof exportProgressSchema>;

/** File name offered in the Save dialog: the title, the draft number, "review". */
export function suggestedPdfName(title: string, draft: number): string {
  // Characters no file system takes, and control characters (code points below 0x20).
  const cleaned = [...title]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('');
  const safe = cleaned.replace(/\s+/g, ' ').trim().slice(0, 120) || 'document';
  return `${safe} - draft ${draft} - review.pdf`;
}
