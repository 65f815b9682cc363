/** Coverage per chapter and section: figures by status group and open comment threads. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCoverage, rollUp } from '../../../shared/figures/coverage';
import { selectLedgerRows } from '../../state/figures-slice';
import { useAppStore } from '../../state/store';

export function CoveragePanel() {
  const { t } = useTranslation('figures');
  const rows = useAppStore(selectLedgerRows);
  const headings = useAppStore((s) => s.figureHeadings);
  const legend = useAppStore((s) => s.figureLegend);
  const annotations = useAppStore((s) => s.annotationList);
  const textLength = useAppStore((s) => s.current?.version.text.length ?? 0);
  const sections = useMemo(() => {
    const threads = annotations.flatMap((a) =>
      a.body.kind === 'comment' ? [{ start: a.target.start, resolved: a.body.resolved }] : [],
    );
    return rollUp(computeCoverage(textLength, headings, rows, threads, legend));
  }, [rows, headings, legend, annotations, textLength]);
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
