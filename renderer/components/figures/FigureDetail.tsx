/**
 * Details of the active ledger row: status buttons, note, dismiss; source proposals to accept or reject
 * (with the passage and locator, and a button that opens the source there); mismatches with both
 * values; consistency findings with their explanation; and the indicator's other mentions, with an
 * offer to give them all this row's status; the sources linked to the row and the form that links one by hand.
 */
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import { statusById } from '../../../shared/figures/statuses';
import { selectLedgerRows } from '../../state/figures-slice';
import { getAppStore, useAppStore } from '../../state/store';
import { FigureHistory } from './FigureHistory';
import { FigureNote } from './FigureNote';
import { FigureSourceLinks } from './FigureSourceLinks';
import { SourceVerdicts } from './SourceVerdicts';
import { formatValue, locatorLabel, statusLabel, unitLabel } from './status-label';
import type { TFunction } from 'i18next';

/** A finding's parameters with its unit in the UI language (`52 所` → "52 institutions"). */
function localParams(t: TFunction, params: Record<string, string | number>): Record<string, string | number> {
  if (typeof params.unit !== 'string' || params.sumNumber === undefined) return params;
  return { ...params, sum: `${params.sumNumber} ${unitLabel(t, params.unit)}`.trim() };
}

export function FigureDetail({ row, dismissed = false }: { row: LedgerRow; dismissed?: boolean }) {
  const { t } = useTranslation('figures');
  const legend = useAppStore((s) => s.figureLegend);
  const links = useAppStore((s) => s.figureLinks);
  const rows = useAppStore(selectLedgerRows);
  const versionId = useAppStore((s) => s.current?.version.id ?? '');
  const state = () => getAppStore().getState();
  const decision = (sourceId: string, start: number, end: number) =>
    links.find(
      (l) =>
        l.annotationId === row.annotationId && l.sourceId === sourceId && l.start === start && l.end === end,
    )?.state;
  const mentions = row.indicator
    ? rows.filter((r) => row.indicator!.mentions.includes(r.index) && r.key !== row.key)
    : [];

  if (dismissed)
    return (
      <section className="tm-figure-detail" data-testid="figure-detail" data-key={row.key}>
        <h3>
          {row.text} <small>{formatValue(row.value, row.unit, row.high, t)}</small>
        </h3>
        <p className="tm-figure-detail-sentence">{row.sentence}</p>
        <FigureHistory row={row} />
        <button
          type="button"
          data-testid="figure-restore"
          onClick={() => void state().restoreFigure(row.key)}
        >
          {t('workspace:ledger.restore')}
        </button>
      </section>
    );
  return (
    <section className="tm-figure-detail" data-testid="figure-detail" data-key={row.key}>
      <h3>
        {row.text} <small>{formatValue(row.value, row.unit, row.high, t)}</small>
        {row.origin === 'manual' && <small> · {t('ledger.manual')}</small>}
      </h3>
      <p className="tm-figure-detail-sentence">{row.sentence}</p>
      <div className="tm-figure-statuses" role="group" aria-label={t('ledger.setStatus')}>
        {legend.map((s) => (
          <button
            key={s.id}
            type="button"
            data-testid={`figure-status-${s.id}`}
            aria-pressed={row.status === s.id}
            style={{ borderColor: s.colour }}
            title={statusLabel(t, s)}
            onClick={() => void state().setFigureStatus(state().selectedFigureKeys, s.id)}
          >
            {s.letter}
          </button>
        ))}
        <span>{statusLabel(t, statusById(legend, row.status))}</span>
      </div>
      <FigureHistory row={row} />
      <FigureNote key={`${row.key}|${row.note}`} row={row} versionId={versionId} />
      <button type="button" data-testid="figure-dismiss" onClick={() => void state().dismissFigure(row.key)}>
        {t('ledger.dismiss')}
      </button>
      {row.mismatches.map((m) => (
        <p key={`${m.sourceId}:${m.start}`} className="tm-figure-mismatch" data-testid="figure-mismatch">
          {t('match.mismatch', { source: m.text, draft: row.text })} ({m.sourceName}{' '}
          {locatorLabel(t, m.locator)})<q>{m.quote}</q>
        </p>
      ))}
      <SourceVerdicts row={row} />
      {row.findings
        .map((f) => ({ ...f, params: localParams(t, f.params) }))
        .map((f, i) => (
          <p
            key={i}
            className="tm-figure-finding"
            data-testid="figure-finding"
            data-kind={f.kind}
            title={t(`sources:why.${f.messageKey.replace(/^check\./, '')}`, {
              ...f.params,
              defaultValue: t(f.messageKey, f.params),
            })}
          >
            {t(f.messageKey, f.params)}
          </p>
        ))}
      <h4>{t('match.proposals')}</h4>
      {row.matches.length === 0 && <p className="tm-figures-empty">{t('match.none')}</p>}
      <ul className="tm-figure-matches">
        {row.matches.map((m) => {
          const decided = decision(m.sourceId, m.start, m.end);
          return (
            <li
              key={`${m.sourceId}:${m.start}`}
              data-testid="figure-match"
              data-decision={decided ?? 'proposed'}
            >
              <span>
                {m.sourceName} {locatorLabel(t, m.locator)} · {t(`match.${m.agreement}`)}
              </span>
              <q>{m.quote}</q>
              {decided ? (
                <em>{t(`match.${decided}`)}</em>
              ) : (
                <>
                  <button
                    type="button"
                    data-testid="figure-match-accept"
                    onClick={() => void state().decideMatch(row.key, m, 'accepted')}
                  >
                    {t('match.accept')}
                  </button>
                  <button
                    type="button"
                    data-testid="figure-match-reject"
                    onClick={() => void state().decideMatch(row.key, m, 'rejected')}
                  >
                    {t('match.reject')}
                  </button>
                </>
              )}
              <button
                type="button"
                data-testid="figure-match-open"
                onClick={() => {
                  state().setOpenSource({ sourceId: m.sourceId, start: m.start, end: m.end });
                  state().setSidePanelTab('sources');
                }}
              >
                {t('match.open')}
              </button>
            </li>
          );
        })}
      </ul>
      <FigureSourceLinks row={row} />
      {mentions.length > 0 && (
        <div className="tm-figure-indicator" data-testid="figure-indicator">
          <h4>{t('indicator.title')}</h4>
          <ul>
            {mentions.map((m) => (
              <li key={m.key}>
                <button type="button" onClick={() => state().selectFigures([m.key])}>
                  {m.text}
                </button>{' '}
                {m.section}
              </li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="figure-indicator-apply"
            onClick={() => void state().setFigureStatus([row.key, ...mentions.map((m) => m.key)], row.status)}
          >
            {t('indicator.applyAll', { count: mentions.length + 1 })}
          </button>
        </div>
      )}
    </section>
  );
}
