/**
 * Reads a Web Annotation file from disk for the CLI and main: the size is checked with `stat` before a
 * byte is read (a 500 MB file is refused at once), then the tolerant reader takes the text. Every
 * failure is a `Result` whose message names the file.
 */
import { readFile } from 'node:fs/promises';
import { regularFileSize } from '../files/file-size';
import { basename } from 'node:path';
import { checkWebAnnotationSize, readWebAnnotationText } from '../../../shared/annotations/w3c-import';
import type { WebAnnotationFile } from '../../../shared/annotations/w3c-incoming';
import type { Result } from '../../../shared/result';

export async function readAnnotationFile(path: string): Promise<Result<WebAnnotationFile>> {
  const fileName = basename(path);
  const sized = await regularFileSize(path);
  if (!sized.ok) return sized;
  const size = sized.value;
  const allowed = checkWebAnnotationSize(size, fileName);
  if (!allowed.ok) return allowed;
  const text = await readFile(path, 'utf8');
  return readWebAnnotationText(text, { fileName });
}
