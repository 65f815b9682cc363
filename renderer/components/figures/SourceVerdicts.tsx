/**
 * Every source's verdict on the active figure — agrees (with the rounding it needed), differs (both
 * values and how far apart), not found — and, while the sources disagree, the auditor's decision: which
 * source is taken and why. The decision is stored on the taken source's link (figures slice
 * `decideConflict`); until it exists the conflict shows here, on the ledger row and in coverage.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import type { SourceVerdict } from '../../../shared/figures/matching/match';
import { formatNumber } from '../../../shared/figures/matching/quantity';
import { isConflictOpen } from '../../state/figures-slice';
import { getAppStore, useAppStore } from '../../state/store';
import { locatorLabel, unitLabel } from './status-label';

export function SourceVerdicts({ row }: { row: LedgerRow }) {
  const { t } = useTranslation(['sources', 'figures']);
  const links = useAppStore((s) => s.figureLinks);
  const sources = useAppStore((s) => s.figureSources);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (row.verdicts.length === 0) return null;
  const open = isConflictOpen(row, links);
  const taken = links.find((l) => l.annotationId === row.annotationId && l.taken);
  const describe = (v: SourceVerdict): string => {
    if (v.verdict === 'agrees') return `${t('verdict.agrees')} · ${t(`verdict.${v.rounding}`)}`;
    if (v.verdict === 'not-found') return t('verdict.notFound');
    const unit = unitLabel(t, v.mismatch.unit);
    return t('verdict.differs', {
      source: v.mismatch.text,
      draft: row.text,
      difference: `${formatNumber(Math.abs(v.difference.absolute))} ${unit}`.trim(),
      relative: `${formatNumber(Math.abs(v.difference.relative) * 100, 3)}%`,
    });
  };
  const save = async () => {
    const verdict = row.verdicts.find((v) => v.sourceId === chosen);
    if (!verdict) return;
    const result = await getAppStore().getState().decideConflict(row.key, verdict, reason);
    setProblem(result);
    if (!result) setChosen(null);
  };

  return (
    <div
      className="tm-verdicts"
      data-testid="source-verdicts"
      data-conflict={open ? 'open' : row.conflict ? 'decided' : 'none'}
    >
      <h4>{t('verdict.title')}</h4>
      {open && (
        <p className="tm-conflict-banner" role="status" data-testid="conflict-open">
          {t('conflict.open')}
        </p>
      )}
      {taken && (
        <p className="tm-conflict-decided" data-testid="conflict-decided">
          {t('conflict.decided', {
            source: sources.find((s) => s.id === taken.sourceId)?.fileName ?? '?',
            reason: taken.reason ?? '',
          })}
        </p>
      )}
      <ul>
        {row.verdicts.map((v) => {
          const place = v.verdict === 'agrees' ? v.match : v.verdict === 'differs' ? v.mismatch : null;
          return (
            <li
              key={v.sourceId}
              data-testid="source-verdict"
              data-verdict={v.verdict}
              className={`tm-verdict-${v.verdict}`}
            >
              <span className="tm-verdict-source">{v.sourceName}</span>{' '}
              {place && <small>{locatorLabel(t, place.locator)}</small>} <span>{describe(v)}</span>
              {place && <q>{place.quote}</q>}
              {row.conflict && place && (
                <label className="tm-verdict-take">
                  <input
                    type="radio"
                    name={`take-${row.key}`}
                    data-testid="verdict-take"
                    checked={chosen === v.sourceId}
                    onChange={() => setChosen(v.sourceId)}
                  />
                  {t('verdict.take')}
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {row.conflict && chosen && (
        <form
          className="tm-conflict-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            data-testid="conflict-reason"
            aria-label={t('verdict.reason')}
            placeholder={t('verdict.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" data-testid="conflict-save">
            {t('verdict.save')}
          </button>
          {problem && (
            <p role="alert" className="tm-figure-form-problem" data-testid="conflict-problem">
              {t(problem)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
