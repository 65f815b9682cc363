/**
 * Restore planning, pure: which incoming records of a backup to write into a profile that may already
 * hold some of them. Records are matched by id; when both sides have one, the newer `updatedAt` wins
 * (records without one, like immutable document versions, are only added when missing). The plan is
 * computed before anything is written, so the summary shown to the user is exactly what happens.
 */

/** What happened to the incoming records of one table. */
export interface TableSummary {
  /** Not in the profile: written. */
  added: number;
  /** In the profile but older: replaced by the backup's. */
  updated: number;
  /** In the profile and as new or newer: left alone. */
  kept: number;
}

/** Per-record decision for one table, plus its counts. */
export interface TablePlan<T> {
  write: T[];
  summary: TableSummary;
}

/** Anything stored by id; `updatedAt` (ISO 8601) when the record can change. */
export interface Stamped {
  id: string;
  updatedAt?: string;
}

/**
 * Plans one table. `existing` maps ids already in the profile to their `updatedAt` (undefined when the
 * record has none). Later duplicates of an id in `incoming` compete the same way.
 */
export function planTable<T extends Stamped>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, string | undefined>,
): TablePlan<T> {
  const summary: TableSummary = { added: 0, updated: 0, kept: 0 };
  const chosen = new Map<string, T>();
  for (const record of incoming) {
    const previous = chosen.get(record.id);
    if (previous) {
      if (isNewer(record.updatedAt, previous.updatedAt)) chosen.set(record.id, record);
      continue;
    }
    chosen.set(record.id, record);
  }
  const write: T[] = [];
  for (const record of chosen.values()) {
    if (!existing.has(record.id)) {
      summary.added += 1;
      write.push(record);
    } else if (isNewer(record.updatedAt, existing.get(record.id))) {
      summary.updated += 1;
      write.push(record);
    } else summary.kept += 1;
  }
  return { write, summary };
}

/** True when `candidate` is strictly later than `current` (ISO strings of the same shape compare as text). */
function isNewer(candidate: string | undefined, current: string | undefined): boolean {
  if (candidate === undefined) return false;
  if (current === undefined) return true;
  const a = Date.parse(candidate);
  const b = Date.parse(current);
  if (Number.isNaN(a) || Number.isNaN(b)) return candidate > current;
  return a > b;
}
