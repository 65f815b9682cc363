/**
 * The start screen: how to open a draft, "Continue" where the reviewer left off (focused, so Enter
 * resumes at the same place and tab), and the recent documents — which reopen from IndexedDB — each with
 * its annotations, open threads and waiting drafts. Ctrl/Cmd+Shift+H comes back here from a document.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { formatDateTime } from './format';

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const { recent, openStored, openWithDialog, stats, loadStats, session, resume } = useAppStore(
    useShallow((state) => ({
      recent: state.recent,
      openStored: state.openStored,
      openWithDialog: state.openWithDialog,
      stats: state.documentStats,
      loadStats: state.loadDocumentStats,
      session: state.lastSession,
      resume: state.resumeLastSession,
    })),
  );
  useEffect(() => {
    void loadStats();
  }, [recent, loadStats]);
  const last = session ? recent.find((document) => document.id === session.documentId) : undefined;
  return (
    <main className="tm-start" data-testid="start-screen">
      <h1>{t('start.title')}</h1>
      <p className="tm-muted">{t('start.dropHint')}</p>
      <p className="tm-start-actions">
        {last && (
          <button
            type="button"
            className="tm-button tm-button-primary"
            data-testid="start-continue"
            autoFocus
            onClick={() => void resume()}
          >
            {t('workspace:start.continue', { title: last.title })}
          </button>
        )}
        <button
          type="button"
          className={last ? 'tm-button' : 'tm-button tm-button-primary'}
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
              <th scope="col">{t('workspace:start.columnAnnotations')}</th>
              <th scope="col">{t('workspace:start.columnOpenThreads')}</th>
              <th scope="col">{t('workspace:start.columnDrafts')}</th>
              <th scope="col">{t('start.columnOpened')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((document) => {
              const counts = stats.get(document.id);
              return (
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
                  <td data-testid="recent-annotations">{counts?.annotations ?? ''}</td>
                  <td data-testid="recent-open-threads">{counts?.openThreads ?? ''}</td>
                  <td data-testid="recent-drafts">{counts?.drafts ?? ''}</td>
                  <td>{formatDateTime(document.openedAt, i18n.language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
