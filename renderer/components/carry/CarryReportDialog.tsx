/**
 * The carry-over report: counts per verdict, the confirmation queue (old quote in its old context beside
 * the proposed place; A accept, R re-anchor on the current selection, O orphan, J/K next/previous), and
 * the lists of changed figures and orphans. Opens after a new draft is imported and from the Drafts tab.
 *
 * The report is modal, so the document behind it cannot be selected: R with nothing selected steps the
 * report aside into a bar over the document ("select where it belongs"); selecting the text and pressing
 * R again (or the bar's button) re-anchors it and brings the report back; Escape returns without change.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectCarryQueue, selectOrphans } from '../../state/carry-slice';
import { useAppStore, type AppState } from '../../state/store';
import { Dialog } from '../Dialog';
import { useEditorHandle } from '../editor-handle';
import { readSelection } from '../annotations/use-text-selection';
import { scrollToAnnotation } from '../annotations/use-annotation-sync';
import { carryOf, newContext, oldContext, verdictOrder } from './carry-text';
import { QuoteInContext } from './QuoteInContext';

const noAnnotations: AppState['annotationList'] = [];

export function CarryReportDialog() {
  const { t } = useTranslation('carry');
  const handle = useEditorHandle();
  const { report, list, close, review, versionId } = useAppStore(
    useShallow((s) => ({
      report: s.carryReport,
      // Closed, it does not follow the list: filtering 5,000 annotations on every status letter cost
      // the ledger's key press.
      list: s.carryReport ? s.annotationList : noAnnotations,
      close: s.closeCarryReport,
      review: s.reviewCarried,
      versionId: s.current?.version.id ?? null,
    })),
  );
  // Derived here, not in the selector: a new array per call would re-render forever.
  const queue = useMemo(() => selectCarryQueue({ annotationList: list }), [list]);
  const orphans = useMemo(() => selectOrphans({ annotationList: list }), [list]);
  const [index, setIndex] = useState(0);
  const [hint, setHint] = useState<string | null>(null);
  /** The queue item being re-anchored while the report stands aside for the selection. */
  const [picking, setPicking] = useState<string | null>(null);
  const current = queue[Math.min(index, queue.length - 1)];
  const visible = report !== null && report.toVersionId === versionId;

  useEffect(() => {
    if (!visible) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || !current) return;
      if (picking) {
        // The document has the focus now: R and Escape are the bar's, not the workspace's.
        const key = event.key.toLowerCase();
        if (key === 'r' || event.key === 'Enter') applyPick();
        else if (event.key === 'Escape') setPicking(null);
        else return;
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'a') void review(current.id, 'accepted');
      else if (key === 'o') void review(current.id, 'orphan');
      else if (key === 'j') setIndex((i) => Math.min(queue.length - 1, i + 1));
      else if (key === 'k') setIndex((i) => Math.max(0, i - 1));
      else if (key === 'r') reanchor();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  if (!visible) return null;

  function reanchor(): void {
    if (!current) return;
    const selection = handle ? readSelection(handle) : null;
    if (!selection) {
      setHint(null);
      setPicking(current.id);
      // Start the search where the carry-over proposed to put it.
      if (handle) scrollToAnnotation(handle, current);
      return;
    }
    setHint(null);
    void review(current.id, 'accepted', { start: selection.start, end: selection.end });
  }

  function applyPick(): void {
    const selection = handle ? readSelection(handle) : null;
    if (!picking) return;
    if (!selection) {
      setHint(t('queue.selectFirst'));
      return;
    }
    const id = picking;
    setPicking(null);
    setHint(null);
    void review(id, 'accepted', { start: selection.start, end: selection.end });
  }

  const pickedItem = picking ? queue.find((a) => a.id === picking) : undefined;
  if (picking && pickedItem) {
    return (
      <div className="tm-carry-pick" role="region" aria-label={t('queue.pickTitle')} data-testid="carry-pick">
        <span>
          {t('queue.pickTitle')}: <q>{carryOf(pickedItem)?.previousQuote ?? pickedItem.target.exact}</q>
        </span>
        {hint ? <span className="tm-muted">{hint}</span> : null}
        <button
          type="button"
          className="tm-button tm-button-primary"
          data-testid="carry-pick-apply"
          onClick={applyPick}
        >
          {t('queue.reanchor')} (R)
        </button>
        <button
          type="button"
          className="tm-button"
          data-testid="carry-pick-cancel"
          onClick={() => setPicking(null)}
        >
          {t('queue.pickCancel')} (Esc)
        </button>
      </div>
    );
  }

  const valueChanged = report.items.filter((item) => item.verdict === 'value-changed');
  return (
    <Dialog title={t('report.title')} testId="carry-report" onCancel={close}>
      <ul className="tm-carry-counts">
        {verdictOrder.map((verdict) => (
          <li key={verdict} data-testid={`carry-count-${verdict}`}>
            <strong>{report.counts[verdict]}</strong> {t(`verdict.${verdict}`)}
          </li>
        ))}
      </ul>
      <section data-testid="carry-queue">
        <h3>{t('queue.title', { count: queue.length })}</h3>
        {current ? (
          <div className="tm-carry-compare">
            <div>
              <h4>{t('queue.before')}</h4>
              <QuoteInContext parts={oldContext(current)!} testId="carry-old" />
            </div>
            <div>
              <h4>
                {t('queue.proposed')} · {t(`verdict.${carryOf(current)!.verdict}`)}
                {carryOf(current)!.verdict === 'fuzzy'
                  ? ` ${Math.round(carryOf(current)!.similarity * 100)} %`
                  : ''}
              </h4>
              <QuoteInContext parts={newContext(current)} testId="carry-new" />
            </div>
            <div className="tm-dialog-actions">
              <button
                type="button"
                className="tm-button"
                data-testid="carry-prev"
                onClick={() => setIndex(Math.max(0, index - 1))}
              >
                {t('queue.previous')} (K)
              </button>
              <button
                type="button"
                className="tm-button"
                data-testid="carry-orphan"
                onClick={() => void review(current.id, 'orphan')}
              >
                {t('queue.orphan')} (O)
              </button>
              <button type="button" className="tm-button" data-testid="carry-reanchor" onClick={reanchor}>
                {t('queue.reanchor')} (R)
              </button>
              <button
                type="button"
                className="tm-button tm-button-primary"
                data-testid="carry-accept"
                onClick={() => void review(current.id, 'accepted')}
              >
                {t('queue.accept')} (A)
              </button>
              <button
                type="button"
                className="tm-button"
                data-testid="carry-next"
                onClick={() => setIndex(Math.min(queue.length - 1, index + 1))}
              >
                {t('queue.next')} (J)
              </button>
            </div>
            {hint ? <p className="tm-muted">{hint}</p> : null}
          </div>
        ) : (
          <p className="tm-muted">{t('queue.empty')}</p>
        )}
      </section>
      {valueChanged.length > 0 ? (
        <section data-testid="carry-value-changed">
          <h3>{t('report.valueChanged')}</h3>
          <ul>
            {valueChanged.map((item) => (
              <li key={item.id}>
                {item.figure?.oldText} → <strong>{item.figure?.newText}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section data-testid="carry-orphans">
        <h3>{t('report.orphans', { count: orphans.length })}</h3>
        <ul>
          {orphans.map((a) => (
            <li key={a.id}>{carryOf(a)?.previousQuote}</li>
          ))}
        </ul>
      </section>
      <div className="tm-dialog-actions">
        <button type="button" className="tm-button" data-testid="carry-report-close" onClick={close}>
          {t('report.close')}
        </button>
      </div>
    </Dialog>
  );
}
