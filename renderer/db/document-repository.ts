/**
 * Documents and their versions (the lineage of drafts). Domain verbs only; every multi-table write is
 * one `rw` transaction over documents+versions, so a failed import (full disk, crash) leaves the
 * database exactly as it was. Rows are parsed with the shared zod schemas when read: the database is
 * outside the type system (older app versions, devtools edits).
 */
import {
  createDocumentVersion,
  documentVersionSchema,
  reviewDocumentSchema,
  type DocumentVersion,
  type ImportedDraft,
  type ReviewDocument,
} from '../../shared/model/document';
import type { AppDb } from './app-db';

/** Where an imported draft goes: a new lineage, or the next draft of an existing document. */
export type SaveTarget = { kind: 'new-document' } | { kind: 'new-version'; documentId: string };

/** A stored document with the version just saved or opened. */
export interface OpenedDocument {
  document: ReviewDocument;
  version: DocumentVersion;
}

const parseDocument = (row: unknown): ReviewDocument => reviewDocumentSchema.parse(row);
const parseVersion = (row: unknown): DocumentVersion => documentVersionSchema.parse(row);

/** Repository over the `documents` and `versions` tables. */
export class DocumentRepository {
  constructor(private readonly db: AppDb) {}

  /** Documents, most recently opened first. */
  async listRecent(limit = 100): Promise<ReviewDocument[]> {
    const rows = await this.db.documents.orderBy('openedAt').reverse().limit(limit).toArray();
    return rows.map(parseDocument);
  }

  async getDocument(id: string): Promise<ReviewDocument | undefined> {
    const row = await this.db.documents.get(id);
    return row ? parseDocument(row) : undefined;
  }

  async getVersion(id: string): Promise<DocumentVersion | undefined> {
    const row = await this.db.versions.get(id);
    return row ? parseVersion(row) : undefined;
  }

  /** Every version of a document, oldest first (summaries: callers that need text use getVersion). */
  async listVersions(documentId: string): Promise<DocumentVersion[]> {
    const rows = await this.db.versions
      .where('[documentId+number]')
      .between([documentId, 0], [documentId, Number.MAX_SAFE_INTEGER])
      .toArray();
    return rows.map(parseVersion);
  }

  /** A stored version with exactly these bytes, if any (same file imported again). */
  async findVersionBySha256(sha256: string): Promise<DocumentVersion | undefined> {
    const row = await this.db.versions.where('sha256').equals(sha256).first();
    return row ? parseVersion(row) : undefined;
  }

  /** Documents whose file has this name, most recently opened first. */
  async findByFileName(fileName: string): Promise<ReviewDocument[]> {
    const rows = await this.db.documents.where('fileName').equals(fileName).toArray();
    return rows.map(parseDocument).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  }

  async countDocuments(): Promise<number> {
    return this.db.documents.count();
  }

  /**
   * Stores `draft` as a new document or as the next version of one, in one transaction.
   * Throws RangeError when the target document does not exist.
   */
  async saveImport(
    draft: ImportedDraft,
    target: SaveTarget,
    now: Date = new Date(),
  ): Promise<OpenedDocument> {
    const stamp = now.toISOString();
    return this.db.transaction('rw', this.db.documents, this.db.versions, async () => {
      if (target.kind === 'new-document') {
        const documentId = crypto.randomUUID();
        const version = createDocumentVersion(draft, documentId, 1, { now });
        const document: ReviewDocument = {
          id: documentId,
          title: draft.title,
          fileName: draft.fileName,
          createdAt: stamp,
          updatedAt: stamp,
          openedAt: stamp,
          latestVersionId: version.id,
          versionCount: 1,
        };
        await this.db.versions.add(version);
        await this.db.documents.add(document);
        return { document, version };
      }
      const existing = await this.db.documents.get(target.documentId);
      if (!existing) throw new RangeError(`No document with id ${target.documentId} to add a version to`);
      const last = await this.db.versions
        .where('[documentId+number]')
        .between([target.documentId, 0], [target.documentId, Number.MAX_SAFE_INTEGER])
        .last();
      const version = createDocumentVersion(draft, target.documentId, (last?.number ?? 0) + 1, { now });
      const document: ReviewDocument = {
        ...parseDocument(existing),
        updatedAt: stamp,
        openedAt: stamp,
        latestVersionId: version.id,
        versionCount: version.number,
      };
      await this.db.versions.add(version);
      await this.db.documents.put(document);
      return { document, version };
    });
  }

  /** Records that the reviewer opened the document now; returns the updated document. */
  async touch(documentId: string, now: Date = new Date()): Promise<ReviewDocument> {
    const openedAt = now.toISOString();
    const updated = await this.db.documents.update(documentId, { openedAt });
    if (updated === 0) throw new RangeError(`No document with id ${documentId} to touch`);
    const row = await this.db.documents.get(documentId);
    return parseDocument(row);
  }
}
