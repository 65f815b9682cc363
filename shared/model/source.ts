/**
 * A source an auditor checks figures against (statistical bulletin PDF, spreadsheet, CSV, .docx, .txt,
 * or a URL with a pasted quote). Main extracts its text once; locators map plain-text offsets back to
 * the place a reviewer recognises (page, sheet and cell).
 */
import { z } from 'zod';

export const sourceFormats = ['pdf', 'xlsx', 'csv', 'docx', 'txt', 'url'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** Where a run of the source's text came from. Offsets are into `ImportedSource.text`. */
export const sourceRegionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    page: z.number().int().positive(),
    /** The page number printed on the page (`7`, `iv`), when the PDF reader recognised one. */
    label: z.string().min(1).optional(),
    start: z.number().int(),
    end: z.number().int(),
  }),
  z.object({
    kind: z.literal('cell'),
    sheet: z.string(),
    /** A1-style reference, e.g. `B7`. */
    cell: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  }),
]);
export type SourceRegion = z.infer<typeof sourceRegionSchema>;

export const importedSourceSchema = z.object({
  title: z.string(),
  fileName: z.string(),
  format: z.enum(sourceFormats),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  text: z.string(),
  regions: z.array(sourceRegionSchema),
  /** URL sources only. */
  url: z.string().optional(),
  /** Spreadsheet sources: merged cell ranges (`A1:C1`) per sheet, so tables read as printed. */
  merges: z.array(z.object({ sheet: z.string(), range: z.string() })).optional(),
});
export type ImportedSource = z.infer<typeof importedSourceSchema>;
