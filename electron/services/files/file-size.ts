/**
 * The size of a file the user chose, read with `stat` before a byte of it is read, so that readers can
 * refuse a file over their limit at once. A missing path or a folder is a `Result` naming the path.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { err, ok, type Result } from '../../../shared/result';

export async function regularFileSize(path: string): Promise<Result<number>> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('unreadable', `${path} is not a file.`, { fileName });
    return ok(info.size);
  } catch {
    return err('not-found', `${path} does not exist or cannot be read.`, { fileName });
  }
}
