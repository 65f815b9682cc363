/**
 * Form state that is also a draft in the database (state/drafts-slice.ts): it starts from the stored
 * draft when there is one, and every change is kept at once — or the draft removed when the value is
 * back to what it started from. The form calls `clear()` after it saved, `discard()` on an explicit
 * "Discard draft".
 */
import { useCallback, useState } from 'react';
import type { Draft } from '../../db/draft-repository';
import { getAppStore, useAppStore } from '../../state/store';

/** Codec of a form of named text fields (`names`), kept as `{ fields }`; missing fields read as ''. */
export function fieldsCodec<K extends string>(names: readonly K[]) {
  return {
    encode: (value: Record<K, string>): Draft['value'] => ({ fields: { ...value } }),
    decode: (value: Draft['value']): Record<K, string> | undefined => {
      if (!('fields' in value)) return undefined;
      const fields = value.fields;
      return Object.fromEntries(names.map((name) => [name, fields[name] ?? ''])) as Record<K, string>;
    },
  };
}

export interface DraftControls {
  /** A stored draft exists for this form. */
  hasDraft: boolean;
  /** Throws the draft away and returns the form to `baseline`. */
  discard(): void;
  /** Forgets the draft after a save. */
  clear(): void;
}

export function useDraftState<T>(
  key: string | null,
  annotationId: string | null,
  baseline: T,
  codec: { encode(value: T): Draft['value']; decode(value: Draft['value']): T | undefined },
): [T, (value: T) => void, DraftControls] {
  const stored = useAppStore((state) => (key ? state.drafts.get(key) : undefined));
  const [value, setValue] = useState<T>(() => (stored ? (codec.decode(stored.value) ?? baseline) : baseline));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      if (!key) return;
      const state = getAppStore().getState();
      // Keystrokes do not wait for the draft's write. A failed write (storage full) is reported by the
      // slice as a notice; it must not also surface as an unhandled rejection in the page.
      if (JSON.stringify(next) === JSON.stringify(baseline)) state.discardDraft(key).catch(() => undefined);
      else state.saveDraft(key, codec.encode(next), annotationId).catch(() => undefined);
    },
    // The baseline and codec are fixed for the life of the form (it is keyed by annotation).
    [key, annotationId],
  );
  const controls: DraftControls = {
    hasDraft: stored !== undefined,
    discard() {
      setValue(baseline);
      if (key)
        getAppStore()
          .getState()
          .discardDraft(key)
          .catch(() => undefined);
    },
    clear() {
      if (key)
        getAppStore()
          .getState()
          .discardDraft(key)
          .catch(() => undefined);
    },
  };
  return [value, update, controls];
}
