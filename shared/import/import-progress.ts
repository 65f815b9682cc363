/**
 * Progress of an import running in main's import worker, sent to the renderer so a long import (a
 * 200-page PDF) shows how far it got and can be cancelled. Validated on the way in like every event.
 */
import { z } from 'zod';

export const importProgressSchema = z.object({
  /** The file being imported (its name only: the renderer never sees paths). */
  fileName: z.string(),
  /** What the worker is doing: reading the file, reading PDF pages, building the document. */
  stage: z.enum(['reading', 'pages', 'converting', 'done']),
  /** Pages read so far (stage `pages`), else 0. */
  done: z.number().int().nonnegative(),
  /** Pages in the file (stage `pages`), else 0. */
  total: z.number().int().nonnegative(),
});
export type ImportProgressEvent = z.infer<typeof importProgressSchema>;

/** Called by the importers as they go; the worker forwards each call to main. */
export type ImportProgressListener = (progress: ImportProgressEvent) => void;
