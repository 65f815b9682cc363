/**
 * Writes an export next to its destination under a temporary name, then renames it into place, so a
 * failure (disk full, cancelled, folder not writable) never leaves a half-written file under the name
 * the user chose. Failures become AppFailures that say what to do.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppFailure } from '../../../shared/result';
import { noteTemporary } from '../files/temp-journal';

function explain(error: unknown, path: string): AppFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const folder = dirname(path);
  const detail = { path, folder };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppFailure(
        'unreadable',
        `Cannot write to the folder "${folder}": permission denied. Choose another folder.`,
        detail,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppFailure(
        'not-found',
        `The folder "${folder}" does not exist. Choose another folder.`,
        detail,
      );
    case 'ENOSPC':
      return new AppFailure(
        'unreadable',
        `The disk holding "${folder}" is full. Free some space or choose another folder.`,
        detail,
      );
    case 'EISDIR':
      return new AppFailure(
        'invalid-argument',
        `"${path}" is a folder. Give a file name ending in .pdf.`,
        detail,
      );
    default:
      return new AppFailure(
        'internal',
        `Could not write "${path}": ${(error as Error)?.message ?? String(error)}`,
        detail,
      );
  }
}

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  const forget = await noteTemporary(temporary);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw explain(error, path);
  } finally {
    await forget();
  }
}
