/**
 * The Drafts side-panel tab: which draft is open and every version of the document (each opens with
 * its own annotations, newest first), the carry-over report of each carried version, and the orphans of
 * the open version with "re-anchor on the selected text".
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DocumentVersion } from '../../../shared/model/document';
import { selectCarryQueue, selectOrphans } from '../../state/carry-slice';
import { useReopenEncodingStore } from '../../state/reopen-encoding-store';
import { getAppStore, useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { readSelection } from '../annotations/use-text-selection';
import { carryOf } from './carry-text';

export function DraftsPanel() {
  const { t } = useTranslation('carry');
  const { t: tImporting } = useTranslation('importing');
  const handle = useEditorHandle();
  const { current, list } = useAppStore(useShallow((s) => ({ current: s.current, list: s.annotationList })));
  // Derived here, not in the selector: a new array per call would re-render forever.
  const queue = useMemo(() => selectCarryQueue({ annotationList: list }), [list]);
  const orphans = useMemo(() => selectOrphans({ annotationList: list }), [list]);
  const [versions, setVersions] = useState<DocumentVersion[]>([]);
  const [hint, setHint] = useState<string | null>(null);
  const documentId = current?.document.id;
  const versionCount = current?.document.versionCount;
  useEffect(() => {
    if (!documentId) return;
    let live = true;
    void (async () => {
      const list = await getAppStore().getState().listDocumentVersions(documentId);
      if (live) setVersions([...list].sort((a, b) => b.number - a.number));
    })();
    return () => {
      live = false;
    };
  }, [documentId, versionCount]);
  if (!current) return null;
  const state = getAppStore().getState;

  const reanchor = (id: string): void => {
    const selection = handle ? readSelection(handle) : null;
    if (!selection) {
      setHint(t('queue.selectFirst'));
      return;
    }
    setHint(null);
    void state().reviewCarried(id, 'accepted', { start: selection.start, end: selection.end });
  };

  return (
    <div className="tm-carry-panel" data-testid="drafts-panel">
      <h3>{t('versions.title')}</h3>
      <ul className="tm-carry-versions" data-testid="version-picker">
        {versions.map((v) => (
          <li key={v.id} aria-current={v.id === current.version.id ? 'true' : undefined}>
            <button
              type="button"
              className="tm-button"
              data-testid={`version-${v.number}`}
              disabled={v.id === current.version.id}
              onClick={() => void state().openStored(v.documentId, v.id)}
            >
              {t('versions.draft', { number: v.number })} · {v.fileName}
              {v.id === current.version.id ? ` · ${t('versions.open')}` : ''}
            </button>
            {v.number > 1 ? (
              <button
                type="button"
                className="tm-button"
                data-testid={`version-report-${v.number}`}
                onClick={async () => {
                  if (v.id !== current.version.id) await state().openStored(v.documentId, v.id);
                  await state().showCarryReport(v.id);
                }}
              >
                {t('versions.report')}
              </button>
            ) : null}
            {/* Any plain-text draft may be read again in another encoding (encoding/ReopenEncodingDialog). */}
            {v.encoding ? (
              <button
                type="button"
                className="tm-button"
                data-testid={`version-reopen-encoding-${v.number}`}
                onClick={() => useReopenEncodingStore.getState().open(v)}
              >
                {tImporting('reopen')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {versions.length > 1 ? (
        <label className="tm-carry-compare-with">
          {t('changes.compare')}{' '}
          <select
            data-testid="compare-with"
            value=""
            onChange={(event) => {
              if (event.target.value) void state().openChanges(event.target.value);
            }}
          >
            <option value="">…</option>
            {versions
              .filter((v) => v.id !== current.version.id)
              .map((v) => (
                <option key={v.id} value={v.id}>
                  {t('versions.draft', { number: v.number })} · {v.fileName}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {queue.length > 0 ? (
        <p data-testid="drafts-queue">
          {t('queue.title', { count: queue.length })}{' '}
          <button
            type="button"
            className="tm-button"
            onClick={() => void state().showCarryReport(current.version.id)}
          >
            {t('queue.review')}
          </button>
        </p>
      ) : null}
      <h3>{t('report.orphans', { count: orphans.length })}</h3>
      {hint ? <p className="tm-muted">{hint}</p> : null}
      <ul className="tm-carry-orphans" data-testid="orphan-list">
        {orphans.map((a) => (
          <li key={a.id} data-testid="orphan">
            <q>{carryOf(a)?.previousQuote}</q>
            <button
              type="button"
              className="tm-button"
              data-testid="orphan-reanchor"
              onClick={() => reanchor(a.id)}
            >
              {t('orphans.reanchor')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
