/**
 * Shown inside a "storage is full" notice: what was saved before is safe (the failed transaction rolled
 * back), and the reviewer can take a backup now, before freeing space. Reading the tables and writing
 * the file through main needs no room in IndexedDB.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

export function QuotaBackupOffer() {
  const { t } = useTranslation();
  const backUpReview = useAppStore((state) => state.backUpReview);
  return (
    <p className="tm-notice-action" data-testid="notice-quota-backup">
      {t('backup:quotaHint')}{' '}
      <button
        type="button"
        className="tm-button tm-button-primary"
        data-testid="notice-backup"
        onClick={() => void backUpReview()}
      >
        {t('backup:quotaAction')}
      </button>
    </p>
  );
}
