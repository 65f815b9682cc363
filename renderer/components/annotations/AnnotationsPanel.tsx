/**
 * The "Annotations" side-panel tab: filters and search, then the document's annotations in text order.
 * Clicking a card scrolls the text to it and flashes it; hovering a card marks its text and hovering
 * text marks its card. The list is virtualised (AnnotationCardList), so 5,000 annotations stay fast.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { collectFacets, filterAnnotations } from '../../../shared/annotations/filter';
import { useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { AnnotationCardList } from './AnnotationCardList';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationLegend } from './Legend';
import { OrphansGroup } from '../carry/OrphansGroup';
import { isOrphan } from '../../state/carry-slice';

export function AnnotationsPanel() {
  const { t } = useTranslation('annotations');
  const handle = useEditorHandle();
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
  const hovered = useMemo(() => new Set(s.hovered), [s.hovered]);
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
      <AnnotationCardList
        shown={shown}
        selected={s.selected}
        hovered={hovered}
        replies={s.replies}
        custom={s.custom}
        handle={handle}
        hover={s.hover}
        openDialog={s.openDialog}
      />
      <OrphansGroup />
    </div>
  );
}
