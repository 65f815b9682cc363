/** The start screen: how to open a draft, and the recent documents, which reopen from IndexedDB. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { formatDateTime } from './format';

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const { recent, openStored, openWithDialog } = useAppStore(
    useShallow((state) => ({
      recent: state.recent,
      openStored: state.openStored,
      openWithDialog: state.openWithDialog,
    })),
  );
  return (
    <main className="tm-start" data-testid="start-screen">
      <h1>{t('start.title')}</h1>
      <p className="tm-muted">{t('start.dropHint')}</p>
      <p>
        <button
          type="button"
          className="tm-button tm-button-primary"
          data-testid="start-open"
          onClick={() => void openWithDialog()}
        >
          {t('toolbar.open')}
        </button>
      </p>
      {recent.length === 0 ? (
        <p data-testid="recent-empty">{t('start.empty')}</p>
      ) : (
        <table className="tm-recent" data-testid="recent-list">
          <thead>
            <tr>
              <th scope="col">{t('start.columnTitle')}</th>
              <th scope="col">{t('start.columnFile')}</th>
              <th scope="col">{t('start.columnVersions')}</th>
              <th scope="col">{t('start.columnOpened')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((document) => (
              <tr key={document.id} data-testid="recent-item" data-document-id={document.id}>
                <td>
                  <button
                    type="button"
                    className="tm-link-button"
                    data-testid="recent-open"
                    aria-label={t('start.reopen', { title: document.title })}
                    onClick={() => void openStored(document.id)}
                  >
                    {document.title}
                  </button>
                </td>
                <td>{document.fileName}</td>
                <td data-testid="recent-versions">{document.versionCount}</td>
                <td>{formatDateTime(document.openedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
