/** The app bar: back to documents, Open, find, zoom, settings. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';

export function TopBar() {
  const { t } = useTranslation();
  const s = useAppStore(
    useShallow((state) => ({
      hasDocument: state.current !== null,
      close: state.closeDocument,
      open: state.openWithDialog,
      setFindOpen: state.setFindOpen,
      zoom: state.zoom,
      stepZoom: state.stepZoom,
      setSettingsOpen: state.setSettingsOpen,
    })),
  );
  return (
    <header className="tm-top-bar" data-testid="top-bar">
      <span className="tm-brand">{t('app.name')}</span>
      {s.hasDocument && (
        <button
          type="button"
          className="tm-button"
          title={t('toolbar.documentsTitle')}
          data-testid="go-start"
          onClick={s.close}
        >
          {t('toolbar.documents')}
        </button>
      )}
      <button
        type="button"
        className="tm-button"
        title={t('toolbar.openTitle')}
        data-testid="open-button"
        onClick={() => void s.open()}
      >
        {t('toolbar.open')}
      </button>
      <span className="tm-spacer" />
      {s.hasDocument && (
        <>
          <button
            type="button"
            className="tm-button"
            title={t('toolbar.findTitle')}
            data-testid="find-button"
            onClick={() => s.setFindOpen(true)}
          >
            {t('toolbar.find')}
          </button>
          <div className="tm-zoom" role="group" aria-label={t('zoom.label')}>
            <button
              type="button"
              className="tm-icon-button"
              title={t('zoom.out')}
              aria-label={t('zoom.out')}
              data-testid="zoom-out"
              onClick={() => void s.stepZoom(-1)}
            >
              −
            </button>
            <button
              type="button"
              className="tm-zoom-value"
              title={t('zoom.reset')}
              data-testid="zoom-value"
              onClick={() => void s.stepZoom(0)}
            >
              {t('zoom.value', { percent: s.zoom })}
            </button>
            <button
              type="button"
              className="tm-icon-button"
              title={t('zoom.in')}
              aria-label={t('zoom.in')}
              data-testid="zoom-in"
              onClick={() => void s.stepZoom(1)}
            >
              +
            </button>
          </div>
        </>
      )}
      <button
        type="button"
        className="tm-button"
        data-testid="settings-button"
        onClick={() => s.setSettingsOpen(true)}
      >
        {t('toolbar.settings')}
      </button>
    </header>
  );
}
