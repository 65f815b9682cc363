/**
 * Reads a W3C Web Annotation file (JSON-LD) for the CLI: an array of annotations, an
 * AnnotationCollection with its first AnnotationPage embedded, or an AnnotationPage. Each item goes
 * through shared/annotations/w3c.ts (`fromW3c`); items it cannot read are reported, not dropped
 * silently. Kept in one small function so a more tolerant reader of other tools' files can replace it.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Annotation, Reply } from '../../shared/annotations/model';
import { fromW3c } from '../../shared/annotations/w3c';
import { err, ok, type Result } from '../../shared/result';

/** Larger files are refused before parsing: 100,000 annotations of Tickmark's size are ~80 MB. */
export const maxAnnotationFileBytes = 200 * 1024 * 1024;

export interface AnnotationsFile {
  annotations: Annotation[];
  replies: Reply[];
  /** One line per item that could not be read: its index and why. */
  problems: string[];
}

function itemsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const record = json as Record<string, unknown>;
  if (record.type === 'Annotation') return [record];
  if (Array.isArray(record.items)) return record.items;
  const first = record.first;
  if (first && typeof first === 'object' && Array.isArray((first as Record<string, unknown>).items)) {
    return (first as Record<string, unknown>).items as unknown[];
  }
  return null;
}

export async function readAnnotationsFile(
  path: string,
  defaults: { documentId: string; versionId: string },
): Promise<Result<AnnotationsFile>> {
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > maxAnnotationFileBytes) {
      return err(
        'too-large',
        `${path} is ${Math.round(size / 1048576)} MB; annotation files over 200 MB are refused.`,
      );
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return err(
      code === 'ENOENT' ? 'not-found' : 'unreadable',
      `Cannot read ${path}: ${(error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return err('corrupt', `${path} is not JSON: ${(error as Error).message}`);
  }
  const items = itemsOf(json);
  if (!items) {
    return err(
      'unsupported-format',
      `${path} is JSON but not Web Annotations: expected an array of annotations, an AnnotationCollection or an AnnotationPage.`,
    );
  }
  const result: AnnotationsFile = { annotations: [], replies: [], problems: [] };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const read = fromW3c(item, defaults);
    if (!read.ok) {
      result.problems.push(`item ${index + 1}: ${read.error.message}`);
      return;
    }
    const id = read.value.type === 'annotation' ? read.value.annotation.id : read.value.reply.id;
    if (seen.has(id)) {
      result.problems.push(`item ${index + 1}: duplicate id ${id}, the first one is kept`);
      return;
    }
    seen.add(id);
    if (read.value.type === 'annotation') result.annotations.push(read.value.annotation);
    else result.replies.push(read.value.reply);
  });
  const threads = new Set(result.annotations.map((a) => a.id));
  for (const reply of result.replies) {
    if (!threads.has(reply.annotationId))
      result.problems.push(`reply ${reply.id}: its thread ${reply.annotationId} is not in the file`);
  }
  return ok(result);
}
