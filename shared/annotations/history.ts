/**
 * Undo/redo for annotation actions as data. Every action the reviewer takes is recorded as a `Change`
 * holding the full records before and after, so its inverse is pure (create ↔ delete with the thread's
 * replies, update ↔ the previous value) and undoing a delete brings back the same ids. The storage layer
 * applies changes (`applyChange` in the annotation repository); this module only decides which change
 * to apply and keeps the two stacks.
 */
import type { Annotation, Reply } from './model';

/** One reversible action on annotations and replies. */
export type Change =
  | { type: 'create'; annotation: Annotation; replies: readonly Reply[] }
  | { type: 'delete'; annotation: Annotation; replies: readonly Reply[] }
  | { type: 'update'; before: Annotation; after: Annotation }
  | { type: 'create-reply'; reply: Reply }
  | { type: 'delete-reply'; reply: Reply }
  | { type: 'update-reply'; before: Reply; after: Reply }
  | { type: 'batch'; changes: readonly Change[] };

/** The change that undoes `change`. `invert(invert(c))` equals `c`. */
export function invertChange(change: Change): Change {
  switch (change.type) {
    case 'create':
      return { type: 'delete', annotation: change.annotation, replies: change.replies };
    case 'delete':
      return { type: 'create', annotation: change.annotation, replies: change.replies };
    case 'update':
      return { type: 'update', before: change.after, after: change.before };
    case 'create-reply':
      return { type: 'delete-reply', reply: change.reply };
    case 'delete-reply':
      return { type: 'create-reply', reply: change.reply };
    case 'update-reply':
      return { type: 'update-reply', before: change.after, after: change.before };
    case 'batch':
      return { type: 'batch', changes: [...change.changes].reverse().map(invertChange) };
  }
}

/** Undo and redo stacks; the last element is the next to undo / redo. */
export interface History {
  readonly undo: readonly Change[];
  readonly redo: readonly Change[];
}

export const emptyHistory: History = { undo: [], redo: [] };

/** Default number of undo steps kept. */
export const historyLimit = 200;

/** Records a change the reviewer just made: it becomes undoable and the redo stack is cleared. */
export function recordChange(history: History, change: Change, limit = historyLimit): History {
  const undo = [...history.undo, change];
  return { undo: undo.length > limit ? undo.slice(undo.length - limit) : undo, redo: [] };
}

/** The change to apply to undo the last action, and the history after it; null when nothing to undo. */
export function undoStep(history: History): { apply: Change; history: History } | null {
  const last = history.undo.at(-1);
  if (!last) return null;
  return {
    apply: invertChange(last),
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, last] },
  };
}

/** The change to apply to redo the last undone action, and the history after it; null when none. */
export function redoStep(history: History): { apply: Change; history: History } | null {
  const last = history.redo.at(-1);
  if (!last) return null;
  return { apply: last, history: { undo: [...history.undo, last], redo: history.redo.slice(0, -1) } };
}

/** In-memory records a change applies to (the store's mirror, or a test's). */
export interface RecordSet {
  annotations: ReadonlyMap<string, Annotation>;
  replies: ReadonlyMap<string, Reply>;
}

/**
 * Applies `change` to in-memory records, returning new maps (inputs untouched). Throws when the change
 * does not fit the records (deleting what is missing, updating a stale value): that is a programming
 * error in whoever recorded it.
 */
export function applyChangeToRecords(records: RecordSet, change: Change): RecordSet {
  const annotations = new Map(records.annotations);
  const replies = new Map(records.replies);
  const apply = (step: Change): void => {
    switch (step.type) {
      case 'create':
        if (annotations.has(step.annotation.id))
          throw new Error(`Annotation ${step.annotation.id} already exists`);
        annotations.set(step.annotation.id, step.annotation);
        for (const reply of step.replies) replies.set(reply.id, reply);
        return;
      case 'delete':
        if (!annotations.delete(step.annotation.id))
          throw new Error(`Annotation ${step.annotation.id} not found`);
        for (const [id, reply] of replies) if (reply.annotationId === step.annotation.id) replies.delete(id);
        return;
      case 'update':
        if (!annotations.has(step.before.id)) throw new Error(`Annotation ${step.before.id} not found`);
        annotations.set(step.after.id, step.after);
        return;
      case 'create-reply':
        replies.set(step.reply.id, step.reply);
        return;
      case 'delete-reply':
        if (!replies.delete(step.reply.id)) throw new Error(`Reply ${step.reply.id} not found`);
        return;
      case 'update-reply':
        if (!replies.has(step.before.id)) throw new Error(`Reply ${step.before.id} not found`);
        replies.set(step.after.id, step.after);
        return;
      case 'batch':
        step.changes.forEach(apply);
        return;
    }
  };
  apply(change);
  return { annotations, replies };
}
