/**
 * The backup file: one JSON document holding a whole review — documents, their versions, annotations
 * and replies (as W3C Web Annotations, so other tools can read them), sources and figure links — with a
 * manifest that names the format, when it was made and how many records of each kind it holds (a
 * truncated or edited file is caught by the counts). `writeBackupFile` and `readBackupFile` are pure;
 * renderer/db/backup-repository.ts does the database side.
 */
import { z } from 'zod';
import type { Annotation, Reply } from '../annotations/model';
import { fromW3c, toW3cList, w3cContext } from '../annotations/w3c';
import {
  documentVersionSchema,
  reviewDocumentSchema,
  type DocumentVersion,
  type ReviewDocument,
} from '../model/document';
import { err, ok, type Result } from '../result';

export const backupFormat = 'tickmark-backup';
export const backupFormatVersion = 1;
/** File extension the Save dialog proposes. */
export const backupExtension = 'tickmark-backup.json';

/**
 * Largest backup main reads or writes. A 100,000-annotation review is about 60 MB; V8 strings stop near
 * 512 MB, and the file is parsed whole.
 */
export const maxBackupBytes = 400 * 1024 * 1024;
/** How every backup file's text begins (the manifest is written first); main checks it before writing. */
export const backupFilePrefix = `{"manifest":{"format":"${backupFormat}"`;

/** A stored record of a table whose full schema its own repository checks (sources, links). */
export type StoredRecord = Record<string, unknown> & { id: string };

/** Everything a backup holds, as the database stores it. */
export interface BackupContents {
  documents: ReviewDocument[];
  versions: DocumentVersion[];
  annotations: Annotation[];
  replies: Reply[];
  sources: StoredRecord[];
  links: StoredRecord[];
}

export const backupTables = ['documents', 'versions', 'annotations', 'replies', 'sources', 'links'] as const;
export type BackupTable = (typeof backupTables)[number];

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string().optional(),
  counts: z.object(Object.fromEntries(backupTables.map((table) => [table, z.number().int().min(0)]))),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const storedRecord = z.looseObject({ id: z.string().min(1) });
const fileSchema = z.object({
  manifest: manifestSchema,
  documents: z.array(z.unknown()),
  versions: z.array(z.unknown()),
  annotations: z.object({ items: z.array(z.unknown()) }).loose(),
  sources: z.array(storedRecord),
  links: z.array(storedRecord),
});

/** Serialises `contents` as the backup file's text. */
export function writeBackupFile(
  contents: BackupContents,
  options: { now?: Date; appVersion?: string } = {},
): string {
  const items = toW3cList(contents.annotations, contents.replies);
  const manifest: BackupManifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    counts: Object.fromEntries(
      backupTables.map((table) => [table, contents[table].length]),
    ) as BackupManifest['counts'],
  };
  return JSON.stringify({
    manifest,
    documents: contents.documents,
    versions: contents.versions,
    annotations: { '@context': w3cContext, type: 'AnnotationPage', items },
    sources: contents.sources,
    links: contents.links,
  });
}

/** Parses and checks a backup file's text; a `corrupt` Result names the first problem found. */
export function readBackupFile(text: string): Result<{ manifest: BackupManifest; contents: BackupContents }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err('corrupt', `This is not a Tickmark backup: it is not JSON (${(error as Error).message}).`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    return err('corrupt', `This is not a Tickmark backup: ${z.prettifyError(parsed.error).split('\n')[0]}`);
  }
  const file = parsed.data;
  if (file.manifest.formatVersion > backupFormatVersion) {
    return err(
      'unsupported-format',
      `This backup was made by a newer Tickmark (format ${file.manifest.formatVersion}); update Tickmark to restore it.`,
    );
  }
  const contents: BackupContents = {
    documents: [],
    versions: [],
    annotations: [],
    replies: [],
    sources: [],
    links: [],
  };
  for (const [index, value] of file.documents.entries()) {
    const document = reviewDocumentSchema.safeParse(value);
    if (!document.success)
      return err('corrupt', `Backup document #${index + 1} is damaged: ${z.prettifyError(document.error)}`);
    contents.documents.push(document.data);
  }
  for (const [index, value] of file.versions.entries()) {
    const version = documentVersionSchema.safeParse(value);
    if (!version.success)
      return err('corrupt', `Backup version #${index + 1} is damaged: ${z.prettifyError(version.error)}`);
    contents.versions.push(version.data as DocumentVersion);
  }
  for (const [index, item] of file.annotations.items.entries()) {
    const read = fromW3c(item);
    if (!read.ok) return err('corrupt', `Backup annotation #${index + 1} is damaged: ${read.error.message}`);
    if (read.value.type === 'annotation') contents.annotations.push(read.value.annotation);
    else contents.replies.push(read.value.reply);
  }
  contents.sources = file.sources as StoredRecord[];
  contents.links = file.links as StoredRecord[];
  for (const table of backupTables) {
    if (contents[table].length !== file.manifest.counts[table]) {
      return err(
        'corrupt',
        `The backup is incomplete: its manifest lists ${file.manifest.counts[table]} ${table} but it holds ${contents[table].length}.`,
      );
    }
  }
  return ok({ manifest: file.manifest, contents });
}
