/**
 * The tolerant Web Annotation reader: a file's text → annotations and replies not yet placed in any
 * text (./w3c-incoming.ts), with every issue reported. It accepts what W3C tools write — a list of
 * annotations, an `AnnotationCollection` whose pages are embedded (`first`, then `next`), an
 * `AnnotationPage`, a single `Annotation` — and Hypothesis API results (`rows`). Item by item it is
 * ./w3c-import-item.ts. The app's import, `tickmark annotations validate`, `tickmark export-ledger` and
 * `tickmark export-pdf` all read files through `readWebAnnotationText`.
 *
 * Limits are checked before the expensive step: the byte size before `JSON.parse` (a 500 MB file is
 * refused without being read into a string twice), the item count before any item is converted.
 */
import { err, ok, type Result } from '../result';
import { readItem } from './w3c-import-item';
import type { ImportIssue, IncomingAnnotation, IncomingReply, WebAnnotationFile } from './w3c-incoming';

/** Largest Web Annotation file read: 5,000 annotations take about 5 MB. */
export const maxWebAnnotationBytes = 50 * 1024 * 1024;
/** Most annotations one file may hold (an import is one transaction; 20,000 rows take ≈7 s). */
export const maxWebAnnotationItems = 20_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a file over the size limit; call with the file's size before reading or parsing it. */
export function checkWebAnnotationSize(byteLength: number, fileName = 'the file'): Result<null> {
  if (byteLength > maxWebAnnotationBytes) {
    return err(
      'too-large',
      `${fileName} is ${mb(byteLength)}; Web Annotation files up to ${mb(maxWebAnnotationBytes)} are read. Split it into smaller files (by document or by reviewer) and import each.`,
      { fileName, size: byteLength, limit: maxWebAnnotationBytes },
    );
  }
  if (byteLength === 0) return err('empty-file', `${fileName} is empty.`, { fileName });
  return ok(null);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasType = (value: Json, type: string) =>
  [value.type, value['@type']].flat().some((t) => t === type || t === `oa:${type}`);

/** The items of a file and the collection's label; null when the JSON is not annotations at all. */
function itemsOf(value: unknown): { items: unknown[]; label: string | null; problem?: string } | null {
  if (Array.isArray(value)) return { items: value, label: null };
  if (!isObject(value)) return null;
  const label = typeof value.label === 'string' ? value.label : null;
  if (hasType(value, 'AnnotationCollection')) {
    const items: unknown[] = Array.isArray(value.items) ? [...value.items] : [];
    const seen = new Set<unknown>();
    for (
      let page = value.first;
      page !== undefined && !seen.has(page);
      page = isObject(page) ? page.next : undefined
    ) {
      seen.add(page);
      if (typeof page === 'string') {
        return {
          items,
          label,
          problem: `the collection's page ${page} is not embedded in the file; export the collection with its pages embedded`,
        };
      }
      if (isObject(page) && Array.isArray(page.items)) items.push(...page.items);
    }
    return { items, label };
  }
  if (hasType(value, 'AnnotationPage'))
    return { items: Array.isArray(value.items) ? value.items : [], label };
  if (hasType(value, 'Annotation')) return { items: [value], label };
  if (Array.isArray(value.rows)) return { items: value.rows, label };
  return null;
}

const notAnnotations =
  'is JSON but not Web Annotations: expected an Annotation, an AnnotationCollection, an AnnotationPage or a list of annotations (W3C JSON-LD).';

/** Reads a parsed JSON value. Fails only for the file as a whole; item problems are in `issues`. */
export function readWebAnnotations(
  value: unknown,
  options: { fileName?: string; now?: Date; newId?: () => string } = {},
): Result<WebAnnotationFile> {
  const fileName = options.fileName ?? 'The file';
  const found = itemsOf(value);
  if (!found) return err('invalid-argument', `${fileName} ${notAnnotations}`, { fileName });
  if (found.problem && found.items.length === 0) {
    return err('invalid-argument', `${fileName}: ${found.problem}.`, { fileName });
  }
  if (found.items.length > maxWebAnnotationItems) {
    return err(
      'too-large',
      `${fileName} holds ${found.items.length.toLocaleString('en')} annotations; at most ${maxWebAnnotationItems.toLocaleString('en')} are imported at once. Split the file and import each part.`,
      { fileName, count: found.items.length, limit: maxWebAnnotationItems },
    );
  }
  const issues: ImportIssue[] = [];
  if (found.problem) issues.push({ level: 'warning', index: null, id: null, message: found.problem });
  const now = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const annotations = new Map<string, IncomingAnnotation>();
  const replies = new Map<string, IncomingReply>();
  let recognised = 0;
  found.items.forEach((item, i) => {
    const result = readItem(item, i + 1, (issue) => issues.push(issue), { now, newId });
    if (result.type === 'skipped') return;
    recognised++;
    const record = result.type === 'annotation' ? result.annotation : result.reply;
    const seen = annotations.get(record.id) ?? replies.get(record.id);
    if (seen) {
      // Two items with one id: the newer one is the one the author meant last.
      const keepNew = record.updatedAt > seen.updatedAt;
      issues.push({
        level: 'warning',
        index: record.index,
        id: record.id,
        message: `${record.id}: items ${seen.index} and ${record.index} have the same id; item ${keepNew ? record.index : seen.index} (the newer) is kept`,
      });
      if (!keepNew) return;
      annotations.delete(record.id);
      replies.delete(record.id);
    }
    if (result.type === 'annotation') annotations.set(record.id, result.annotation);
    else replies.set(record.id, result.reply);
  });
  const typed = found.items.filter(
    (item) => isObject(item) && (hasType(item, 'Annotation') || 'target' in item),
  );
  if (recognised === 0 && found.items.length > 0 && typed.length === 0) {
    return err('invalid-argument', `${fileName} ${notAnnotations}`, { fileName });
  }
  const list = [...annotations.values()];
  return ok({
    annotations: list,
    replies: [...replies.values()],
    issues,
    sources: [...new Set(list.map((a) => a.source).filter((s): s is string => s !== null))],
    itemCount: found.items.length,
    label: found.label,
  });
}

/** Parses a file's text (a UTF-8 BOM is allowed) and reads it; not-JSON gets its own message. */
export function readWebAnnotationText(
  text: string,
  options: { fileName?: string; now?: Date; newId?: () => string } = {},
): Result<WebAnnotationFile> {
  const fileName = options.fileName ?? 'The file';
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(
      'corrupt',
      `${fileName} is not JSON (${reason}). Web Annotations are JSON-LD files (.jsonld or .json).`,
      {
        fileName,
      },
    );
  }
  return readWebAnnotations(value, options);
}
