/**
 * The "Annotations" side-panel tab: filters and search, then the document's annotations in text order.
 * Clicking a card scrolls the text to it and flashes it; hovering a card marks its text and hovering
 * text marks its card. Only the first cards are rendered (more on demand) so 5,000 annotations stay fast.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { collectFacets, filterAnnotations } from '../../../shared/annotations/filter';
import { useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationLegend } from './Legend';
import { OrphansGroup } from '../carry/OrphansGroup';
import { isOrphan } from '../../state/carry-slice';

/**
 * Cards rendered per page of the list. A search swaps the whole page of cards, so its size is what a
 * keystroke costs: 100 (about ten screens of the panel) keeps search over 5,000 under 50 ms.
 */
const pageSize = 100;

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
  // Filtered in the same render as the keystroke (no useDeferredValue): over 5,000 annotations the
  // filter is a few milliseconds, and a deferred second pass only made the list appear later.
  // Orphans have no place in this draft: listed in their own group (OrphansGroup), not as cards.
  const shown = useMemo(
    () => filterAnnotations(s.list, s.filter, s.index).filter((a) => !isOrphan(a)),
    [s.list, s.filter, s.index],
  );
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
        {shown.slice(0, limit).map((annotation) => (
          <AnnotationCard
            key={annotation.id}
            annotation={annotation}
            t={t}
            language={i18n.language}
            replyCount={s.replies.get(annotation.id)?.length ?? 0}
            selected={annotation.id === s.selected}
            hovered={hovered.has(annotation.id)}
            custom={s.custom}
            handle={handle}
            hover={s.hover}
            openDialog={s.openDialog}
          />
        ))}
      </ol>
      <OrphansGroup />
      {shown.length > limit && (
        <button type="button" data-testid="annotation-more" onClick={() => setLimit(limit + pageSize)}>
          {t('panel.showMore', { count: Math.min(pageSize, shown.length - limit) })}
        </button>
      )}
    </div>
  );
}
