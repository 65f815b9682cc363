/**
 * The changes view between two versions of a document (opened from the Drafts tab, "Compare with…"):
 * every paragraph inserted, deleted, edited (word by word in English, character by character in
 * Chinese) or moved, unchanged stretches folded away, annotations on changed text marked. N / P walk
 * change by change, F toggles the filter to changes touching annotations or figures, Escape closes.
 * Insertions are underlined and deletions struck through, so colour is never the only sign.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ChangeMarks, ChangeRow } from '../../../shared/anchoring/changes';
import { useAppStore } from '../../state/store';
import { buildChangesModel, changeStops, type ChangesModel } from './changes-model';

/**
 * Changes drawn at first, and added each time the end of the list scrolls into view: two 1 MB drafts
 * have hundreds of changed paragraphs, and drawing them all made opening the view slow. N / P past the
 * drawn ones draw up to the change they go to.
 */
const firstChanges = 60;
const moreChanges = 60;

function Parts({ row }: { row: ChangeRow }) {
  return (
    <>
      {row.parts.map((part, k) =>
        part.op === 1 ? (
          <ins key={k}>{part.text}</ins>
        ) : part.op === -1 ? (
          <del key={k}>{part.text}</del>
        ) : (
          <span key={k}>{part.text}</span>
        ),
      )}
    </>
  );
}

function Marks({ mark, model }: { mark: ChangeMarks; model: ChangesModel }) {
  const { t } = useTranslation('carry');
  if (mark.annotationIds.length === 0 && !mark.figure) return null;
  const quotes = mark.annotationIds.map((id) => model.quotes.get(id) ?? '');
  return (
    <span className="tm-changes-marks">
      {mark.annotationIds.length > 0 ? (
        <span className="tm-changes-badge" data-testid="change-annotations" title={quotes.join(' · ')}>
          ✎ {t('changes.annotations', { count: mark.annotationIds.length })}
        </span>
      ) : null}
      {mark.figure ? (
        <span className="tm-changes-badge tm-changes-badge-figure" data-testid="change-figure">
          # {t('changes.figure')}
        </span>
      ) : null}
    </span>
  );
}

export function ChangesView() {
  const { t } = useTranslation('carry');
  const { session, close } = useAppStore(useShallow((s) => ({ session: s.changes, close: s.closeChanges })));
  const model = useMemo(() => (session ? buildChangesModel(session) : null), [session]);
  const [onlyMarked, setOnlyMarked] = useState(false);
  const [position, setPosition] = useState(-1);
  const stops = useMemo(() => (model ? changeStops(model, onlyMarked) : []), [model, onlyMarked]);
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(firstChanges);

  useEffect(() => {
    const element = dialog.current;
    if (session && element && !element.open) element.showModal();
    setPosition(-1);
    setDrawn(firstChanges);
    return () => element?.close();
  }, [session]);
  useEffect(() => setPosition(-1), [onlyMarked]);
  // N / P to a change not drawn yet draws up to it (and a few beyond, for context when scrolling on).
  useEffect(() => {
    if (position >= drawn) setDrawn(position + moreChanges);
  }, [position, drawn]);
  useEffect(() => {
    const row = stops[position];
    if (row === undefined) return;
    body.current?.querySelector(`[data-row="${row}"]`)?.scrollIntoView({ block: 'center' });
  }, [position, stops, drawn]);
  // The end of the drawn list coming into view draws the next changes.
  useEffect(() => {
    const marker = end.current;
    if (!marker || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setDrawn((n) => n + moreChanges);
      },
      { root: body.current, rootMargin: '400px' },
    );
    observer.observe(marker);
    return () => observer.disconnect();
  }, [model, drawn, onlyMarked]);

  if (!session || !model) return null;
  const current = stops[position];
  const step = (by: number): void =>
    setPosition((p) => (stops.length === 0 ? -1 : Math.min(stops.length - 1, Math.max(0, p + by))));
  const onKeyDown = (event: KeyboardEvent): void => {
    // Kept inside the view: the workspace's own single-letter keys must not fire underneath.
    event.stopPropagation();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' && event.key !== 'n' && event.key !== 'p') return;
    const key = event.key.toLowerCase();
    if (key === 'n') step(1);
    else if (key === 'p') step(-1);
    else if (key === 'f') setOnlyMarked((v) => !v);
    else return;
    event.preventDefault();
  };

  const shown = new Set(stops);
  const content: ReactNode[] = [];
  let folded = 0;
  let count = 0;
  const complete = stops.length <= drawn;
  const fold = (key: number): void => {
    if (folded > 0)
      content.push(
        <p key={`fold-${key}`} className="tm-changes-fold">
          {t('changes.unchanged', { count: folded })}
        </p>,
      );
    folded = 0;
  };
  for (let k = 0; k < model.rows.length; k++) {
    const row = model.rows[k]!;
    if (!shown.has(k)) {
      folded++;
      continue;
    }
    if (count++ >= drawn) break;
    fold(k);
    content.push(
      <div
        key={k}
        data-row={k}
        data-testid="change"
        data-kind={row.kind}
        className={`tm-changes-row tm-changes-${row.kind}`}
        aria-current={k === current ? 'true' : undefined}
      >
        <span className="tm-changes-label">
          {t(`changes.kind.${row.kind}`)}
          <Marks mark={model.marks[k]!} model={model} />
        </span>
        <p className="tm-changes-text">
          <Parts row={row} />
        </p>
      </div>,
    );
  }
  if (complete) fold(model.rows.length);

  return (
    <dialog
      ref={dialog}
      className="tm-changes"
      data-testid="changes-view"
      aria-labelledby="changes-view-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="tm-changes-header">
        <h2 id="changes-view-title">
          {t('changes.title', { from: session.older.number, to: session.newer.number })}
        </h2>
        <span data-testid="changes-counts" className="tm-muted">
          {t('changes.counts', model.counts)}
        </span>
        <label className="tm-changes-filter">
          <input
            type="checkbox"
            data-testid="changes-filter"
            checked={onlyMarked}
            onChange={(event) => setOnlyMarked(event.target.checked)}
          />
          {t('changes.filter')}
        </label>
        <span data-testid="changes-position" aria-live="polite">
          {stops.length === 0
            ? t('changes.none')
            : position < 0
              ? t('changes.total', { count: stops.length })
              : t('changes.position', { index: position + 1, count: stops.length })}
        </span>
        <button type="button" className="tm-button" data-testid="changes-previous" onClick={() => step(-1)}>
          {t('changes.previous')}
        </button>
        <button type="button" className="tm-button" data-testid="changes-next" onClick={() => step(1)}>
          {t('changes.next')}
        </button>
        <button type="button" className="tm-button" data-testid="changes-close" onClick={close}>
          {t('report.close')}
        </button>
      </header>
      <div ref={body} className="tm-changes-body">
        {content}
        {complete ? null : (
          <div ref={end} className="tm-changes-fold" data-testid="changes-more">
            {t('changes.more', { count: stops.length - drawn })}
          </div>
        )}
      </div>
    </dialog>
  );
}
