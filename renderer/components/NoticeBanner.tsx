/** Dismissible error notices, each with its translated, specific message. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { noticeText } from './notice-text';
import { QuotaBackupOffer } from './backup/QuotaBackupOffer';

export function NoticeBanner() {
  const { t, i18n } = useTranslation();
  const { notices, dismiss } = useAppStore(
    useShallow((state) => ({ notices: state.notices, dismiss: state.dismissNotice })),
  );
  if (notices.length === 0) return null;
  return (
    <div className="tm-notices" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} role="alert" className="tm-notice" data-testid="notice" data-code={notice.code}>
          <div className="tm-notice-text">
            {/* A full storage while annotating concerns no file: say what was lost (the last change). */}
            {notice.code === 'quota' && !notice.fileName ? (
              <>
                <strong>{t('backup:quotaTitle')}</strong>
                <p data-testid="notice-message">{t('backup:quotaMessage')}</p>
              </>
            ) : (
              <>
                <strong>{t('errors.title')}</strong>
                <p data-testid="notice-message">{noticeText(t, notice, i18n.language)}</p>
              </>
            )}
            <p className="tm-muted">{t('errors.unchanged')}</p>
            {notice.code === 'quota' && <QuotaBackupOffer />}
          </div>
          <button
            type="button"
            className="tm-button"
            data-testid="notice-dismiss"
            onClick={() => dismiss(notice.id)}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
