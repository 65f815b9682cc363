/** An indeterminate progress bar with the file name while a draft is being imported. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

export function ImportProgress() {
  const { t } = useTranslation();
  const importing = useAppStore((state) => state.importing);
  if (!importing) return null;
  const label = importing.fileName
    ? t('import.progress', { fileName: importing.fileName })
    : t('import.progressUnknown');
  return (
    <div className="tm-progress" role="status" aria-live="polite" data-testid="import-progress">
      <div className="tm-progress-bar" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
