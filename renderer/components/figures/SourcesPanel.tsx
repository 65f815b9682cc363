/**
 * The Sources tab: the document's attached sources (attach by dialog or by dropping a file here), each
 * with what it gave to match against (or why it gave nothing), Remove — after a confirmation that says
 * how many links go with it, undoable — and Replace; and the source pane (./SourcePane.tsx) opened at a
 * linked place. Bad files come back as an AppError and show the app's translated notice. A URL with a
 * pasted quote is added through its own form; its link opens only through the bridge.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../../platform/bridge';
import { selectSourceReadings } from '../../state/figures-slice';
import { getAppStore, useAppStore } from '../../state/store';
import { ReplaceConfirm } from './ReplaceConfirm';
import { SourcePane } from './SourcePane';
import { UrlSourceForm } from './UrlSourceForm';

/** Opens a URL source in the system browser (main checks the scheme again); a refusal shows a notice. */
async function openLink(url: string): Promise<void> {
  const result = await getBridge().openExternalLink(url);
  if (!result.ok) getAppStore().getState().reportError(result.error, url);
}

export function SourcesPanel() {
  const { t } = useTranslation(['figures', 'sources']);
  const sources = useAppStore((s) => s.figureSources);
  const open = useAppStore((s) => s.openSource);
  const links = useAppStore((s) => s.figureLinks);
  const readings = useAppStore(selectSourceReadings);
  const removed = useAppStore((s) => s.removedSource);
  const [addingUrl, setAddingUrl] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const source = open ? sources.find((s) => s.id === open.sourceId) : undefined;
  const state = () => getAppStore().getState();

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    void file
      .arrayBuffer()
      .then((buffer) => state().attachDroppedSource({ name: file.name, bytes: new Uint8Array(buffer) }));
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
        onClick={() => void state().attachSourceFromDialog()}
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
      <ReplaceConfirm />
      {removed && (
        <p className="tm-source-removed" role="status" data-testid="source-removed">
          {removed.replacement
            ? t('sources:replace.done', {
                name: removed.source.fileName,
                next: removed.replacement.fileName,
                count: removed.replacement.moved,
                left: removed.links.length - removed.replacement.moved,
              })
            : t('sources:manage.removed', {
                name: removed.source.fileName,
                count: removed.links.length,
              })}{' '}
          <button
            type="button"
            data-testid="source-undo-remove"
            onClick={() => void state().undoRemoveSource()}
          >
            {t('sources:manage.undo')}
          </button>
        </p>
      )}
      {sources.length === 0 && <p className="tm-figures-empty">{t('sources.empty')}</p>}
      <ul className="tm-sources-list">
        {sources.map((s) => {
          const reading = readings.get(s.id);
          const linkCount = links.filter((l) => l.sourceId === s.id).length;
          return (
            <li key={s.id} data-testid="source-item" data-format={s.format} data-source-id={s.id}>
              <button
                type="button"
                onClick={() => state().setOpenSource({ sourceId: s.id, start: 0, end: 0 })}
              >
                {s.fileName}
              </button>{' '}
              <small>
                {s.format.toUpperCase()} · {t('sources.chars', { count: s.text.length })}
              </small>
              {reading && (
                <small
                  className={
                    reading.candidates === 0 ? 'tm-source-reading tm-figure-warn' : 'tm-source-reading'
                  }
                  data-testid="source-reading"
                  data-candidates={reading.candidates}
                >
                  {reading.candidates === 0
                    ? t(`sources:reading.${reading.reason ?? 'no-numbers'}`)
                    : `${t('sources:reading.candidates', { count: reading.candidates })}${
                        reading.tables > 0 ? ` ${t('sources:reading.tables', { count: reading.tables })}` : ''
                      }`}
                </small>
              )}
              <span className="tm-source-actions">
                {s.url && (
                  <button type="button" data-testid="source-open-link" onClick={() => void openLink(s.url!)}>
                    {t('url.openLink')}
                  </button>
                )}
                {s.format !== 'url' && (
                  <button
                    type="button"
                    data-testid="source-replace"
                    onClick={() => void state().replaceSourceFromDialog(s.id)}
                  >
                    {t('sources:manage.replace')}
                  </button>
                )}
                <button type="button" data-testid="source-remove" onClick={() => setConfirming(s.id)}>
                  {t('sources:manage.remove')}
                </button>
              </span>
              {confirming === s.id && (
                <div className="tm-source-confirm" role="alertdialog" data-testid="source-remove-confirm">
                  <p>{t('sources:manage.confirm', { name: s.fileName, count: linkCount })}</p>
                  <button
                    type="button"
                    data-testid="source-remove-yes"
                    onClick={() => {
                      setConfirming(null);
                      void state().removeSource(s.id);
                    }}
                  >
                    {t('sources:manage.confirmRemove')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('sources:manage.cancel')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {source && open && <SourcePane source={source} open={open} />}
    </div>
  );
}
