/**
 * The Sources tab: the document's attached sources (attach by dialog or by dropping a file here), and a
 * source pane that shows one source's text opened at a linked place, the passage highlighted and
 * scrolled into view. Bad files come back as an AppError and show the app's translated notice.
 */
import { useEffect, useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore, useAppStore } from '../../state/store';

export function SourcesPanel() {
  const { t } = useTranslation('figures');
  const sources = useAppStore((s) => s.figureSources);
  const open = useAppStore((s) => s.openSource);
  const markRef = useRef<HTMLElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const source = open ? sources.find((s) => s.id === open.sourceId) : undefined;
  // Scroll only the source pane: scrollIntoView would also scroll the app's overflow-hidden layout
  // containers and push the tab bar out of reach.
  useEffect(() => {
    const pane = paneRef.current;
    const mark = markRef.current;
    if (pane && mark) pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 2);
  }, [open, source]);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    void file.arrayBuffer().then((buffer) =>
      getAppStore()
        .getState()
        .attachDroppedSource({ name: file.name, bytes: new Uint8Array(buffer) }),
    );
  };

  return (
    <div
      className="tm-sources"
      data-testid="sources-panel"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <button
        type="button"
        data-testid="sources-attach"
        onClick={() => void getAppStore().getState().attachSourceFromDialog()}
      >
        {t('sources.attach')}
      </button>
      {sources.length === 0 && <p className="tm-figures-empty">{t('sources.empty')}</p>}
      <ul className="tm-sources-list">
        {sources.map((s) => (
          <li key={s.id} data-testid="source-item" data-format={s.format}>
            <button
              type="button"
              onClick={() => getAppStore().getState().setOpenSource({ sourceId: s.id, start: 0, end: 0 })}
            >
              {s.fileName}
            </button>{' '}
            <small>
              {s.format.toUpperCase()} · {t('sources.chars', { count: s.text.length })}
            </small>
          </li>
        ))}
      </ul>
      {source && open && (
        <div className="tm-source-pane" ref={paneRef} data-testid="source-pane" data-source-id={source.id}>
          <button type="button" onClick={() => getAppStore().getState().setOpenSource(null)}>
            {t('sources.close')}
          </button>
          <pre className="tm-source-text">
            {source.text.slice(0, open.start)}
            <mark ref={markRef} data-testid="source-highlight">
              {source.text.slice(open.start, open.end)}
            </mark>
            {source.text.slice(open.end)}
          </pre>
        </div>
      )}
    </div>
  );
}
