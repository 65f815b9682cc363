/**
 * Sets every note of an export at the two widths a page can give it (right margin, foot column)
 * before anyone knows where the notes land, so it can run while Chromium prints: the Node process is
 * otherwise idle for that whole print. The page layout (shared/export/note-layout.ts) then finds each set note in
 * `setNote`'s memo instead of wrapping it again. Works in slices and yields between them, so the
 * printer's messages keep flowing; stops early when the export is cancelled.
 */
import { noteLines } from '../../../shared/export/margin-notes';
import type { ExportLabels } from '../../../shared/export/export-labels';
import type { PageGeometry } from '../../../shared/export/export-options';
import { noteBadgeWidth, noteWidths, setNote, type MeasureText } from '../../../shared/export/note-layout';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';

export type NoteLinesByEntry = Map<PrintAnnotation, string[]>;

/** Each non-highlight entry's note lines (the arrays the layout's memo is keyed on). */
export function notesLinesOf(
  placed: readonly PrintAnnotation[],
  statusLabels: Record<string, string>,
  labels: ExportLabels,
): NoteLinesByEntry {
  const lines: NoteLinesByEntry = new Map();
  for (const entry of placed)
    if (entry.annotation.kind !== 'highlight') lines.set(entry, noteLines(entry, statusLabels, labels));
  return lines;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function presetNotes(
  lines: NoteLinesByEntry,
  page: PageGeometry,
  measure: MeasureText,
  signal?: AbortSignal,
  sliceMs = 8,
): Promise<void> {
  const widths = noteWidths(page);
  let sliceStart = performance.now();
  for (const [entry, noteText] of lines) {
    if (signal?.aborted) return;
    const badge = noteBadgeWidth(entry.number, measure);
    setNote(noteText, widths.margin, badge, measure);
    setNote(noteText, widths.foot, badge, measure);
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
