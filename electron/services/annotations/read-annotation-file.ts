/**
 * Reads a Web Annotation file from disk for the CLI and main: the size is checked with `stat` before a
 * byte is read (a 500 MB file is refused at once), then the tolerant reader takes the text. Every
 * failure is a `Result` whose message names the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkWebAnnotationSize, readWebAnnotationText } from '../../../shared/annotations/w3c-import';
import type { WebAnnotationFile } from '../../../shared/annotations/w3c-incoming';
import { err, type Result } from '../../../shared/result';

export async function readAnnotationFile(path: string): Promise<Result<WebAnnotationFile>> {
  const fileName = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('unreadable', `${path} is not a file.`, { fileName });
    size = info.size;
  } catch {
    return err('not-found', `${path} does not exist or cannot be read.`, { fileName });
  }
  const allowed = checkWebAnnotationSize(size, fileName);
  if (!allowed.ok) return allowed;
  const text = await readFile(path, 'utf8');
  return readWebAnnotationText(text, { fileName });
}
