/**
 * Unfinished input, kept as drafts in IndexedDB as it is typed (db/draft-repository.ts): the open
 * version's drafts in memory, so forms read them synchronously when they open, and writes queued in
 * order. A draft leaves only when its form saves or the reviewer discards it.
 */
import { DraftRepository, type Draft } from '../db/draft-repository';
import { classifyStorageError } from '../db/storage-errors';
import type { AppState, SliceCreator } from './store';

export interface DraftsSlice {
  draftsVersionId: string | null;
  drafts: ReadonlyMap<string, Draft>;
  loadDrafts(versionId: string): Promise<void>;
  /** Keeps `value` as the draft `key` of the open version (annotationId null for a new annotation). */
  saveDraft(key: string, value: Draft['value'], annotationId: string | null): Promise<void>;
  discardDraft(key: string): Promise<void>;
}

export const createDraftsSlice: SliceCreator<DraftsSlice> = (services) => (set, get) => {
  const repository = new DraftRepository(services.db);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (step: () => Promise<void>): Promise<void> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    draftsVersionId: null,
    drafts: new Map(),
    async loadDrafts(versionId) {
      const list = await repository.listByVersion(versionId);
      set({ draftsVersionId: versionId, drafts: new Map(list.map((draft) => [draft.key, draft])) });
    },
    async saveDraft(key, value, annotationId) {
      const current = get().current;
      if (!current) return;
      const draft: Draft = {
        key,
        documentId: current.document.id,
        versionId: current.version.id,
        annotationId,
        value,
        updatedAt: services.now().toISOString(),
      };
      set((state) => ({ drafts: new Map(state.drafts).set(key, draft) }));
      try {
        await serial(() => repository.put(draft));
      } catch (error) {
        get().reportError({ code: classifyStorageError(error) });
        throw error;
      }
    },
    async discardDraft(key) {
      if (!get().drafts.has(key)) return;
      set((state) => {
        const drafts = new Map(state.drafts);
        drafts.delete(key);
        return { drafts };
      });
      await serial(() => repository.remove(key));
    },
  };
};

/** Selector: the draft under `key`, if any. */
export const selectDraft =
  (key: string | null) =>
  (state: AppState): Draft | undefined =>
    key ? state.drafts.get(key) : undefined;
