/**
 * The translated text of an error notice. Codes come from shared/result.ts (import failures) and
 * db/storage-errors.ts (quota, storage); the values from the failure's `detail` (file name, size, limit).
 */
import type { TFunction } from 'i18next';
import { maxImportBytes } from '../../shared/ipc/schemas';
import type { AppNotice } from '../state/ui-slice';
import { formatMegabytes } from './format';

const megabytes = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The message for `notice` in the current language. */
export function noticeText(t: TFunction, notice: AppNotice, language: string): string {
  const detail = notice.detail ?? {};
  const fileName =
    notice.fileName ??
    (typeof detail.fileName === 'string' ? detail.fileName : null) ??
    t('errors.unknownFile');
  const sizeMb =
    megabytes(detail.sizeMb) ?? (megabytes(detail.size) !== null ? megabytes(detail.size)! / 1048576 : null);
  const limitMb = megabytes(detail.limitMb) ?? maxImportBytes / 1048576;
  // A PDF with pages but no text is "empty" to the importer; the reviewer needs to hear "scan, run OCR".
  const key =
    notice.code === 'empty-file' && typeof detail.pages === 'number' ? 'empty-file-scanned' : notice.code;
  return t(`errors.${key}`, {
    fileName,
    pages: detail.pages ?? '?',
    size: sizeMb === null ? '?' : formatMegabytes(sizeMb, language),
    limit: formatMegabytes(limitMb, language),
  });
}
