/**
 * Decisions on an annotation are recorded as signed events in its `meta` slot rather than read off
 * `updatedAt`: resolving or reopening a thread is an event with who and when, not an edit of the opening
 * comment (which showed "(edited)"); an edit of the text sets `meta.editedAt`. A figure's status change
 * (from → to), note, dismissal and restoration are events too, so its details can show who decided what
 * and when. Events are kept in order, oldest first, so a short history can be shown.
 */
import type { Annotation } from '../../shared/annotations/model';

const eventTypes = ['resolved', 'reopened', 'edited', 'status', 'note', 'dismissed', 'restored'] as const;

/** One signed decision on an annotation. `from`/`to` are status ids (type `status` only). */
export interface AnnotationEvent {
  type: (typeof eventTypes)[number];
  by: string;
  at: string;
  from?: string;
  to?: string;
}

/** The events recorded in `annotation.meta.events` (ignoring malformed entries). */
export function annotationEvents(annotation: Annotation): AnnotationEvent[] {
  const events = annotation.meta.events;
  if (!Array.isArray(events)) return [];
  return events.filter(
    (event): event is AnnotationEvent =>
      typeof event === 'object' &&
      event !== null &&
      (eventTypes as readonly string[]).includes((event as AnnotationEvent).type) &&
      typeof (event as AnnotationEvent).by === 'string' &&
      typeof (event as AnnotationEvent).at === 'string',
  );
}

/** True when the opening comment's text was edited (not merely resolved or reopened). */
export const wasEdited = (annotation: Annotation): boolean => typeof annotation.meta.editedAt === 'string';

/** The figure decisions between two bodies, as unsigned events (`by`/`at` are added by the caller). */
function figureEvents(
  before: Annotation['body'],
  after: Annotation['body'],
): Omit<AnnotationEvent, 'by' | 'at'>[] {
  if (before.kind !== 'figure' || after.kind !== 'figure') return [];
  const events: Omit<AnnotationEvent, 'by' | 'at'>[] = [];
  if (before.status !== after.status) events.push({ type: 'status', from: before.status, to: after.status });
  if (before.note !== after.note) events.push({ type: 'note' });
  if (before.dismissed !== after.dismissed) events.push({ type: after.dismissed ? 'dismissed' : 'restored' });
  const { status: _s, note: _n, dismissed: _d, ...restBefore } = before;
  const { status: _s2, note: _n2, dismissed: _d2, ...restAfter } = after;
  if (JSON.stringify(restBefore) !== JSON.stringify(restAfter)) events.push({ type: 'edited' });
  return events;
}

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
  } else if (before.body.kind === 'figure') {
    for (const event of figureEvents(before.body, after.body)) events.push({ ...event, by, at });
  } else if (JSON.stringify(before.body) !== JSON.stringify(after.body)) {
    events.push({ type: 'edited', by, at });
  }
  return { ...after, meta: { ...meta, events } };
}

/**
 * The events a new figure annotation starts with: a figure created with a decision already made (a
 * status letter on an untouched row, a note) records it, from the defaults of an untouched row.
 */
export function initialFigureEvents(annotation: Annotation, by: string, at: string): AnnotationEvent[] {
  if (annotation.body.kind !== 'figure') return [];
  const untouched = { ...annotation.body, status: 'unverified', note: '', dismissed: false };
  return figureEvents(untouched, annotation.body).map((event) => ({ ...event, by, at }));
}
