/**
 * Writing a file the user chose so that a failure never leaves half a file behind: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), which is renamed over
 * the target only once fully written and flushed. Errors come back as `Result`s a user can act on.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from '../../../shared/result';
import { noteTemporary } from './temp-journal';

/** Writes `bytes` (or UTF-8 text) to `path` through a temporary file and a rename. */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<Result<null>> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const forget = await noteTemporary(temporary);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return ok(null);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder cannot be written (no permission or read-only)'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'the folder does not exist'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : error instanceof Error
              ? error.message
              : String(error);
    return err(
      'unreadable',
      `Could not save ${path}: ${reason}. Nothing was written; choose another folder.`,
      {
        fileName: basename(path),
        reason: code || 'unknown',
      },
    );
  } finally {
    await forget();
  }
}
