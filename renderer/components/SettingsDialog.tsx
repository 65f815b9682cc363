/** Settings: UI language (or follow the system), text size, and the reviewer's name. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { isUiLanguage, resolveUiLanguage, uiLanguages } from '../i18n/resolve-locale';
import { zoomSteps } from '../state/settings-slice';
import { useAppStore } from '../state/store';
import { Dialog } from './Dialog';

const systemChoice = 'system';

export function SettingsDialog() {
  const { t } = useTranslation();
  const s = useAppStore(
    useShallow((state) => ({
      open: state.settingsOpen,
      setOpen: state.setSettingsOpen,
      language: state.languagePreference,
      systemLocale: state.systemLocale,
      setLanguage: state.setLanguagePreference,
      zoom: state.zoom,
      setZoom: state.setZoom,
      reviewerName: state.reviewerName,
      setReviewerName: state.setReviewerName,
    })),
  );
  if (!s.open) return null;
  const close = () => s.setOpen(false);
  return (
    <Dialog title={t('settings.title')} testId="settings-dialog" onCancel={close}>
      <div className="tm-form">
        <label className="tm-field">
          <span>{t('settings.language')}</span>
          <select
            data-testid="settings-language"
            value={s.language ?? systemChoice}
            onChange={(event) => {
              const value = event.currentTarget.value;
              void s.setLanguage(isUiLanguage(value) ? value : null);
            }}
          >
            <option value={systemChoice}>
              {t('settings.languageSystem', { language: t(`language.${resolveUiLanguage(s.systemLocale)}`) })}
            </option>
            {uiLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="tm-field">
          <span>{t('settings.zoom')}</span>
          <select
            data-testid="settings-zoom"
            value={s.zoom}
            onChange={(event) => void s.setZoom(Number(event.currentTarget.value))}
          >
            {zoomSteps.map((step) => (
              <option key={step} value={step}>
                {t('zoom.value', { percent: step })}
              </option>
            ))}
          </select>
        </label>
        <label className="tm-field">
          <span>{t('settings.reviewerName')}</span>
          <input
            type="text"
            data-testid="settings-reviewer-name"
            maxLength={200}
            defaultValue={s.reviewerName}
            placeholder={t('settings.reviewerNamePlaceholder')}
            onBlur={(event) => void s.setReviewerName(event.currentTarget.value)}
          />
        </label>
      </div>
      <div className="tm-dialog-actions">
        <button
          type="button"
          className="tm-button tm-button-primary"
          data-testid="settings-close"
          onClick={(event) => {
            // Commit a name still being typed: blur fires after click in some orders.
            const input = event.currentTarget
              .closest('dialog')
              ?.querySelector<HTMLInputElement>('[data-testid="settings-reviewer-name"]');
            if (input) void s.setReviewerName(input.value);
            close();
          }}
        >
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  );
}
