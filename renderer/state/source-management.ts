/**
 * Removing and replacing a document's sources, and undoing either (the figures slice spreads these
 * actions in). A replacement is planned first (./source-replace.ts) and written only once the reviewer
 * confirms; the removed source and its links are kept for one undo.
 */
import { trackSourceImport } from './source-import-progress';
import type { StoreApi } from 'zustand';
import type { FigureLinkRepository } from '../db/figure-link-repository';
import type { SourceRepository } from '../db/source-repository';
import type { FiguresSlice } from './figures-slice';
import { selectLedgerRows } from './figures-selectors';
import type { AppServices } from './services';
import { movedLinks, planPendingReplace } from './source-replace';
import type { AppState } from './store';

export interface SourceManagementContext {
  services: AppServices;
  set: StoreApi<AppState>['setState'];
  get: StoreApi<AppState>['getState'];
  sources: SourceRepository;
  links: FigureLinkRepository;
  /** Matches the draft against the document's sources again. */
  reaudit: () => void;
  /** Reads the open version's figure links again. */
  refreshLinks: () => Promise<void>;
}

type SourceManagementActions = Pick<
  FiguresSlice,
  | 'removedSource'
  | 'removedSourceAfter'
  | 'removeSource'
  | 'undoRemoveSource'
  | 'pendingReplace'
  | 'replaceSourceFromDialog'
  | 'confirmReplace'
  | 'cancelReplace'
>;

export function sourceManagementActions(context: SourceManagementContext): SourceManagementActions {
  const { services, set, get, sources, links, reaudit, refreshLinks } = context;
  const lastUndoStep = (): unknown => get().annotationHistory.undo.at(-1) ?? null;

  /** The sources list read again, the pane closed if it showed `goneSourceId`, the audit and links redone. */
  const afterSourcesChanged = async (documentId: string, goneSourceId: string | undefined) => {
    const open = get().openSource;
    set({
      figureSources: await sources.listByDocument(documentId),
      ...(goneSourceId !== undefined && open?.sourceId === goneSourceId ? { openSource: null } : {}),
    });
    reaudit();
    await refreshLinks();
  };

  return {
    removedSource: null,
    removedSourceAfter: null,
    async removeSource(sourceId) {
      const version = get().current?.version;
      if (!version) return;
      const removed = await sources.remove(sourceId);
      if (!removed) return;
      set({ removedSource: removed, removedSourceAfter: lastUndoStep() });
      await afterSourcesChanged(version.documentId, sourceId);
    },
    async undoRemoveSource() {
      const version = get().current?.version;
      const removed = get().removedSource;
      if (!version || !removed) return;
      // A replacement added the new file: it goes again (its links are the moved ones, put back below).
      if (removed.replacement?.added) await sources.remove(removed.replacement.sourceId);
      await sources.restore(removed);
      set({ removedSource: null });
      await afterSourcesChanged(version.documentId, removed.replacement?.sourceId);
    },
    pendingReplace: null,
    async replaceSourceFromDialog(sourceId) {
      const version = get().current?.version;
      const old = get().figureSources.find((s) => s.id === sourceId);
      if (!version || !old) return;
      const result = await trackSourceImport(null, () => services.bridge.openSource());
      if (!result.ok) {
        get().reportError(result.error, null);
        return;
      }
      if (!result.value) return;
      set({
        pendingReplace: planPendingReplace({
          text: version.text,
          rows: selectLedgerRows(get()),
          figures: get().figureAudit?.figures ?? [],
          oldSourceId: sourceId,
          oldName: old.fileName,
          links: await links.listBySource(sourceId),
          next: result.value,
        }),
      });
    },
    async confirmReplace() {
      const version = get().current?.version;
      const pending = get().pendingReplace;
      if (!version || !pending) return;
      set({ pendingReplace: null });
      const moved = movedLinks(pending);
      const done = await sources.replace(
        pending.oldSourceId,
        version.documentId,
        pending.next,
        moved,
        services.now(),
      );
      if (!done) return;
      set({
        removedSource: {
          ...done.removed,
          replacement: {
            sourceId: done.record.id,
            fileName: done.record.fileName,
            added: done.added,
            moved: moved.length,
          },
        },
        removedSourceAfter: lastUndoStep(),
      });
      await afterSourcesChanged(version.documentId, pending.oldSourceId);
    },
    cancelReplace() {
      set({ pendingReplace: null });
    },
  };
}
