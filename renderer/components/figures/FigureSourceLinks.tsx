/**
 * The sources a ledger row is linked to (accepted proposals and links made by hand), each opening the
 * source pane at its place, and the "Attach source" form: pick one of the document's sources and say
 * where in it the figure is (page, sheet and cell, or a quote). The slice checks the locator; a problem
 * is shown beside the form and nothing is stored.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import type { ManualLocator } from '../../state/figure-audit-inputs';
import { getAppStore, useAppStore } from '../../state/store';
import { locatorLabel } from './status-label';

type LocatorKind = ManualLocator['kind'];

export function FigureSourceLinks({ row }: { row: LedgerRow }) {
  const { t } = useTranslation('figures');
  const sources = useAppStore((s) => s.figureSources);
  const allLinks = useAppStore((s) => s.figureLinks);
  const linked = allLinks.filter((l) => l.annotationId === row.annotationId && l.state === 'accepted');
  const [sourceId, setSourceId] = useState('');
  const [kind, setKind] = useState<LocatorKind>('page');
  const [page, setPage] = useState('');
  const [sheet, setSheet] = useState('');
  const [cell, setCell] = useState('');
  const [quote, setQuote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const state = () => getAppStore().getState();
  const chosen = sourceId || sources[0]?.id || '';

  const submit = async () => {
    const locator: ManualLocator =
      kind === 'page'
        ? { kind, page: Number(page) }
        : kind === 'cell'
          ? { kind, sheet, cell }
          : { kind, quote };
    const result = await state().linkFigureToSource(row.key, chosen, locator);
    setProblem(result);
    if (!result) {
      setPage('');
      setCell('');
      setQuote('');
    }
  };

  return (
    <div className="tm-figure-links">
      <h4>{t('link.title')}</h4>
      <ul>
        {linked.map((l) => {
          const source = sources.find((s) => s.id === l.sourceId);
          return (
            <li key={l.id} data-testid="figure-link" data-locator={l.locator.kind}>
              <span>
                {source?.fileName ?? '?'} {locatorLabel(t, l.locator)}
              </span>
              {l.quote && <q>{l.quote}</q>}
              <button
                type="button"
                data-testid="figure-link-open"
                onClick={() => {
                  state().setOpenSource({
                    sourceId: l.sourceId,
                    start: l.start,
                    end: l.end,
                    locator: l.locator,
                  });
                  state().setSidePanelTab('sources');
                }}
              >
                {t('match.open')}
              </button>
            </li>
          );
        })}
      </ul>
      {sources.length === 0 ? (
        <p className="tm-figures-empty">{t('link.noSources')}</p>
      ) : (
        <form
          className="tm-figure-link-form"
          data-testid="figure-link-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <select
            data-testid="figure-link-source"
            aria-label={t('link.source')}
            value={chosen}
            onChange={(e) => setSourceId(e.target.value)}
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.fileName}
              </option>
            ))}
          </select>
          <select
            data-testid="figure-link-kind"
            aria-label={t('link.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as LocatorKind)}
          >
            <option value="page">{t('link.kindPage')}</option>
            <option value="cell">{t('link.kindCell')}</option>
            <option value="quote">{t('link.kindQuote')}</option>
          </select>
          {kind === 'page' && (
            <input
              data-testid="figure-link-page"
              type="number"
              min={1}
              placeholder={t('link.page')}
              aria-label={t('link.page')}
              value={page}
              onChange={(e) => setPage(e.target.value)}
            />
          )}
          {kind === 'cell' && (
            <>
              <input
                data-testid="figure-link-sheet"
                placeholder={t('link.sheet')}
                aria-label={t('link.sheet')}
                value={sheet}
                onChange={(e) => setSheet(e.target.value)}
              />
              <input
                data-testid="figure-link-cell"
                placeholder={t('link.cell')}
                aria-label={t('link.cell')}
                value={cell}
                onChange={(e) => setCell(e.target.value)}
              />
            </>
          )}
          {kind === 'quote' && (
            <input
              data-testid="figure-link-quote"
              placeholder={t('link.quote')}
              aria-label={t('link.quote')}
              value={quote}
              onChange={(e) => setQuote(e.target.value)}
            />
          )}
          <button type="submit" data-testid="figure-link-submit">
            {t('link.submit')}
          </button>
          {problem && (
            <p role="alert" className="tm-figure-form-problem" data-testid="figure-link-problem">
              {t(problem)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
