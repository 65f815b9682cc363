/**
 * The source pane: the open source's file name, then its content the way the reviewer knows it — a
 * spreadsheet as a grid with sheet tabs (./SheetGrid.tsx), a PDF page by page, anything else as text —
 * with the linked passage highlighted and scrolled into view inside the pane.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRecord } from '../../db/source-repository';
import type { OpenSource } from '../../state/figures-slice';
import { getAppStore } from '../../state/store';
import { DocumentSourceView } from './DocumentSourceView';
import { SheetGrid } from './SheetGrid';
import { locatorLabel } from './status-label';

export function SourcePane({ source, open }: { source: SourceRecord; open: OpenSource }) {
  const { t } = useTranslation(['sources', 'figures']);
  const paneRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement | null>(null);
  // Scroll only the pane: scrollIntoView would also scroll the app's overflow-hidden layout containers.
  useEffect(() => {
    const pane = paneRef.current;
    const mark = markRef.current;
    if (!pane || !mark) return;
    const top = mark.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTop = Math.max(0, top - pane.clientHeight / 2);
  }, [open, source]);
  const hasCells = source.regions.some((r) => r.kind === 'cell');
  // A DOCX keeps its prose around its tables; spreadsheets are all cells.
  const isDocument = hasCells && source.format === 'docx';
  const isSheet = hasCells && !isDocument;
  const pages = source.regions.filter((r) => r.kind === 'page');
  const highlight = (text: string, from: number) => {
    const a = Math.max(0, Math.min(text.length, open.start - from));
    const b = Math.max(a, Math.min(text.length, open.end - from));
    if (open.end <= open.start || b === a) return text;
    return (
      <>
        {text.slice(0, a)}
        <mark ref={(el) => void (markRef.current = el)} data-testid="source-highlight">
          {text.slice(a, b)}
        </mark>
        {text.slice(b)}
      </>
    );
  };

  return (
    <div className="tm-source-pane" ref={paneRef} data-testid="source-pane" data-source-id={source.id}>
      <div className="tm-source-pane-head">
        <strong data-testid="source-pane-name">{source.fileName}</strong>
        {open.locator && <span data-testid="source-pane-locator">{locatorLabel(t, open.locator)}</span>}
        {pages.length > 0 && <small>{t('pane.pages', { count: pages.length })}</small>}
        <button type="button" onClick={() => getAppStore().getState().setOpenSource(null)}>
          {t('figures:sources.close')}
        </button>
      </div>
      {isDocument ? (
        <DocumentSourceView
          source={source}
          highlight={highlight}
          start={open.start}
          end={open.end}
          markRef={markRef}
        />
      ) : isSheet ? (
        <SheetGrid source={source} start={open.start} end={open.end} markRef={markRef} />
      ) : pages.length > 0 ? (
        pages.map((p) =>
          p.kind === 'page' ? (
            <section key={p.page} className="tm-source-page" data-testid="source-page" data-page={p.page}>
              <h5>{t('pane.page', { page: p.page })}</h5>
              <pre className="tm-source-text">{highlight(source.text.slice(p.start, p.end), p.start)}</pre>
            </section>
          ) : null,
        )
      ) : (
        <pre className="tm-source-text">{highlight(source.text, 0)}</pre>
      )}
    </div>
  );
}
