/**
 * Documents: the recent list, the open document and version, and the import flow. Every way in (File >
 * Open, a dropped file, a launch file, the first-run sample) ends in `acceptDraft`, which never stores the
 * same bytes twice (sha256), asks before treating a changed file of a known name as a new draft, and
 * saves in one transaction. Imports run one after another so two questions never overlap.
 */
import type { DocumentVersion, ImportedDraft, ReviewDocument } from '../../shared/model/document';
import type { DroppedFile } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import type { OpenedDocument, SaveTarget } from '../db/document-repository';
import { classifyStorageError } from '../db/storage-errors';
import type { AppState, SliceCreator } from './store';

/** How the reviewer answered "new draft or separate document?". */
export type DraftAnswer = 'new-draft' | 'separate' | 'cancel';

/** The open question about a changed file with a known name. */
export interface DraftQuestion {
  draft: ImportedDraft;
  existing: ReviewDocument;
}

export interface DocumentsSlice {
  recent: ReviewDocument[];
  current: OpenedDocument | null;
  /** An import in progress (drives the progress bar); `fileName` is null until known. */
  importing: { fileName: string | null } | null;
  draftQuestion: DraftQuestion | null;
  /**
   * True until `startUp` has settled. The start screen waits for it: otherwise it shows for a moment
   * before the last document (where the reviewer left off) reopens by itself.
   */
  startingUp: boolean;
  /** Loads the recent list, takes launch files, and imports the sample on first run. */
  startUp(): Promise<void>;
  refreshRecent(): Promise<void>;
  /** Opens a stored document (its latest version unless `versionId` is given). */
  openStored(documentId: string, versionId?: string): Promise<void>;
  closeDocument(): void;
  /** File > Open. */
  openWithDialog(): Promise<void>;
  importDropped(file: DroppedFile): Promise<void>;
  /** Imports the files main received from the command line or the OS. */
  receivePending(): Promise<void>;
  /** Stores (or finds) `draft` and opens it; resolves when done or declined. */
  acceptDraft(draft: ImportedDraft): Promise<void>;
  answerDraftQuestion(answer: DraftAnswer): void;
  /**
   * Stores `draft` — the open text draft decoded again with another encoding ("Reopen with
   * encoding…") — as the next draft of the open document, carrying its review over, and opens it.
   */
  acceptReopenedDraft(draft: ImportedDraft): Promise<void>;
}

export const createDocumentsSlice: SliceCreator<DocumentsSlice> = (services) => (set, get) => {
  const repo = services.documents;
  let queue: Promise<unknown> = Promise.resolve();
  let answer: ((value: DraftAnswer) => void) | null = null;

  /** Runs import steps one at a time, in the order requested. */
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };

  const open = (opened: OpenedDocument): void => {
    set({ current: opened });
  };

  const ask = (question: DraftQuestion): Promise<DraftAnswer> =>
    new Promise((resolve) => {
      answer = resolve;
      set({ draftQuestion: question });
    });

  const save = async (draft: ImportedDraft, target: SaveTarget): Promise<void> => {
    let opened: OpenedDocument;
    try {
      opened = await repo.saveImport(draft, target, services.now());
      open(opened);
    } catch (error) {
      get().reportError({ code: classifyStorageError(error) }, draft.fileName);
      return;
    }
    // A new draft takes the previous version's review along (carry-slice.ts).
    if (target.kind === 'new-version') await get().carryOver(opened.version);
    await get().refreshRecent();
  };

  const acceptDraftNow = async (draft: ImportedDraft): Promise<void> => {
    const same = await repo.findVersionBySha256(draft.sha256);
    if (same) {
      await openStoredNow(same.documentId, same.id);
      return;
    }
    const [namesake] = await repo.findByFileName(draft.fileName);
    if (!namesake) {
      await save(draft, { kind: 'new-document' });
      return;
    }
    const reply = await ask({ draft, existing: namesake });
    if (reply === 'new-draft') await save(draft, { kind: 'new-version', documentId: namesake.id });
    else if (reply === 'separate') await save(draft, { kind: 'new-document' });
  };

  const openStoredNow = async (documentId: string, versionId?: string): Promise<void> => {
    const document = await repo.touch(documentId, services.now());
    const version: DocumentVersion | undefined = await repo.getVersion(versionId ?? document.latestVersionId);
    if (!version)
      throw new RangeError(`Version ${versionId ?? document.latestVersionId} of ${documentId} is missing`);
    open({ document, version });
    await get().refreshRecent();
  };

  /** Calls main with the progress bar up, then accepts the draft or reports the failure. */
  const importVia = async (
    fileName: string | null,
    call: () => Promise<Result<ImportedDraft | null>>,
  ): Promise<void> => {
    set({ importing: { fileName } });
    try {
      const result = await call();
      if (!result.ok) {
        get().reportError(result.error, fileName ?? detailFileName(result.error.detail));
        return;
      }
      if (result.value) {
        // Read by bench/renderer-open.bench.ts: main's part of the import ends here.
        performance.mark('tickmark:draft-received');
        set({ importing: { fileName: result.value.fileName } });
        await acceptDraftNow(result.value);
      }
    } finally {
      set({ importing: null });
    }
  };

  return {
    recent: [],
    current: null,
    importing: null,
    draftQuestion: null,
    startingUp: true,

    async startUp() {
      try {
        await get().refreshRecent();
        await get().receivePending();
        if (get().current) return;
        // Where the reviewer left off: the last document opens by itself at its draft, tab and place;
        // the start screen (recent list, Continue) stays one key away (Ctrl/Cmd+Shift+H).
        if (get().lastSession && (await get().resumeLastSession())) return;
        if ((await repo.countDocuments()) > 0) return;
        await serial(() => importVia(null, () => services.bridge.loadSample()));
      } finally {
        set({ startingUp: false });
      }
    },

    async refreshRecent() {
      set({ recent: await repo.listRecent() });
    },

    openStored(documentId, versionId) {
      return serial(() => openStoredNow(documentId, versionId));
    },

    closeDocument() {
      set({ current: null });
    },

    openWithDialog() {
      return serial(() => importVia(null, () => services.bridge.openDocument()));
    },

    importDropped(file) {
      return serial(() => importVia(file.name, () => services.bridge.importDroppedDocument(file)));
    },

    receivePending() {
      return serial(async () => {
        const pending = await services.bridge.takePendingDocuments();
        if (!pending.ok) {
          get().reportError(pending.error);
          return;
        }
        for (const item of pending.value) {
          await importVia(item.fileName, async () => item.result);
        }
      });
    },

    acceptDraft(draft) {
      return serial(() => acceptDraftNow(draft));
    },

    answerDraftQuestion(reply) {
      const resolve = answer;
      answer = null;
      set({ draftQuestion: null });
      resolve?.(reply);
    },

    acceptReopenedDraft(draft) {
      return serial(async () => {
        const current = get().current;
        // Same bytes, other text: a new draft of the open document (never matched by sha256 to itself).
        if (current) await save(draft, { kind: 'new-version', documentId: current.document.id });
      });
    },
  };
};

function detailFileName(detail: Record<string, string | number> | undefined): string | null {
  const value = detail?.fileName;
  return typeof value === 'string' ? value : null;
}

/** Selector: the open version, or null on the start screen. */
export const selectCurrentVersion = (state: AppState): DocumentVersion | null =>
  state.current?.version ?? null;

/** Selector: the open document (lineage), or null. */
export const selectCurrentDocument = (state: AppState): ReviewDocument | null =>
  state.current?.document ?? null;
