/**
 * From annotation records to what the decoration plugin draws (`AnnotationMark`), and the smallest set
 * of plugin metas that turns one list of records into another (records are replaced on change, so
 * object identity says "unchanged").
 */
import type { Annotation } from '../../../shared/annotations/model';
import { isOrphan } from '../../../shared/anchoring/carry-records';
import type { AnnotationDecorationsMeta, AnnotationMark } from '../../editor/plugins/annotation-decorations';

/** The CSS status variant of an annotation (kind-specific). */
export function annotationStatus(annotation: Annotation): string {
  const { body } = annotation;
  switch (body.kind) {
    case 'highlight':
      return 'default';
    case 'claim':
      return body.category.startsWith('custom:') ? 'custom' : body.category;
    case 'comment':
      return body.resolved ? 'resolved' : 'open';
    case 'figure':
      return body.dismissed ? 'dismissed' : body.status;
  }
}

/** The plugin's view of one annotation. */
export const toMark = (annotation: Annotation): AnnotationMark => ({
  id: annotation.id,
  start: annotation.target.start,
  end: annotation.target.end,
  kind: annotation.kind,
  status: annotationStatus(annotation),
});

/** Metas that turn the drawn `previous` records into `next` (empty when nothing changed). */
export function diffMarks(
  previous: ReadonlyMap<string, Annotation>,
  next: ReadonlyMap<string, Annotation>,
  /** The only ids that can differ, when known (the store's delta): the rest is not compared. */
  only?: readonly string[],
): AnnotationDecorationsMeta[] {
  if (only) {
    const pick = <T>(map: ReadonlyMap<string, T>) =>
      new Map(only.flatMap((id) => (map.has(id) ? [[id, map.get(id)!] as const] : [])));
    return diffMarks(pick(previous), pick(next));
  }
  const removed: string[] = [];
  const added: AnnotationMark[] = [];
  const updated: AnnotationMark[] = [];
  // An orphan carried from an earlier draft has no place on this text: listed, never drawn.
  const drawn = (a: Annotation | undefined): a is Annotation => a !== undefined && !isOrphan(a);
  // Unchanged records are the same objects: skip them first (5,000 per key press otherwise).
  for (const [id, annotation] of previous) {
    const now = next.get(id);
    if (now !== annotation && drawn(annotation) && !drawn(now)) removed.push(id);
  }
  for (const [id, annotation] of next) {
    const old = previous.get(id);
    if (old === annotation || !drawn(annotation)) continue;
    if (!drawn(old)) added.push(toMark(annotation));
    else updated.push(toMark(annotation));
  }
  const metas: AnnotationDecorationsMeta[] = [];
  if (removed.length > 0) metas.push({ type: 'remove', ids: removed });
  if (added.length > 0) metas.push({ type: 'add', marks: added });
  if (updated.length > 0) metas.push({ type: 'update', marks: updated });
  return metas;
}
