/**
 * Reads a backup file's text for main: the size is checked with `stat` before a byte is read (a file
 * over the limit is refused at once), and the bytes must be UTF-8. The renderer parses and validates the
 * text (shared/backup/backup-file.ts) before anything touches the database.
 */
import { readFile } from 'node:fs/promises';
import { regularFileSize } from '../files/file-size';
import { basename } from 'node:path';
import { maxBackupBytes } from '../../../shared/backup/backup-file';
import { err, ok, type Result } from '../../../shared/result';

export async function readBackupText(path: string): Promise<Result<string>> {
  const fileName = basename(path);
  const sized = await regularFileSize(path);
  if (!sized.ok) return sized;
  const size = sized.value;
  if (size === 0)
    return err('empty-file', `${fileName} is empty: it is not a Tickmark backup.`, { fileName });
  if (size > maxBackupBytes) {
    return err(
      'too-large',
      `${fileName} is ${Math.round(size / 1048576)} MB; a Tickmark backup can be at most ${maxBackupBytes / 1048576} MB.`,
      { fileName, size, limitMb: maxBackupBytes / 1048576 },
    );
  }
  const bytes = await readFile(path);
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return err('corrupt', `${fileName} is not a Tickmark backup: it is not UTF-8 text.`, { fileName });
  }
}
