/**
 * Merging a Web Annotation file into one version, as a pure function: what to write, and the summary the
 * reviewer sees. The caller writes `put` / `putReplies` in one transaction (or nothing, on an error).
 *
 * - Which text the file is about: its target `source` is `urn:sha256:<hex of a version's text>`. This
 *   version → anchored by position, then quote (./selectors.ts, as the renderer anchors). Another draft
 *   of the same document (a lineage hash or the same `tickmark:documentId`) → anchored by quote. A text
 *   nobody here knows (another tool, no source) → by quote, and if fewer than half of the quotes occur
 *   in this draft the file is for another document altogether: refused, nothing changes.
 * - By id, newer wins: an annotation or reply already here is updated only when the file's `modified` is
 *   later, else counted unchanged. Ids used by another version here get a fresh id, so nothing there
 *   is overwritten.
 * - Replies are threaded onto their root comment (a reply to a reply joins the same thread); replies
 *   whose thread is missing, or that only reach each other in a cycle, are reported and not imported.
 * - What cannot be anchored is kept as an orphan: stored past the end of the text (drawn nowhere, listed
 *   last) with `meta.orphan` saying why, and listed in the summary. Never dropped.
 */
import { err, ok, type Result } from '../result';
import { parseAnnotation, parseReply, type Annotation, type Reply } from './model';
import { createTarget, resolveTarget } from './selectors';
import { sha256OfSourceIri } from './w3c-export';
import type { ImportIssue, IncomingAnnotation, WebAnnotationFile } from './w3c-incoming';

export interface ImportDestination {
  documentId: string;
  versionId: string;
  text: string;
  /** sha256 (hex) of `text`. */
  textSha256: string;
  /** sha256 (hex) of the texts of the document's other versions. */
  lineageSha256: readonly string[];
  existing: { annotations: readonly Annotation[]; replies: readonly Reply[] };
  /** Annotation and reply ids stored for other versions (never overwritten). */
  idsElsewhere?: ReadonlySet<string>;
  now?: Date;
  newId?: () => string;
}

/** An annotation kept although it could not be placed in this version's text. */
export interface OrphanEntry {
  id: string;
  kind: Annotation['kind'];
  quote: string;
  author: string;
  reason: string;
}

export type ImportMatch = 'this-version' | 'other-version' | 'by-quote';

export interface ImportPlan {
  match: ImportMatch;
  put: Annotation[];
  putReplies: Reply[];
  added: string[];
  updated: string[];
  unchanged: string[];
  orphans: OrphanEntry[];
  replies: { added: number; updated: number; unchanged: number };
  issues: ImportIssue[];
}

/** `meta` key under which an orphan records why it could not be placed. */
export const orphanMetaKey = 'orphan';

type Anchor = { target: Annotation['target'] } | { orphan: string; target: Annotation['target'] | null };

function anchor(text: string, a: IncomingAnnotation, sameText: boolean): Anchor {
  const { position, quote } = a;
  const past =
    position && position.end > text.length
      ? `its position ${position.start}..${position.end} is past the end of the text (${text.length} characters)`
      : null;
  if (quote) {
    // The stored position is only a hint: resolveTarget checks the quote there before trusting it.
    const start = position?.start ?? 0;
    const found = resolveTarget(text, { ...quote, start, end: start + quote.exact.length });
    if (found) return { target: createTarget(text, found.start, found.end) };
    // Kept past the end of the text: decorations skip it, lists show it last, export writes it back.
    const orphanTarget = { ...quote, start: text.length, end: text.length + quote.exact.length };
    return {
      orphan: past ?? `its quote "${quote.exact.slice(0, 60)}" does not occur in this draft`,
      target: orphanTarget,
    };
  }
  if (!position || past) return { orphan: past ?? 'it has no quote', target: null };
  if (!sameText)
    return { orphan: 'it has only a position, which means nothing in another draft', target: null };
  return { target: createTarget(text, position.start, position.end) };
}

