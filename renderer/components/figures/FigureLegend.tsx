/** The tickmark legend: each status's letter, colour and underline style, and its label. */
import { useTranslation } from 'react-i18next';
import type { FigureStatusDef } from '../../../shared/figures/statuses';
import { statusLabel } from './status-label';

export function FigureLegend({ legend }: { legend: readonly FigureStatusDef[] }) {
  const { t } = useTranslation('figures');
  return (
    <details className="tm-figure-legend" data-testid="figures-legend">
      <summary>{t('legend.title')}</summary>
      <ul>
        {legend.map((s) => (
          <li key={s.id} data-status={s.id}>
            <span className="tm-figure-letter" style={{ background: s.colour }}>
              {s.letter}
            </span>
            <span style={{ textDecoration: `underline ${s.underline} ${s.colour} 2px` }}>
              {statusLabel(t, s)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
