/**
 * DOCX sources → text plus a `cell` region for every table cell, so tables inside a Word file are read
 * by the same table reader as spreadsheet sheets (shared/figures/matching/table-grid.ts): each table is
 * a "sheet" named `Table 1`, `Table 2`…, its cells are placed on a grid the way a browser lays out an
 * HTML table (mammoth turns Word's `gridSpan` into `colspan` and `vMerge` into `rowspan`), and each
 * span becomes a merged range. The text is exactly the draft importer's projection of the document,
 * so prose between the tables still reads as prose.
 */
import { Node } from 'prosemirror-model';
import { buildTextMap, documentSchema, type TextSegment } from '../../../shared/document';
import { columnLetters } from '../../../shared/figures/matching/table-grid';
import type { SourceRegion } from '../../../shared/model/source';
import { finishDoc } from '../import/finish-draft';
import { docxToDoc } from '../import/office-to-doc';

export interface DocxSourceText {
  text: string;
  regions: SourceRegion[];
  merges?: { sheet: string; range: string }[];
}

/** Prefix of the "sheet" name a DOCX table gets (`Table 3`), shown in locators as `Table 3!B4`. */
export const docxTableName = (n: number): string => `Table ${n}`;

/** .docx bytes → the document's text and its tables' cells. */
export async function docxToSourceText(fileName: string, bytes: Uint8Array): Promise<DocxSourceText> {
  const finished = finishDoc(fileName, await docxToDoc(fileName, bytes));
  const doc = Node.fromJSON(documentSchema, finished.doc);
  const { text, segments } = buildTextMap(doc);
  const regions: SourceRegion[] = [];
  const merges: { sheet: string; range: string }[] = [];
  let tables = 0;
  doc.descendants((node, pos) => {
    if (node.type.name !== 'table') return true;
    tables++;
    readTable(node, pos, docxTableName(tables), segments, regions, merges);
    // A table nested in a cell stays part of that cell's text.
    return false;
  });
  return merges.length > 0 ? { text, regions, merges } : { text, regions };
}

/** Lays out one table's cells (HTML table model: spans reserve the slots below and to the right). */
function readTable(
  table: Node,
  tablePos: number,
  sheet: string,
  segments: readonly TextSegment[],
  regions: SourceRegion[],
  merges: { sheet: string; range: string }[],
): void {
  const taken: boolean[][] = [];
  let rowPos = tablePos + 1;
  table.forEach((row, _offset, r) => {
    let col = 0;
    let cellPos = rowPos + 1;
    row.forEach((cell) => {
      while (taken[r]?.[col]) col++;
      const colspan = Math.max(1, Number(cell.attrs.colspan) || 1);
      const rowspan = Math.max(1, Number(cell.attrs.rowspan) || 1);
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= [])[col + dc] = true;
      const range = cellText(segments, cellPos, cellPos + cell.nodeSize);
      const ref = `${columnLetters(col)}${r + 1}`;
      if (range) regions.push({ kind: 'cell', sheet, cell: ref, ...range });
      if (range && (colspan > 1 || rowspan > 1)) {
        merges.push({ sheet, range: `${ref}:${columnLetters(col + colspan - 1)}${r + rowspan}` });
      }
      col += colspan;
      cellPos += cell.nodeSize;
    });
    rowPos += row.nodeSize;
  });
}

/**
 * The text offsets of the textblocks inside `[from, to)` (a cell's positions); null for an empty cell.
 */
function cellText(
  segments: readonly TextSegment[],
  from: number,
  to: number,
): { start: number; end: number } | null {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.pmStart <= from) low = mid + 1;
    else high = mid;
  }
  let start = -1;
  let end = -1;
  for (let i = low; i < segments.length && segments[i]!.pmStart < to; i++) {
    const s = segments[i]!;
    if (start < 0) start = s.textStart;
    end = s.textStart + s.length;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
