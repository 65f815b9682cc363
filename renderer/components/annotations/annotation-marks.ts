/**
 * From annotation records to what the decoration plugin draws (`AnnotationMark`), and the smallest set
 * of plugin metas that turns one list of records into another (records are replaced on change, so
 * object identity says "unchanged").
 */
import type { Annotation } from '../../../shared/annotations/model';
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
): AnnotationDecorationsMeta[] {
  const removed: string[] = [];
  const added: AnnotationMark[] = [];
  const updated: AnnotationMark[] = [];
  for (const id of previous.keys()) if (!next.has(id)) removed.push(id);
  for (const [id, annotation] of next) {
    const old = previous.get(id);
    if (!old) added.push(toMark(annotation));
    else if (old !== annotation) updated.push(toMark(annotation));
  }
  const metas: AnnotationDecorationsMeta[] = [];
  if (removed.length > 0) metas.push({ type: 'remove', ids: removed });
  if (added.length > 0) metas.push({ type: 'add', marks: added });
  if (updated.length > 0) metas.push({ type: 'update', marks: updated });
  return metas;
}
