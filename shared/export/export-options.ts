/**
 * What the reviewer chooses in Export > Annotated PDF (and the CLI's flags): which annotations go into
 * the PDF and how the pages look. The validator sits beside the type because the options cross the IPC
 * bridge and are read back from settings, where an older or hand-edited value must not break export.
 */
import { z } from 'zod';
import { annotationKinds } from '../annotations/model';

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const exportPdfOptionsSchema = z.object({
  /** Annotation kinds to include. */
  kinds: z.array(z.enum(annotationKinds)),
  /** Figure status ids to include; null = every status. */
  statuses: z.array(z.string().min(1)).nullable(),
  /** Authors to include (as stored, '' for anonymous); null = everyone. */
  authors: z.array(z.string()).nullable(),
  /** Include comment threads marked resolved. */
  includeResolved: z.boolean(),
  paper: z.enum(paperSizes),
  cover: z.boolean(),
  appendix: z.boolean(),
});
export type ExportPdfOptions = z.infer<typeof exportPdfOptionsSchema>;

export const defaultExportPdfOptions: ExportPdfOptions = {
  kinds: [...annotationKinds],
  statuses: null,
  authors: null,
  includeResolved: true,
  paper: 'a4',
  cover: true,
  appendix: true,
};

/** Settings key under which the last choice is remembered. */
export const exportPdfSettingKey = 'export.pdfOptions';

/** Reads remembered options; anything missing or malformed falls back to the default, field by field. */
export function readExportPdfOptions(value: unknown): ExportPdfOptions {
  const whole = exportPdfOptionsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const partial = exportPdfOptionsSchema.partial().safeParse(value);
  return partial.success
    ? { ...defaultExportPdfOptions, ...stripUndefined(partial.data) }
    : defaultExportPdfOptions;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Page geometry in CSS millimetres; the right margin is wide because the notes live there. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function pageGeometry(paper: PaperSize): PageGeometry {
  const size = paper === 'a4' ? { width: 210, height: 297 } : { width: 215.9, height: 279.4 };
  return { ...size, top: 20, bottom: 18, left: 20, right: 62 };
}
