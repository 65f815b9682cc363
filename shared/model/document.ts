/**
 * The document model: an imported file becomes an immutable DocumentVersion; successive drafts of the
 * same document share a ReviewDocument (the lineage). Offsets everywhere are UTF-16 code units into
 * `DocumentVersion.text`, the version's plain-text projection (see shared/document/text-map.ts).
 */
import { z } from 'zod';
import { pageLabelSchema } from '../document/page-labels';

export const documentFormats = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** ProseMirror node JSON, as produced by `Node.toJSON()`. */
export interface PmNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNodeJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const pmNodeJson: z.ZodType<PmNodeJson> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeJson).optional(),
    text: z.string().optional(),
    marks: z
      .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  }),
);

/** What an importer returns: one file turned into a document, before it is stored. */
export const importedDraftSchema = z.object({
  title: z.string(),
  fileName: z.string(),
  format: z.enum(documentFormats),
  /** Detected encoding of a text file (`utf-8`, `utf-16le`, `gb18030`, `big5`, …); null for binary formats. */
  encoding: z.string().nullable(),
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  doc: pmNodeJson,
  text: z.string(),
  paragraphs: z.number().int().nonnegative(),
  /** PDF only: number of pages. */
  pages: z.number().int().positive().optional(),
  /** PDF only: the page numbers printed on its pages, by text offset (shared/document/page-labels.ts). */
  pageLabels: z.array(pageLabelSchema).optional(),
  /**
   * Text files only, when decoding was not clean: UTF-8 places replaced by U+FFFD (count and first byte
   * offsets), and other encodings that also read as text when the choice was close (offer "Reopen with
   * encoding…").
   */
  decoding: z
    .object({
      replaced: z
        .object({ count: z.number().int().positive(), byteOffsets: z.array(z.number().int()) })
        .optional(),
      alternatives: z.array(z.string()).optional(),
    })
    .optional(),
});
export type ImportedDraft = z.infer<typeof importedDraftSchema>;

/** A lineage of drafts of one document. */
export const reviewDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Last time the reviewer opened it; orders the start screen's recent list. */
  openedAt: z.string(),
  latestVersionId: z.string(),
  versionCount: z.number().int().positive(),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

/** One imported draft, immutable once stored. */
export const documentVersionSchema = importedDraftSchema.extend({
  id: z.string(),
  documentId: z.string(),
  /** 1 for the first draft, then 2, 3, … in the lineage. */
  number: z.number().int().positive(),
  importedAt: z.string(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

/** Factory for a stored version; `now` and `id` are injectable so tests fix them. */
export function createDocumentVersion(
  draft: ImportedDraft,
  documentId: string,
  number: number,
  options: { id?: string; now?: Date } = {},
): DocumentVersion {
  return {
    ...draft,
    id: options.id ?? crypto.randomUUID(),
    documentId,
    number,
    importedAt: (options.now ?? new Date()).toISOString(),
  };
}
