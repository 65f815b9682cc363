/**
 * "Reopen with encoding…": the dialog's state. Picking an encoding asks main to decode the open text
 * draft's file again (main keeps the last few files it imported); the first lines of that text are the
 * preview, and "Use this encoding" stores the result as the next draft (documents-slice.ts). Its own
 * store: nothing else in the app depends on it.
 */
import { create } from 'zustand';
import { isReopenEncoding, type ReopenEncoding } from '../../shared/import/encodings';
import type { DocumentVersion, ImportedDraft } from '../../shared/model/document';
import type { AppError } from '../../shared/result';
import { getBridge } from '../platform/bridge';
import { getAppStore } from './store';

/** Lines of the preview: enough to tell gibberish from text at a glance. */
export const previewLines = 8;

export type ReopenPhase =
  | { kind: 'closed' }
  | { kind: 'choosing'; encoding: ReopenEncoding; draft: ImportedDraft | null; error: AppError | null };

export interface ReopenEncodingState {
  phase: ReopenPhase;
  /** The version the dialog is about (its sha256 names the file main keeps). */
  version: DocumentVersion | null;
  open(version: DocumentVersion): void;
  choose(encoding: ReopenEncoding): Promise<void>;
  apply(): Promise<void>;
  close(): void;
}

/** The first `previewLines` non-empty lines of a draft's text. */
export function previewOf(draft: Pick<ImportedDraft, 'text'>): string[] {
  return draft.text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .slice(0, previewLines);
}

export const useReopenEncodingStore = create<ReopenEncodingState>((set, get) => ({
  phase: { kind: 'closed' },
  version: null,
  open: (version) => {
    // A close call opens on its first alternative; on demand, on the encoding the draft was read with.
    const wanted = version.decoding?.alternatives?.[0] ?? version.encoding ?? 'utf-8';
    const first: ReopenEncoding = isReopenEncoding(wanted) ? wanted : 'utf-8';
    set({ version, phase: { kind: 'choosing', encoding: first, draft: null, error: null } });
    void get().choose(first);
  },
  choose: async (encoding) => {
    const { version } = get();
    if (!version) return;
    set({ phase: { kind: 'choosing', encoding, draft: null, error: null } });
    const result = await getBridge().reopenDocumentWithEncoding(version.sha256, encoding);
    const phase = get().phase;
    // A later choice wins: drop answers for an encoding no longer selected.
    if (phase.kind !== 'choosing' || phase.encoding !== encoding) return;
    set({
      phase: result.ok
        ? { kind: 'choosing', encoding, draft: result.value, error: null }
        : { kind: 'choosing', encoding, draft: null, error: result.error },
    });
  },
  apply: async () => {
    const phase = get().phase;
    if (phase.kind !== 'choosing' || !phase.draft) return;
    set({ phase: { kind: 'closed' }, version: null });
    await getAppStore().getState().acceptReopenedDraft(phase.draft);
  },
  close: () => set({ phase: { kind: 'closed' }, version: null }),
}));
