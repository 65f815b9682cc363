/**
 * Keyboard navigation through a document's annotations (next / previous, next unresolved), in text
 * order and wrapping around, relative to the selected one or to a reading position.
 */
import type { Annotation } from './model';

/**
 * The annotation after (direction 1) or before (−1) `currentId` in `list` (text order) that satisfies
 * `accept`, wrapping around. Without a current one, starts from `fromOffset` (e.g. the top of the
 * viewport). Null when none qualifies.
 */
export function nextAnnotation(
  list: readonly Annotation[],
  currentId: string | null,
  direction: 1 | -1,
  accept: (annotation: Annotation) => boolean = () => true,
  fromOffset = 0,
): Annotation | null {
  if (list.length === 0) return null;
  let index = currentId === null ? -1 : list.findIndex((annotation) => annotation.id === currentId);
  if (index === -1) {
    // Start just before the first annotation at or after the reading position.
    const first = list.findIndex((annotation) => annotation.target.start >= fromOffset);
    index = direction === 1 ? (first === -1 ? list.length : first) - 1 : first === -1 ? list.length : first;
  }
  for (let step = 1; step <= list.length; step++) {
    const candidate = list[(((index + direction * step) % list.length) + list.length) % list.length]!;
    if (accept(candidate)) return candidate;
  }
  return null;
}

/** Whether an annotation is an open comment thread. */
export const isUnresolved = (annotation: Annotation): boolean =>
  annotation.body.kind === 'comment' && !annotation.body.resolved;
