/**
 * Decisions on an annotation are recorded as signed events in its `meta` slot rather than read off
 * `updatedAt`: resolving or reopening a thread is an event with who and when, not an edit of the opening
 * comment (which showed "(edited)"); an edit of the text sets `meta.editedAt`. Events are kept in order,
 * oldest first, so a short history can be shown.
 */
import type { Annotation } from '../../shared/annotations/model';

/** One signed decision on an annotation. */
export interface AnnotationEvent {
  type: 'resolved' | 'reopened' | 'edited';
  by: string;
  at: string;
}

/** The events recorded in `annotation.meta.events` (ignoring malformed entries). */
export function annotationEvents(annotation: Annotation): AnnotationEvent[] {
  const events = annotation.meta.events;
  if (!Array.isArray(events)) return [];
  return events.filter(
    (event): event is AnnotationEvent =>
      typeof event === 'object' &&
      event !== null &&
      ['resolved', 'reopened', 'edited'].includes((event as AnnotationEvent).type) &&
      typeof (event as AnnotationEvent).by === 'string' &&
      typeof (event as AnnotationEvent).at === 'string',
  );
}

/** True when the opening comment's text was edited (not merely resolved or reopened). */
export const wasEdited = (annotation: Annotation): boolean => typeof annotation.meta.editedAt === 'string';

/** `after` (an update of `before`) with its decision events and `editedAt` recorded, signed by `by`. */
export function recordDecision(before: Annotation, after: Annotation, by: string, at: string): Annotation {
  const events = annotationEvents(before);
  const meta: Record<string, unknown> = { ...after.meta };
  if (before.body.kind === 'comment' && after.body.kind === 'comment') {
    if (before.body.resolved !== after.body.resolved) {
      events.push({ type: after.body.resolved ? 'resolved' : 'reopened', by, at });
    }
    if (before.body.text !== after.body.text) {
      events.push({ type: 'edited', by, at });
      meta.editedAt = at;
    }
  } else if (JSON.stringify(before.body) !== JSON.stringify(after.body)) {
    events.push({ type: 'edited', by, at });
  }
  return { ...after, meta: { ...meta, events } };
}
