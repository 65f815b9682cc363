/**
 * A DOCX source in the source pane: its text as written, with each table drawn where it stands as a
 * grid (column letters, row numbers, merged cells; ./SheetGrid.tsx) named as locators name it
 * (`Table 2`), and the linked passage or cell highlighted.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import type { SourceRecord } from '../../db/source-repository';
import { useTranslation } from 'react-i18next';
import { sheetsOf, SheetTable, type PlacedCell } from './SheetGrid';
import { tableName } from './status-label';

interface Props {
  source: SourceRecord;
  /** Draws `text` (which starts at offset `from`) with the open passage highlighted. */
  highlight: (text: string, from: number) => ReactNode;
  start: number;
  end: number;
  markRef: { current: HTMLElement | null };
}

type Part = { kind: 'text'; from: number; to: number } | { kind: 'table'; name: string; cells: PlacedCell[] };

/** The text between tables and the tables, in document order. */
function partsOf(source: SourceRecord): Part[] {
  const tables = [...sheetsOf(source)].map(([name, cells]) => ({
    name,
    cells,
    from: Math.min(...cells.map((c) => c.start)),
    to: Math.max(...cells.map((c) => c.end)),
  }));
  tables.sort((a, b) => a.from - b.from);
  const parts: Part[] = [];
  let at = 0;
  for (const table of tables) {
    if (table.from > at) parts.push({ kind: 'text', from: at, to: table.from });
    parts.push({ kind: 'table', name: table.name, cells: table.cells });
    at = Math.max(at, table.to);
  }
  if (at < source.text.length) parts.push({ kind: 'text', from: at, to: source.text.length });
  return parts;
}

export function DocumentSourceView({ source, highlight, start, end, markRef }: Props) {
  const { t } = useTranslation('sources');
  const parts = useMemo(() => partsOf(source), [source]);
  return (
    <div className="tm-source-document" data-testid="source-document">
      {parts.map((part) =>
        part.kind === 'text' ? (
          <Fragment key={`t${part.from}`}>
            {source.text.slice(part.from, part.to).trim() !== '' && (
              <pre className="tm-source-text">
                {highlight(
                  source.text.slice(part.from, part.to).replace(/^\n+|\n+$/g, ''),
                  part.from + leading(source.text, part.from),
                )}
              </pre>
            )}
          </Fragment>
        ) : (
          <section
            key={part.name}
            className="tm-source-table"
            data-testid="source-table"
            data-table={part.name}
          >
            <h5>{tableName(t, part.name)}</h5>
            <SheetTable
              name={part.name}
              cells={part.cells}
              merges={(source.merges ?? []).filter((m) => m.sheet === part.name)}
              start={start}
              end={end}
              markRef={markRef}
            />
          </section>
        ),
      )}
    </div>
  );
}

/** How many newlines open the text at `from` (trimmed before drawing, so offsets shift by that much). */
function leading(text: string, from: number): number {
  let n = 0;
  while (text[from + n] === '\n') n++;
  return n;
}
