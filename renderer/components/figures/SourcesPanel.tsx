/**
 * The Sources tab: the document's attached sources (attach by dialog or by dropping a file here), and a
 * source pane that shows one source's text opened at a linked place, the passage highlighted and
 * scrolled into view. Bad files come back as an AppError and show the app's translated notice. A URL with a
 * pasted quote is added through its own form; its link opens only through the bridge.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../../platform/bridge';
import { getAppStore, useAppStore } from '../../state/store';
import { locatorLabel } from './status-label';
import { UrlSourceForm } from './UrlSourceForm';

/** Opens a URL source in the system browser (main checks the scheme again); a refusal shows a notice. */
async function openLink(url: string): Promise<void> {
  const result = await getBridge().openExternalLink(url);
  if (!result.ok) getAppStore().getState().reportError(result.error, url);
}

export function SourcesPanel() {
  const { t } = useTranslation('figures');
  const sources = useAppStore((s) => s.figureSources);
  const open = useAppStore((s) => s.openSource);
  const [addingUrl, setAddingUrl] = useState(false);
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
      </button>{' '}
      <button
        type="button"
        data-testid="sources-add-url"
        aria-expanded={addingUrl}
        onClick={() => setAddingUrl(!addingUrl)}
      >
        {t('url.add')}
      </button>
      {addingUrl && <UrlSourceForm onDone={() => setAddingUrl(false)} />}
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
            {s.url && (
              <button type="button" data-testid="source-open-link" onClick={() => void openLink(s.url!)}>
                {t('url.openLink')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {source && open && (
        <div className="tm-source-pane" ref={paneRef} data-testid="source-pane" data-source-id={source.id}>
          <button type="button" onClick={() => getAppStore().getState().setOpenSource(null)}>
            {t('sources.close')}
          </button>{' '}
          {open.locator && <span data-testid="source-pane-locator">{locatorLabel(t, open.locator)}</span>}
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
