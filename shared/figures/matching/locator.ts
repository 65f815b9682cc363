/**
 * Where in a source a passage is, the way a reviewer finds it again: page of a PDF, sheet and cell of a
 * spreadsheet, or only the quote for plain text. Regions come from source extraction (shared/model/source.ts).
 */
import type { SourceRegion } from '../../model/source';

export type SourceLocator =
  /** `page` is the sheet in the file; `label` the number printed on it, which citations use. */
  | { kind: 'page'; page: number; label?: string }
  | { kind: 'cell'; sheet: string; cell: string }
  | { kind: 'text' };

/** Regions sorted by start, for `locate`. */
export const sortRegions = (regions: readonly SourceRegion[]): SourceRegion[] =>
  [...regions].sort((a, b) => a.start - b.start);

/** The locator of offset `offset` in a source whose regions are sorted by start. */
export function locate(sorted: readonly SourceRegion[], offset: number): SourceLocator {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const region = found >= 0 ? sorted[found] : undefined;
  if (!region || offset >= region.end) return { kind: 'text' };
  return region.kind === 'page'
    ? { kind: 'page', page: region.page, ...(region.label ? { label: region.label } : {}) }
    : { kind: 'cell', sheet: region.sheet, cell: region.cell };
}

/** A short human label: `p. 12` (the printed page label when known), `Sheet1!B7`, or empty for text. */
export function formatLocator(locator: SourceLocator): string {
  if (locator.kind === 'page') return `p. ${locator.label ?? locator.page}`;
  if (locator.kind === 'cell') return `${locator.sheet}!${locator.cell}`;
  return '';
}
