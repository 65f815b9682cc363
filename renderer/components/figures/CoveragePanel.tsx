/** Coverage per chapter and section: figures by status group and open comment threads. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCoverage, rollUp } from '../../../shared/figures/coverage';
import { isConflictOpen, selectLedgerRows } from '../../state/figures-slice';
import { useAppStore } from '../../state/store';

export function CoveragePanel() {
  const { t } = useTranslation('figures');
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
  return (
    <table className="tm-coverage" data-testid="coverage-table">
      <thead>
        <tr>
          <th>{t('coverage.section')}</th>
          <th>{t('coverage.unverified')}</th>
          <th>{t('coverage.verified')}</th>
          <th>{t('coverage.disputed')}</th>
          <th>{t('coverage.na')}</th>
          <th>{t('coverage.threads')}</th>
          <th>{t('sources:conflict.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {sections.map((s) => (
          <tr key={s.start} data-testid="coverage-row" data-level={s.level}>
            <td style={{ paddingLeft: `${s.level * 0.8}em` }}>{s.title || t('coverage.untitled')}</td>
            <td data-testid="coverage-unverified">{s.figures.unverified}</td>
            <td data-testid="coverage-verified">{s.figures.verified}</td>
            <td>{s.figures.disputed}</td>
            <td>{s.figures['not-applicable']}</td>
            <td>{s.openThreads}</td>
            <td
              data-testid="coverage-conflicts"
              className={s.openConflicts > 0 ? 'tm-figure-warn' : undefined}
            >
              {s.openConflicts}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
