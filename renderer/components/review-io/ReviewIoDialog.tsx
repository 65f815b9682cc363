/**
 * What an export or an import of the review did: the file written, or the import's summary (added,
 * updated, unchanged, orphans listed, every issue the reader reported), or why nothing changed. Also a
 * small status line while the work runs, and the status labels the ledger is written with.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { maxWebAnnotationItems } from '../../../shared/annotations/w3c-import';
import type { AppError } from '../../../shared/result';
import { setLedgerStatusLabels, type ReviewIoResult } from '../../state/review-io-slice';
import { useAppStore } from '../../state/store';
import { Dialog } from '../Dialog';
import './review-io.css';

type T = ReturnType<typeof useTranslation>['t'];

/** The user-facing reason an import or export failed (the English detail is shown below it). */
function failureText(t: T, error: AppError, fileName: string | null): string {
  const detail = error.detail ?? {};
  const name = fileName ?? (typeof detail.fileName === 'string' ? detail.fileName : '');
  if (error.code === 'corrupt') return t('review-io:failed.notJson', { fileName: name });
  if (error.code === 'too-large' && typeof detail.count === 'number') {
    return t('review-io:failed.tooMany', {
      fileName: name,
      count: detail.count.toLocaleString(),
      limit: maxWebAnnotationItems.toLocaleString(),
    });
  }
  if (error.code === 'too-large' || error.code === 'empty-file')
    return t('review-io:failed.tooLarge', { fileName: name });
  if (error.code === 'invalid-argument' && typeof detail.placed === 'number') {
    return t('review-io:failed.otherDocument', {
      fileName: name,
      placed: detail.placed,
      total: detail.total,
    });
  }
  if (error.code === 'invalid-argument') return t('review-io:failed.notAnnotations', { fileName: name });
  if (error.code === 'not-found') return t('review-io:failed.notFound', { fileName: name });
  if (error.code === 'unreadable') return t('review-io:failed.write');
  return t('review-io:failed.other');
}

function Body({ result }: { result: ReviewIoResult }) {
  const { t } = useTranslation();
  if (result.type === 'exported') {
    return (
      <p data-testid="review-io-exported">
        {t(result.what === 'ledger' ? 'review-io:exported.ledger' : 'review-io:exported.webAnnotations', {
          count: result.count,
          fileName: result.fileName,
        })}
      </p>
    );
  }
  if (result.type === 'failed') {
    return (
      <>
        <p data-testid="review-io-failure">{failureText(t, result.error, result.fileName)}</p>
        <p className="tm-muted tm-review-io-detail">
          {t('review-io:failed.detail', { message: result.error.message })}
        </p>
      </>
    );
  }
  const counts: [string, number][] = [
    ['added', result.added],
    ['updated', result.updated],
    ['unchanged', result.unchanged],
    ['orphans', result.orphans.length],
  ];
  return (
    <>
      <p className="tm-muted">{t('review-io:imported.from', { fileName: result.fileName })}</p>
      <p>{t(`review-io:imported.match.${result.match}`)}</p>
      <dl className="tm-review-io-counts" data-testid="review-io-counts">
        {counts.map(([key, value]) => (
          <div key={key} data-testid={`review-io-count-${key}`} data-count={value}>
            <dt>{t(`review-io:imported.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('review-io:imported.replies', result.replies)}</p>
      {result.orphans.length > 0 && (
        <>
          <p>{t('review-io:imported.orphanList')}</p>
          <ul className="tm-review-io-list" data-testid="review-io-orphans">
            {result.orphans.map((orphan) => (
              <li key={orphan.id}>
                <q>{orphan.quote}</q> — {orphan.author || '?'}
                <span className="tm-muted"> ({orphan.reason})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.issues.length > 0 ? (
        <details className="tm-review-io-issues" data-testid="review-io-issues">
          <summary>{t('review-io:imported.issues', { count: result.issues.length })}</summary>
          <ul className="tm-review-io-list">
            {result.issues.map((issue, i) => (
              <li key={i} className={`tm-review-io-${issue.level}`}>
                {issue.message}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="tm-muted">{t('review-io:imported.noIssues')}</p>
      )}
    </>
  );
}

export function ReviewIoDialog() {
  const { t } = useTranslation();
  const { result, busy, close } = useAppStore(
    useShallow((state) => ({
      result: state.reviewIoResult,
      busy: state.reviewIoBusy,
      close: state.closeReviewIoResult,
    })),
  );
  useEffect(() => {
    setLedgerStatusLabels(
      (status) => status.label ?? (status.labelKey ? t(`figures:${status.labelKey}`) : status.id),
    );
    return () => setLedgerStatusLabels(null);
  }, [t]);
  if (busy && !result) {
    return (
      <div className="tm-review-io-busy" role="status" data-testid="review-io-busy">
        {t(`review-io:busy.${busy}`)}
      </div>
    );
  }
  if (!result) return null;
  const title =
    result.type === 'exported'
      ? t('review-io:exported.title')
      : result.type === 'imported'
        ? t('review-io:imported.title')
        : result.action === 'import'
          ? t('review-io:failed.title')
          : t('review-io:failed.exportTitle');
  return (
    <Dialog title={title} testId="review-io-dialog" onCancel={close}>
      <Body result={result} />
      <div className="tm-dialog-actions">
        <button
          type="button"
          className="tm-button tm-button-primary"
          autoFocus
          data-testid="review-io-close"
          onClick={close}
        >
          {t('review-io:close')}
        </button>
      </div>
    </Dialog>
  );
}
