/**
 * Carry-over in the renderer: after a file is stored as a new draft, the previous version's review is
 * carried onto it (db/carry-repository.ts) and the report opens. The reviewer works through the
 * confirmation queue (accept, re-anchor on a selection, orphan) from the report, and reopens any
 * version's report later from the Drafts tab.
 */
import { createTarget } from '../../shared/annotations/selectors';
import type { Annotation } from '../../shared/annotations/model';
import type { CarryMeta, CarryReport } from '../../shared/anchoring/carry-records';
import type { DocumentVersion } from '../../shared/model/document';
import { CarryRepository } from '../db/carry-repository';
import { classifyStorageError } from '../db/storage-errors';
import type { AppState, SliceCreator } from './store';

/** Two versions of one document side by side in the changes view, older first. */
export interface ChangesSession {
  older: DocumentVersion;
  newer: DocumentVersion;
  olderAnnotations: Annotation[];
  newerAnnotations: Annotation[];
}

export interface CarrySlice {
  /** The changes view between two versions, or null when closed. */
  changes: ChangesSession | null;
  /** Opens the changes view between the open version and `otherVersionId` (same document). */
  openChanges(otherVersionId: string): Promise<void>;
  closeChanges(): void;
  /** The report shown in the carry-over dialog, or null when closed. */
  carryReport: CarryReport | null;
  /** Carries the previous version's annotations onto `version` (a new draft) and shows the report. */
  carryOver(version: DocumentVersion): Promise<void>;
  showCarryReport(versionId: string): Promise<void>;
  closeCarryReport(): void;
  /** Every version of a document (the Drafts tab's version picker). */
  listDocumentVersions(documentId: string): Promise<DocumentVersion[]>;
  /** Accept a placement, orphan it, or re-anchor it on `range` of the open version's text. */
  reviewCarried(
    id: string,
    review: CarryMeta['review'],
    range?: { start: number; end: number },
  ): Promise<void>;
}

export const createCarrySlice: SliceCreator<CarrySlice> = (services) => (set, get) => {
  const repository = new CarryRepository(services.db);
  return {
    carryReport: null,
    changes: null,

    async openChanges(otherVersionId) {
      const open = get().current?.version;
      if (!open) return;
      try {
        const other = (await services.documents.listVersions(open.documentId)).find(
          (v) => v.id === otherVersionId,
        );
        if (!other || other.id === open.id) return;
        const [older, newer] = other.number < open.number ? [other, open] : [open, other];
        const [olderAnnotations, newerAnnotations] = await Promise.all([
          repository.annotationsOf(older.id),
          repository.annotationsOf(newer.id),
        ]);
        set({ changes: { older, newer, olderAnnotations, newerAnnotations } });
      } catch (error) {
        get().reportError({ code: classifyStorageError(error) }, open.fileName);
      }
    },

    closeChanges() {
      set({ changes: null });
    },

    async carryOver(version) {
      try {
        const previous = await repository.previousVersion(version);
        if (!previous) return;
        const report = await repository.carry(previous, version, services.now());
        if (get().current?.version.id === version.id) await get().loadAnnotations(version.id);
        if (report) set({ carryReport: report });
      } catch (error) {
        get().reportError({ code: classifyStorageError(error) }, version.fileName);
      }
    },

    async showCarryReport(versionId) {
      set({ carryReport: await repository.report(versionId) });
    },

    closeCarryReport() {
      set({ carryReport: null });
    },

    listDocumentVersions(documentId) {
      return services.documents.listVersions(documentId);
    },

    async reviewCarried(id, review, range) {
      const version = get().current?.version;
      if (!version) return;
      const target = range ? createTarget(version.text, range.start, range.end) : null;
      await repository.review(id, review, target, services.now());
      await get().loadAnnotations(version.id);
    },
  };
};

/** Carried annotations of the open version that wait for the reviewer (memoise: a new array each call). */
export const selectCarryQueue = (state: Pick<AppState, 'annotationList'>) =>
  state.annotationList.filter((a) => (a.meta.carry as CarryMeta | undefined)?.review === 'pending');

/** Orphans of the open version, kept and listed, not drawn (memoise: a new array each call). */
export const selectOrphans = (state: Pick<AppState, 'annotationList'>) =>
  state.annotationList.filter((a) => (a.meta.carry as CarryMeta | undefined)?.review === 'orphan');

/** Whether an annotation is an orphan of its version (kept, listed, not drawn). */
export const isOrphan = (annotation: Annotation): boolean =>
  (annotation.meta.carry as CarryMeta | undefined)?.review === 'orphan';
