/**
 * Coverage per chapter and section: figures by status group and open comment threads. A section's name
 * jumps to it in the document. In a narrow pane the table reflows (figures.css, container query): each
 * section becomes a block with its name on a line of its own and the counts labelled beneath, so names
 * never wrap a character or two per line.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCoverage, rollUp } from '../../../shared/figures/coverage';
import { textOffsetToPos } from '../../../shared/document/text-map';
import { selectDocumentRange } from '../../editor/queries/dom-selection';
import { scrollToPos } from '../../editor/queries/scroll';
import { isConflictOpen, selectLedgerRows } from '../../state/figures-slice';
import { useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';

export function CoveragePanel() {
  const { t } = useTranslation('figures');
  const handle = useEditorHandle();
  const rows = useAppStore(selectLedgerRows);
  const headings = useAppStore((s) => s.figureHeadings);
  const legend = useAppStore((s) => s.figureLegend);
  const annotations = useAppStore((s) => s.annotationList);
  const links = useAppStore((s) => s.figureLinks);
  const textLength = useAppStore((s) => s.current?.version.text.length ?? 0);
  const sections = useMemo(() => {
    const threads = annotations.flatMap((a) =>
      a.body.kind === 'comment' ? [{ start: a.target.start, resolved: a.body.resolved }] : [],
    );
    const items = rows.map((r) => ({
      start: r.start,
      status: r.status,
      openConflict: isConflictOpen(r, links),
    }));
    return rollUp(computeCoverage(textLength, headings, items, threads, legend));
  }, [rows, headings, legend, annotations, textLength, links]);
  const jump = (offset: number): void => {
    if (!handle) return;
    const pos = textOffsetToPos(handle.context.textMap, offset);
    scrollToPos(handle.view, pos, 0.1);
    // The caret goes there too, so the reviewer reads on (and selects) from the section by keyboard.
    selectDocumentRange(handle.view, pos, pos);
  };
  const columns = [
    ['unverified', t('coverage.unverified')],
    ['verified', t('coverage.verified')],
    ['disputed', t('coverage.disputed')],
    ['na', t('coverage.na')],
    ['threads', t('coverage.threads')],
    ['conflicts', t('sources:conflict.coverage')],
  ] as const;
  return (
    <table className="tm-coverage" data-testid="coverage-table">
      <thead>
        <tr>
          <th scope="col">{t('coverage.section')}</th>
          {columns.map(([id, label]) => (
            <th key={id} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sections.map((s) => {
          const counts = {
            unverified: s.figures.unverified,
            verified: s.figures.verified,
            disputed: s.figures.disputed,
            na: s.figures['not-applicable'],
            threads: s.openThreads,
            conflicts: s.openConflicts,
          };
          return (
            <tr key={s.start} data-testid="coverage-row" data-level={s.level}>
              <th
                scope="row"
                className="tm-coverage-section"
                style={{ paddingInlineStart: `${s.level * 0.8}em` }}
              >
                <button
                  type="button"
                  className="tm-link-button"
                  data-testid="coverage-jump"
                  onClick={() => jump(s.start)}
                >
                  {s.title || t('coverage.untitled')}
                </button>
              </th>
              {columns.map(([id, label]) => (
                <td
                  key={id}
                  data-label={label}
                  data-testid={
                    id === 'unverified' || id === 'verified' || id === 'conflicts'
                      ? `coverage-${id}`
                      : undefined
                  }
                  className={id === 'conflicts' && counts[id] > 0 ? 'tm-figure-warn' : undefined}
                >
                  {counts[id]}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
