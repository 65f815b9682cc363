/**
 * Every annotation under the pointer: on hover a passive list follows the pointer; on click it is pinned
 * and each entry opens its annotation, so overlapping annotations all stay reachable.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { annotationSummary, shortQuote } from './annotation-labels';

export function OverlapPopover() {
  const { t } = useTranslation('annotations');
  const { overlap, records, custom, openDialog, select, show } = useAppStore(
    useShallow((state) => ({
      overlap: state.annotationOverlap,
      records: state.annotationRecords.annotations,
      custom: state.customCategories,
      openDialog: state.openAnnotationDialog,
      select: state.selectAnnotation,
      show: state.showAnnotationOverlap,
    })),
  );
  if (!overlap) return null;
  const annotations = overlap.ids.flatMap((id) => {
    const annotation = records.get(id);
    return annotation ? [annotation] : [];
  });
  if (annotations.length === 0) return null;
  const left = Math.min(overlap.x + 12, window.innerWidth - 320);
  const top = Math.min(overlap.y + 16, window.innerHeight - 40 - annotations.length * 48);
  return (
    <div
      className={`tm-anno-overlap${overlap.pinned ? ' tm-anno-overlap-pinned' : ''}`}
      data-testid={overlap.pinned ? 'overlap-popover' : 'overlap-hover'}
      role={overlap.pinned ? 'dialog' : 'tooltip'}
      aria-label={t('overlap.title', { count: annotations.length })}
      style={{ left, top }}
    >
      <div className="tm-anno-overlap-title">{t('overlap.title', { count: annotations.length })}</div>
      <ul>
        {annotations.map((annotation) => (
          <li key={annotation.id}>
            <button
              type="button"
              className={`tm-anno-overlap-item tm-anno-swatch-${annotation.kind}`}
              data-testid="overlap-item"
              data-annotation-id={annotation.id}
              tabIndex={overlap.pinned ? 0 : -1}
              onClick={() => {
                select(annotation.id);
                openDialog({ mode: 'edit', id: annotation.id });
              }}
            >
              <span className="tm-anno-overlap-kind">{annotationSummary(t, annotation, custom)}</span>
              <span className="tm-anno-overlap-quote">{shortQuote(annotation.target.exact, 48)}</span>
            </button>
          </li>
        ))}
      </ul>
      {overlap.pinned && (
        <button
          type="button"
          className="tm-link-button"
          data-testid="overlap-close"
          onClick={() => show(null)}
        >
          {t('dialog.close')}
        </button>
      )}
    </div>
  );
}
