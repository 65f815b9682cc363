/**
 * Version 2 → 3: a `drafts` table, so that nothing a reviewer types is lost. An unfinished comment,
 * reply or claim is kept per annotation (or per selected range, for one not yet created) until it is
 * saved or explicitly discarded (db/draft-repository.ts). The table is new and starts empty, so there is
 * no data step; the test beside this file checks that version-2 data comes through untouched.
 */

/** The drafts table: keyed by what the draft is for, found by document (start screen counts). */
export const draftsTableSchema = 'key, documentId, versionId, updatedAt';
