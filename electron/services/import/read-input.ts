/**
 * Reading an input file safely: the size is checked with `fs.stat` before a byte is read, so a huge
 * file is refused without loading it, and every file-system failure becomes an `AppFailure` with a
 * specific message. Shared by draft import and source extraction.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '../../../shared/result';
import { maxImportBytes } from '../../../shared/ipc/schemas';

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Throws `too-large` or `empty-file` for a byte count outside what Tickmark accepts. */
export function checkByteLength(fileName: string, byteLength: number): void {
  if (byteLength > maxImportBytes) {
    const limitMb = mb(maxImportBytes);
    const sizeMb = mb(byteLength);
    throw new AppFailure(
      'too-large',
      `"${fileName}" is ${sizeMb} MB, over the ${limitMb} MB limit: drafts and sources are kept whole in the ` +
        'review database, so larger files are refused. Split the file or remove embedded images and try again.',
      { fileName, limitMb, sizeMb },
    );
  }
  if (byteLength === 0) {
    throw new AppFailure('empty-file', `"${fileName}" is empty (0 bytes): there is nothing to import.`, {
      fileName,
    });
  }
}

/**
 * Throws `too-large` when the text extracted from a file is over the same limit as files: a small file
 * can hold a great deal of text (a zip, a PDF's compressed streams).
 */
export function checkTextLength(fileName: string, text: string): void {
  if (text.length <= maxImportBytes) return;
  const limitMb = mb(maxImportBytes);
  throw new AppFailure(
    'too-large',
    `The text extracted from "${fileName}" is ${mb(text.length)} million characters, over the ${limitMb} MB ` +
      'limit that applies to files and to their text alike. Split the document and import the parts.',
    { fileName, limitMb, sizeMb: mb(text.length) },
  );
}

/** Reads a file for import: stat first (missing, not a file, too large, empty), then the bytes. */
export async function readInputFile(path: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new AppFailure('unreadable', `"${path}" is not a regular file (it is a folder or a device).`, {
        fileName,
        path,
      });
    }
    size = info.size;
  } catch (error) {
    throw fileSystemFailure(error, path, fileName);
  }
  checkByteLength(fileName, size);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw fileSystemFailure(error, path, fileName);
  }
  checkByteLength(fileName, bytes.byteLength); // the file may have changed since stat
  return { fileName, bytes };
}

function fileSystemFailure(error: unknown, path: string, fileName: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppFailure(
      'not-found',
      `No file at "${path}": check the path and that the file still exists.`,
      {
        fileName,
        path,
      },
    );
  }
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
  return new AppFailure('unreadable', `Could not read "${path}" (${reason}).`, { fileName, path, reason });
}

/** sha256 of the bytes as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Lowercase extension without the dot (`report.DOCX` → `docx`), or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}
