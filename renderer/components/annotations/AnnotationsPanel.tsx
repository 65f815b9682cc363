/**
 * The "Annotations" side-panel tab: filters and search, then the document's annotations in text order.
 * Clicking a card scrolls the text to it and flashes it; hovering a card marks its text and hovering
 * text marks its card. Only the first cards are rendered (more on demand) so 5,000 annotations stay fast.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { collectFacets, filterAnnotations } from '../../../shared/annotations/filter';
import { useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { annotationSummary, formatTime, shortQuote } from './annotation-labels';
import { goToAnnotation } from './AnnotationsOverlay';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationLegend } from './Legend';

/** Cards rendered per page of the list. */
const pageSize = 200;

export function AnnotationsPanel() {
  const { t, i18n } = useTranslation('annotations');
  const handle = useEditorHandle();
  const [limit, setLimit] = useState(pageSize);
  const s = useAppStore(
    useShallow((state) => ({
      list: state.annotationList,
      index: state.annotationSearchIndex,
      filter: state.annotationFilter,
      setFilter: state.setAnnotationFilter,
      selected: state.selectedAnnotationId,
      hovered: state.hoveredAnnotationIds,
      hover: state.hoverAnnotations,
      replies: state.repliesByAnnotation,
      custom: state.customCategories,
      openDialog: state.openAnnotationDialog,
    })),
  );
  const filter = useDeferredValue(s.filter);
  const shown = useMemo(() => filterAnnotations(s.list, filter, s.index), [s.list, filter, s.index]);
  const facets = useMemo(() => collectFacets(s.list), [s.list]);
  const hovered = new Set(s.hovered);
  return (
    <div className="tm-anno-panel" data-testid="annotations-panel">
      <AnnotationLegend />
      <AnnotationFilters
        filter={s.filter}
        facets={facets}
        customCategories={s.custom}
        onChange={s.setFilter}
      />
      <p className="tm-muted" data-testid="annotation-count" aria-live="polite">
        {t('panel.count', { shown: shown.length, total: s.list.length })}
      </p>
      {s.list.length === 0 && <p className="tm-muted">{t('panel.empty')}</p>}
      <ol className="tm-anno-cards" data-testid="annotation-list">
        {shown.slice(0, limit).map((annotation) => {
          const replyCount = s.replies.get(annotation.id)?.length ?? 0;
          const { body } = annotation;
          return (
            <li
              key={annotation.id}
              className={`tm-anno-card tm-anno-swatch-${annotation.kind}${annotation.id === s.selected ? ' tm-anno-card-selected' : ''}${hovered.has(annotation.id) ? ' tm-anno-card-hovered' : ''}`}
              data-testid="annotation-card"
              data-annotation-id={annotation.id}
              data-kind={annotation.kind}
              onMouseEnter={() => s.hover([annotation.id])}
              onMouseLeave={() => s.hover([])}
            >
              <button
                type="button"
                className="tm-anno-card-main"
                data-testid="annotation-card-go"
                onClick={() => handle && goToAnnotation(handle, annotation.id)}
                onDoubleClick={() => s.openDialog({ mode: 'edit', id: annotation.id })}
              >
                <span className="tm-anno-card-kind">{annotationSummary(t, annotation, s.custom)}</span>
                <q className="tm-anno-card-quote">{shortQuote(annotation.target.exact)}</q>
                {body.kind === 'claim' && body.tags.length > 0 && (
                  <span className="tm-anno-card-tags">{body.tags.map((tag) => `#${tag}`).join(' ')}</span>
                )}
                {body.kind === 'comment' && body.text && (
                  <span className="tm-anno-card-text">{shortQuote(body.text, 120)}</span>
                )}
                {body.kind === 'figure' && body.note && (
                  <span className="tm-anno-card-text">{shortQuote(body.note, 120)}</span>
                )}
                <span className="tm-muted tm-anno-card-meta">
                  {annotation.author || t('comment.anonymous')} ·{' '}
                  {formatTime(annotation.updatedAt, i18n.language)}
                  {replyCount > 0 ? ` · ${t('panel.replies', { count: replyCount })}` : ''}
                </span>
              </button>
              <button
                type="button"
                className="tm-link-button"
                data-testid="annotation-card-open"
                onClick={() => s.openDialog({ mode: 'edit', id: annotation.id })}
              >
                {t(annotation.kind === 'comment' ? 'panel.openThread' : 'panel.open')}
              </button>
            </li>
          );
        })}
      </ol>
      {shown.length > limit && (
        <button type="button" data-testid="annotation-more" onClick={() => setLimit(limit + pageSize)}>
          {t('panel.showMore', { count: Math.min(pageSize, shown.length - limit) })}
        </button>
      )}
    </div>
  );
}
