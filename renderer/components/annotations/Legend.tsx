/**
 * The colour and line-style legend. Kinds differ by line style as well as colour (Okabe–Ito palette),
 * so they read for colour-blind reviewers and in black-and-white print.
 */
import { useTranslation } from 'react-i18next';

const entries: { className: string; labelKey: string }[] = [
  { className: 'tm-anno-highlight tm-anno-highlight-default', labelKey: 'legend.highlight' },
  { className: 'tm-anno-claim tm-anno-claim-other', labelKey: 'legend.claim' },
  { className: 'tm-anno-comment tm-anno-comment-open', labelKey: 'legend.commentOpen' },
  { className: 'tm-anno-comment tm-anno-comment-resolved', labelKey: 'legend.commentResolved' },
  { className: 'tm-anno-figure tm-anno-figure-unverified', labelKey: 'legend.figureUnverified' },
  { className: 'tm-anno-figure tm-anno-figure-verified', labelKey: 'legend.figureVerified' },
  { className: 'tm-anno-figure tm-anno-figure-disputed', labelKey: 'legend.figureDisputed' },
  { className: 'tm-anno-figure tm-anno-figure-not-applicable', labelKey: 'legend.figureNotApplicable' },
];

export function AnnotationLegend() {
  const { t } = useTranslation('annotations');
  return (
    <details className="tm-anno-legend" data-testid="annotation-legend">
      <summary>{t('legend.title')}</summary>
      <ul>
        {entries.map((entry) => (
          <li key={entry.labelKey}>
            <span className={`tm-anno ${entry.className}`}>{t('legend.sample')}</span> {t(entry.labelKey)}
          </li>
        ))}
      </ul>
      <p className="tm-muted">{t('legend.shortcuts')}</p>
    </details>
  );
}
