/**
 * The confirmation shown before a source is replaced: how many of its links move to the new file, and
 * each link that does not, with the figure and why (the new file does not state it, states another
 * value, now agrees where the old one differed, or the figure is in another draft). Nothing is written
 * until **Replace source**; Undo in the notice afterwards puts the old source and every link back.
 */
import { useTranslation } from 'react-i18next';
import type { CarryOutcome } from '../../../shared/figures/matching/replace-plan';
import { formatValue } from './status-label';
import { getAppStore, useAppStore } from '../../state/store';

export function ReplaceConfirm() {
  const { t } = useTranslation('sources');
  /** What the new file states: as written, with the unit a bare table cell takes from its table. */
  const stated = (o: Extract<CarryOutcome, { carried: false }>): string => {
    const full = o.value !== undefined ? formatValue(o.value, o.unit ?? '', undefined, t) : '';
    if (!o.text) return full;
    return /^[-+−\d.,\s()]+$/.test(o.text) && full ? `${o.text} (${full})` : o.text;
  };
  const pending = useAppStore((s) => s.pendingReplace);
  if (!pending) return null;
  const moved = pending.outcomes.filter((o) => o.carried).length;
  const left = pending.outcomes
    .map((o, i) => ({ o, text: pending.figureTexts[i] ?? '' }))
    .filter((x): x is { o: Extract<CarryOutcome, { carried: false }>; text: string } => !x.o.carried);
  const state = () => getAppStore().getState();
  return (
    <div className="tm-source-confirm" role="alertdialog" data-testid="source-replace-confirm">
      <p>
        {t('replace.title', { name: pending.oldName, next: pending.next.fileName })}{' '}
        {t('replace.moves', { count: moved })}
        {left.length > 0 && ` ${t('replace.left', { count: left.length })}`}
      </p>
      {left.length > 0 && (
        <ul data-testid="source-replace-left">
          {left.map(({ o, text }) => (
            <li key={o.linkId}>
              <strong>{text || '—'}</strong>: {t(`replace.why.${o.reason}`, { value: stated(o) })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="source-replace-yes" onClick={() => void state().confirmReplace()}>
        {t('replace.confirm')}
      </button>{' '}
      <button type="button" onClick={() => state().cancelReplace()}>
        {t('manage.cancel')}
      </button>
    </div>
  );
}
