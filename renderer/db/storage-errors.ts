/**
 * Classifies what IndexedDB throws so the UI can say something useful. A full disk surfaces as
 * `QuotaExceededError`, either directly or wrapped by Dexie (`inner`), depending on where the
 * transaction failed; everything else is a generic storage failure. Dexie aborts the transaction in both
 * cases, so nothing is half-written.
 */

/** What kind of storage failure happened. */
export type StorageFailureKind = 'quota' | 'storage';

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const record = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof record.name === 'string') found.push(record.name);
    current = record.inner ?? record.cause;
  }
  return found;
}

/** `quota` when the error (or one it wraps) is a QuotaExceededError, else `storage`. */
export function classifyStorageError(error: unknown): StorageFailureKind {
  return names(error).some((name) => name === 'QuotaExceededError') ? 'quota' : 'storage';
}

/** True for Dexie's AbortError: an aborted transaction is expected, not an alarm (Dexie best practices). */
export function isAbortError(error: unknown): boolean {
  return names(error)[0] === 'AbortError';
}
