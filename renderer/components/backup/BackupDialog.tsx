/**
 * What File > Back up review… or File > Restore… did: the file written and what it holds, the restore's
 * summary per table (added / updated / kept), or why nothing changed. Also a status line while it runs.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { backupTables, maxBackupBytes } from '../../../shared/backup/backup-file';
import type { AppError } from '../../../shared/result';
import type { BackupResult } from '../../state/backup-slice';
import { useAppStore } from '../../state/store';
import { Dialog } from '../Dialog';
import './backup.css';

type T = ReturnType<typeof useTranslation>['t'];

/** The user-facing reason a backup or restore failed (the English detail is shown below it). */
export function backupFailureText(t: T, error: AppError, fileName: string | null): string {
  const detail = error.detail ?? {};
  const name = fileName ?? (typeof detail.fileName === 'string' ? detail.fileName : '');
  switch (error.code) {
    case 'corrupt':
    case 'invalid-argument':
      return t('backup:failed.corrupt', { fileName: name });
    case 'unsupported-format':
      return t('backup:failed.unsupported', { fileName: name });
    case 'too-large':
      return t('backup:failed.tooLarge', { fileName: name, limit: maxBackupBytes / 1048576 });
    case 'empty-file':
      return t('backup:failed.empty', { fileName: name });
    case 'not-found':
      return t('backup:failed.notFound', { fileName: name });
    case 'unreadable':
      return t('backup:failed.write');
    default:
      return detail.storage === 'quota' ? t('backup:failed.quota') : t('backup:failed.other');
  }
}

function Body({ result }: { result: BackupResult }) {
  const { t } = useTranslation();
  if (result.type === 'backed-up') {
    return (
      <p data-testid="backup-written">
        {t('backup:backedUp.text', { fileName: result.fileName, ...result.counts })}
      </p>
    );
  }
  if (result.type === 'failed') {
    return (
      <>
        <p data-testid="backup-failure">{backupFailureText(t, result.error, result.fileName)}</p>
        <p className="tm-muted tm-backup-detail">
          {t('backup:failed.detail', { message: result.error.message })}
        </p>
      </>
    );
  }
  const columns = ['added', 'updated', 'kept'] as const;
  return (
    <>
      <p className="tm-muted">{t('backup:restored.from', { fileName: result.fileName })}</p>
      <table className="tm-backup-summary" data-testid="backup-summary">
        <thead>
          <tr>
            <th scope="col">{t('backup:restored.table')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`backup:restored.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {backupTables.map((table) => (
            <tr key={table} data-testid={`backup-summary-${table}`}>
              <th scope="row">{t(`backup:restored.tables.${table}`)}</th>
              {columns.map((column) => (
                <td key={column} data-column={column}>
                  {result.summary[table][column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function BackupDialog() {
  const { t } = useTranslation();
  const { result, busy, close } = useAppStore(
    useShallow((state) => ({
      result: state.backupResult,
      busy: state.backupBusy,
      close: state.closeBackupResult,
    })),
  );
  if (busy && !result) {
    return (
      <div className="tm-review-io-busy" role="status" data-testid="backup-busy">
        {t(`backup:busy.${busy}`)}
      </div>
    );
  }
  if (!result) return null;
  const title =
    result.type === 'backed-up'
      ? t('backup:backedUp.title')
      : result.type === 'restored'
        ? t('backup:restored.title')
        : result.action === 'backup'
          ? t('backup:failed.backupTitle')
          : t('backup:failed.restoreTitle');
  return (
    <Dialog title={title} testId="backup-dialog" onCancel={close}>
      <Body result={result} />
      <div className="tm-dialog-actions">
        <button
          type="button"
          className="tm-button tm-button-primary"
          autoFocus
          data-testid="backup-close"
          onClick={close}
        >
          {t('backup:close')}
        </button>
      </div>
    </Dialog>
  );
}
