/**
 * The app's one IndexedDB database, `tickmark`, through Dexie. Every shipped schema version stays
 * declared here, oldest first, so any user's database upgrades step by step (Dexie docs: never edit a
 * shipped version in place). Data migrations live in ./migrations, one per file, each with a test.
 *
 * Tables whose records other features own (annotations, replies, sources, links) are declared here from
 * the start so features only add repositories; their row types are the minimal indexed shape, and the
 * owning repository validates full records with its shared zod schema when it reads them.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { DocumentVersion, ReviewDocument } from '../../shared/model/document';
import { backfillOpenedAt } from './migrations/0002-backfill-opened-at';
import { draftsTableSchema } from './migrations/0003-add-drafts';

/** Name of the database; one per user profile. */
export const appDbName = 'tickmark';

/** Indexed fields of an annotation row (full record: shared/annotations/model.ts). */
export interface AnnotationRow {
  id: string;
  documentId: string;
  versionId: string;
  kind: string;
  updatedAt: string;
}

/** Indexed fields of a reply row (full record: shared/annotations/model.ts). */
export interface ReplyRow {
  id: string;
  annotationId: string;
  createdAt: string;
}

/** Indexed fields of a source row attached to a document (figures feature). */
export interface SourceRow {
  id: string;
  documentId: string;
  sha256: string;
}

/** Indexed fields of a link between an annotation (figure) and a source. */
export interface LinkRow {
  id: string;
  annotationId: string;
  sourceId: string;
}

/** Indexed fields of a draft row (full record: db/draft-repository.ts). */
export interface DraftRow {
  key: string;
  documentId: string;
  versionId: string;
  updatedAt: string;
}

/** A key/value setting (language, zoom, reviewer name, feature settings). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Version 1 (shipped first): documents ordered by `updatedAt`, no threads, no sources. */
export const schemaV1 = {
  documents: 'id, fileName, updatedAt',
  versions: 'id, documentId, sha256, [documentId+number]',
  annotations: 'id, versionId, documentId, kind, updatedAt',
  settings: 'key',
} as const;

/** Version 2: `openedAt` orders the recent list; replies, sources and links arrive. */
export const schemaV2 = {
  documents: 'id, fileName, openedAt',
  versions: 'id, documentId, sha256, [documentId+number]',
  annotations: 'id, versionId, documentId, kind, updatedAt',
  replies: 'id, annotationId, createdAt',
  sources: 'id, documentId, sha256',
  links: 'id, annotationId, sourceId',
  settings: 'key',
} as const;

/** Version 3: unfinished comments, replies and claims are kept as drafts (migrations/0003-add-drafts). */
export const schemaV3 = { ...schemaV2, drafts: draftsTableSchema } as const;

/** The current schema version number. */
export const currentSchemaVersion = 3;

/** The database with every table typed. Construct once per window (see state/services.ts). */
export class AppDb extends Dexie {
  documents!: EntityTable<ReviewDocument, 'id'>;
  versions!: EntityTable<DocumentVersion, 'id'>;
  annotations!: EntityTable<AnnotationRow, 'id'>;
  replies!: EntityTable<ReplyRow, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  links!: EntityTable<LinkRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;

  constructor(name: string = appDbName, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(backfillOpenedAt);
    this.version(3).stores(schemaV3);
  }
}
