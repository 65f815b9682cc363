/**
 * The annotations panel's cards, virtualised (@tanstack/react-virtual): only the cards in view and a
 * few either side are in the DOM, measured as they render (cards differ in height), so the list of a
 * heavy review (5,000 annotations) costs what a screenful costs. The keyboard walks it: ↑/↓, Page Up /
 * Page Down, Home / End move to a card, select its annotation and show it in the text (as the ledger
 * does); Enter on a card jumps, the Open button opens it. Each card keeps its place in the whole list
 * for assistive technology (`aria-posinset` / `aria-setsize`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, CustomCategory, Reply } from '../../../shared/annotations/model';
import type { AnnotationDialogState } from '../../state/annotations-slice';
import type { EditorHandle } from '../editor-handle';
import { AnnotationCard } from './AnnotationCard';
import { goToAnnotation } from './AnnotationsOverlay';

/**
 * Height of every card in px (annotations.css sets the same): kind, quote, text or tags, and meta lines.
 * Fixed, so the list never measures a card: measuring after the text's decorations changed forced a
 * layout of the whole document on each key press (hundreds of ms on a 1 MB draft).
 */
const cardHeight = 78;
const noReplies: Reply[] = [];

export interface AnnotationCardListProps {
  shown: readonly Annotation[];
  selected: string | null;
  hovered: ReadonlySet<string>;
  replies: ReadonlyMap<string, Reply[]>;
  custom: readonly CustomCategory[];
  handle: EditorHandle | null;
  hover(ids: readonly string[]): void;
  openDialog(dialog: AnnotationDialogState): void;
}

export function AnnotationCardList({
  shown,
  selected,
  hovered,
  replies,
  custom,
  handle,
  hover,
  openDialog,
}: AnnotationCardListProps) {
  const { t, i18n } = useTranslation('annotations');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => cardHeight,
    overscan: 6,
    gap: 6,
    // Stable between renders of one list: a new function re-measures all 5,000 items (tanstack memo).
    getItemKey: useCallback((index: number) => shown[index]!.id, [shown]),
  });
  // An annotation selected elsewhere (in the text, J/K) is brought into the list's window; one already
  // in view is left alone (scrolling reads the list's geometry, a forced layout after the text changed).
  const selectedIndex = selected ? shown.findIndex((a) => a.id === selected) : -1;
  useEffect(() => {
    if (selectedIndex < 0) return;
    const items = virtualizer.getVirtualItems();
    const inView = items.length > 2 && selectedIndex > items[0]!.index && selectedIndex < items.at(-1)!.index;
    if (!inView) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const focusCard = (id: string): void => {
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(
          `[data-annotation-id="${CSS.escape(id)}"] [data-testid="annotation-card-go"]`,
        )
        ?.focus({ preventScroll: true }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || shown.length === 0) return;
    const focusedId = (event.target as HTMLElement)
      .closest('[data-annotation-id]')
      ?.getAttribute('data-annotation-id');
    const from = shown.findIndex((a) => a.id === (focusedId ?? selected));
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 8,
      PageUp: -8,
      Home: -shown.length,
      End: shown.length,
    };
    if (!(event.key in step)) return;
    event.preventDefault();
    const to = Math.min(shown.length - 1, Math.max(0, from < 0 ? 0 : from + step[event.key]!));
    const target = shown[to]!;
    // Scroll the list first, while the layout is still clean; then select (which changes the text).
    virtualizer.scrollToIndex(to, { align: 'auto' });
    if (handle) goToAnnotation(handle, target.id);
    focusCard(target.id);
  };

  return (
    <div
      ref={scrollRef}
      className="tm-anno-cards-scroll"
      data-testid="annotation-list-scroll"
      tabIndex={shown.length > 0 ? 0 : -1}
      aria-label={t('workspace:annotations.listLabel')}
      role="group"
      onKeyDown={onKeyDown}
    >
      <ol
        className="tm-anno-cards"
        data-testid="annotation-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const annotation = shown[item.index]!;
          return (
            <AnnotationCard
              key={item.key}
              index={item.index}
              total={shown.length}
              top={item.start}
              annotation={annotation}
              t={t}
              language={i18n.language}
              replyCount={(replies.get(annotation.id) ?? noReplies).length}
              selected={annotation.id === selected}
              hovered={hovered.has(annotation.id)}
              custom={custom}
              handle={handle}
              hover={hover}
              openDialog={openDialog}
            />
          );
        })}
      </ol>
    </div>
  );
}
