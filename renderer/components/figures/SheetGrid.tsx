/**
 * A spreadsheet source shown as its sheets: tabs with the sheet names, and the active sheet as a grid
 * with column letters and row numbers, built from the source's cell regions (merged ranges span their
 * cells). The cells of the open passage are highlighted and the sheet holding them is the one shown.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLetters, decodeCell } from '../../../shared/figures/matching/table-grid';
import type { SourceRecord } from '../../db/source-repository';

/** Rows drawn at most; a sheet longer than this shows its first rows and says so. */
const maxRows = 2000;

interface Props {
  source: SourceRecord;
  start: number;
  end: number;
  /** Set to the first highlighted cell, for the pane to scroll to. */
  markRef: { current: HTMLElement | null };
}

/** One cell of a sheet, placed on the grid. */
export interface PlacedCell {
  row: number;
  col: number;
  text: string;
  start: number;
  end: number;
}

/** The source's cell regions grouped by sheet, in order of first appearance. */
export function sheetsOf(source: SourceRecord): Map<string, PlacedCell[]> {
  const bySheet = new Map<string, PlacedCell[]>();
  for (const r of source.regions) {
    if (r.kind !== 'cell') continue;
    const at = decodeCell(r.cell);
    if (!at) continue;
    const list = bySheet.get(r.sheet) ?? [];
    list.push({ ...at, text: source.text.slice(r.start, r.end), start: r.start, end: r.end });
    bySheet.set(r.sheet, list);
  }
  return bySheet;
}

export function SheetGrid({ source, start, end, markRef }: Props) {
  const { t } = useTranslation('sources');
  const sheets = useMemo(() => sheetsOf(source), [source]);
  const names = [...sheets.keys()];
  const openSheet =
    names.find((n) => sheets.get(n)!.some((c) => c.start <= start && start < c.end + 1 && end > start)) ??
    names[0];
  const [active, setActive] = useState(openSheet);
  useEffect(() => setActive(openSheet), [openSheet, start, end]);

  return (
    <div className="tm-sheet" data-testid="sheet-grid">
      <div className="tm-sheet-tabs" role="tablist" aria-label={t('pane.sheets')}>
        {names.map((n) => (
          <button
            key={n}
            type="button"
            role="tab"
            data-testid="sheet-tab"
            aria-selected={n === active}
            onClick={() => setActive(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <SheetTable
        name={active ?? ''}
        cells={sheets.get(active ?? '') ?? []}
        merges={(source.merges ?? []).filter((m) => m.sheet === active)}
        start={start}
        end={end}
        markRef={markRef}
      />
    </div>
  );
}

interface TableProps {
  name: string;
  cells: readonly PlacedCell[];
  merges: readonly { range: string }[];
  start: number;
  end: number;
  markRef: { current: HTMLElement | null };
}

/** One sheet (or a DOCX table) as a grid with column letters, row numbers and merged cells. */
export function SheetTable({ name, cells, merges, start, end, markRef }: TableProps) {
  const { t } = useTranslation('sources');
  const rows = Math.min(maxRows, Math.max(0, ...cells.map((c) => c.row + 1)));
  const cols = Math.max(0, ...cells.map((c) => c.col + 1));
  const grid = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const hidden = new Set<string>();
  for (const m of merges) {
    const [a, b] = m.range.split(':').map(decodeCell);
    if (!a || !b) continue;
    spans.set(`${a.row}:${a.col}`, { rowSpan: b.row - a.row + 1, colSpan: b.col - a.col + 1 });
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) hidden.add(`${r}:${c}`);
  }
  const highlighted = (c: { start: number; end: number }) => end > start && c.start < end && start < c.end;

  return (
    <div className="tm-sheet-scroll">
      <table className="tm-sheet-grid" aria-label={t('pane.grid', { sheet: name })}>
        <thead>
          <tr>
            <th />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const key = `${r}:${c}`;
                if (hidden.has(key)) return null;
                const cell = grid.get(key);
                const span = spans.get(key);
                const mark = cell && highlighted(cell);
                return (
                  <td
                    key={c}
                    {...(span ? { rowSpan: span.rowSpan, colSpan: span.colSpan } : {})}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    className={mark ? 'tm-sheet-mark' : undefined}
                    data-testid={mark ? 'source-highlight' : undefined}
                    ref={mark ? (el) => void (markRef.current = el) : undefined}
                  >
                    {cell?.text.replace(/\s*\[[^\]]*\]$/, '')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
