/**
 * While a draft or a source is being imported: a progress bar with the file name, and after a second (an import
 * that is not instant) how far main's import worker got — "page 37 of 200" for a PDF — and a Cancel
 * button that stops the worker. Nothing is stored from a cancelled import.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportProgressStore } from '../state/import-progress-store';
import { useAppStore } from '../state/store';

/** An import shorter than this shows only the bar: no counter or button flashing by. */
const detailsAfterMs = 1000;

export function ImportProgress() {
  const { t } = useTranslation();
  const draftImport = useAppStore((state) => state.importing);
  const sourceImport = useImportProgressStore((state) => state.sourceImport);
  const importing = draftImport ?? sourceImport;
  const progress = useImportProgressStore((state) => state.progress);
  const listen = useImportProgressStore((state) => state.listen);
  const cancel = useImportProgressStore((state) => state.cancel);
  const [slow, setSlow] = useState(false);
  useEffect(() => listen(), [listen]);
  useEffect(() => {
    setSlow(false);
    if (!importing) return;
    const timer = setTimeout(() => setSlow(true), detailsAfterMs);
    return () => clearTimeout(timer);
  }, [importing]);
  if (!importing) return null;
  // A source chosen in the dialog is named by main's first progress event.
  const fileName = importing.fileName ?? progress?.fileName ?? null;
  const label = draftImport
    ? fileName
      ? t('import.progress', { fileName })
      : t('import.progressUnknown')
    : fileName
      ? t('importing:source', { fileName })
      : t('importing:sourceUnknown');
  const pages =
    slow && progress?.stage === 'pages' && progress.total > 0
      ? t('importing:pages', { done: progress.done, total: progress.total })
      : null;
  return (
    <div className="tm-progress" role="status" aria-live="polite" data-testid="import-progress">
      {pages && progress ? (
        <progress className="tm-progress-pages" value={progress.done} max={progress.total} />
      ) : (
        <div className="tm-progress-bar" aria-hidden="true" />
      )}
      <span>{label}</span>
      {pages ? <span data-testid="import-progress-pages">{pages}</span> : null}
      {slow ? (
        <button type="button" className="tm-progress-cancel" onClick={() => void cancel()}>
          {t('importing:cancel')}
        </button>
      ) : null}
    </div>
  );
}