/** Plans the merge of `file` into `destination`; an error means nothing may change. */
export function planImport(file: WebAnnotationFile, destination: ImportDestination): Result<ImportPlan> {
  const { text, existing } = destination;
  const now = (destination.now ?? new Date()).toISOString();
  const newId = destination.newId ?? (() => crypto.randomUUID());
  const issues: ImportIssue[] = [...file.issues];
  const hashes = file.sources.map(sha256OfSourceIri).filter((h): h is string => h !== null);
  const match: ImportMatch = hashes.includes(destination.textSha256)
    ? 'this-version'
    : hashes.some((h) => destination.lineageSha256.includes(h)) ||
        file.annotations.some((a) => a.documentId === destination.documentId)
      ? 'other-version'
      : 'by-quote';
  const sameText = match === 'this-version' || (match === 'by-quote' && hashes.length === 0);

  const existingById = new Map(existing.annotations.map((a) => [a.id, a]));
  const existingReplies = new Map(existing.replies.map((r) => [r.id, r]));
  const idMap = new Map<string, string>();
  const plan: ImportPlan = {
    match,
    put: [],
    putReplies: [],
    added: [],
    updated: [],
    unchanged: [],
    orphans: [],
    replies: { added: 0, updated: 0, unchanged: 0 },
    issues,
  };
  const kindOf = new Map<string, Annotation['kind']>(existing.annotations.map((a) => [a.id, a.kind]));
  let placed = 0;
  let withQuote = 0;

  for (const incoming of file.annotations) {
    let id = incoming.id;
    if (destination.idsElsewhere?.has(id) && !existingById.has(id)) {
      id = newId();
      idMap.set(incoming.id, id);
      issues.push({
        level: 'warning',
        index: incoming.index,
        id: incoming.id,
        message: `${incoming.id}: that id belongs to another draft here, so it is imported as a copy (${id})`,
      });
    }
    const anchored = anchor(text, incoming, sameText);
    if (incoming.quote) withQuote++;
    if (!('orphan' in anchored)) placed++;
    const current = existingById.get(id);
    if (current && incoming.updatedAt <= current.updatedAt) {
      plan.unchanged.push(id);
      kindOf.set(id, current.kind);
      continue;
    }
    if (!anchored.target && !current) {
      issues.push({
        level: 'error',
        index: incoming.index,
        id: incoming.id,
        message: `${incoming.id}: ${'orphan' in anchored ? anchored.orphan : ''}, and without a quote it cannot be kept: not imported`,
      });
      continue;
    }
    const isOrphan = 'orphan' in anchored && anchored.target !== null;
    const meta = { ...incoming.meta };
    delete meta[orphanMetaKey];
    if (isOrphan) meta[orphanMetaKey] = { reason: anchored.orphan, importedAt: now };
    const errors: string[] = [];
    const record = parseAnnotation(
      {
        id,
        documentId: destination.documentId,
        versionId: destination.versionId,
        kind: incoming.kind,
        // An update whose quote is gone from this draft keeps the place the annotation already has.
        target: current && isOrphan ? current.target : (anchored.target ?? current!.target),
        body: incoming.body,
        author: incoming.author,
        createdAt: current?.createdAt ?? incoming.createdAt,
        updatedAt: incoming.updatedAt,
        meta: current && isOrphan ? current.meta : meta,
      },
      (message) => errors.push(message),
    );
    if (!record) {
      issues.push({
        level: 'error',
        index: incoming.index,
        id: incoming.id,
        message: `${incoming.id}: ${errors.join('; ')}: not imported`,
      });
      continue;
    }
    if (isOrphan && !current) {
      plan.orphans.push({
        id,
        kind: record.kind,
        quote: incoming.quote?.exact ?? '',
        author: record.author,
        reason: 'orphan' in anchored ? anchored.orphan : '',
      });
    }
    if (incoming.links.length > 0) {
      issues.push({
        level: 'warning',
        index: incoming.index,
        id: incoming.id,
        message: `${incoming.id}: its ${incoming.links.length} source link(s) (${incoming.links.map((l) => l.source).join(', ')}) are not imported; attach those sources here to link them`,
      });
    }
    plan.put.push(record);
    kindOf.set(id, record.kind);
    (current ? plan.updated : plan.added).push(id);
  }

  if (match === 'by-quote' && withQuote > 0 && placed * 2 < withQuote) {
    return err(
      'invalid-argument',
      `This file's annotations are for another document: only ${placed} of ${withQuote} quoted passages occur in this draft. Nothing was imported; open the draft the annotations were made on and import there.`,
      { placed, total: withQuote },
    );
  }
  planReplies(file, destination, plan, idMap, kindOf, existingReplies, newId);
  return ok(plan);
}

/** Threads the file's replies onto comment threads (in the file or already here). */
function planReplies(
  file: WebAnnotationFile,
  destination: ImportDestination,
  plan: ImportPlan,
  idMap: Map<string, string>,
  kindOf: Map<string, Annotation['kind']>,
  existingReplies: Map<string, Reply>,
  newId: () => string,
): void {
  const incomingReplies = new Map(file.replies.map((r) => [r.id, r]));
  const parentOfExisting = new Map([...existingReplies.values()].map((r) => [r.id, r.annotationId]));
  const report = (level: ImportIssue['level'], index: number, id: string, message: string) =>
    plan.issues.push({ level, index, id, message: `${id}: ${message}` });
  for (const reply of file.replies) {
    // Walk up to the thread: replies to replies join their root's thread; a loop never reaches one.
    const seen = new Set<string>([reply.id]);
    let parent = reply.parentId;
    let cycle = false;
    while (!kindOf.has(idMap.get(parent) ?? parent)) {
      const next = incomingReplies.get(parent)?.parentId ?? parentOfExisting.get(parent);
      if (next === undefined) break;
      if (seen.has(parent)) {
        cycle = true;
        break;
      }
      seen.add(parent);
      parent = next;
    }
    const root = idMap.get(parent) ?? parent;
    const kind = kindOf.get(root);
    if (cycle) {
      report(
        'error',
        reply.index,
        reply.id,
        'its replies answer each other in a cycle and reach no thread: not imported',
      );
      continue;
    }
    if (!kind) {
      report(
        'error',
        reply.index,
        reply.id,
        `it answers ${reply.parentId}, which is neither in the file nor in this draft: not imported`,
      );
      continue;
    }
    if (kind !== 'comment') {
      report(
        'error',
        reply.index,
        reply.id,
        `it answers a ${kind}; only comment threads have replies in Tickmark: not imported`,
      );
      continue;
    }
    let id = reply.id;
    if (destination.idsElsewhere?.has(id) && !existingReplies.has(id)) id = newId();
    const current = existingReplies.get(id);
    if (current && reply.updatedAt <= current.updatedAt) {
      plan.replies.unchanged++;
      continue;
    }
    const record = parseReply({
      id,
      annotationId: root,
      author: reply.author,
      text: reply.text,
      createdAt: current?.createdAt ?? reply.createdAt,
      updatedAt: reply.updatedAt,
    });
    if (!record) {
      report('error', reply.index, reply.id, 'it is not a valid reply: not imported');
      continue;
    }
    plan.putReplies.push(record);
    if (current) plan.replies.updated++;
    else plan.replies.added++;
  }
}
