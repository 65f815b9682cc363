/**
 * One card of the annotations panel. Memoised: when one annotation changes, or the selection or hover
 * moves, only the cards concerned re-render, not the whole list.
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Annotation, CustomCategory } from '../../../shared/annotations/model';
import type { AnnotationDialogState } from '../../state/annotations-slice';
import type { EditorHandle } from '../editor-handle';
import { annotationSummary, formatTime, shortQuote } from './annotation-labels';
import { goToAnnotation } from './AnnotationsOverlay';

export interface AnnotationCardProps {
  /** Set by the virtual list: the card's index, the list's length, its offset and the measuring ref. */
  measureRef?: (element: Element | null) => void;
  index?: number;
  total?: number;
  top?: number;
  annotation: Annotation;
  /** The panel's `annotations` translator and language: one i18n subscription for the list, not one per card. */
  t: TFunction<'annotations'>;
  language: string;
  replyCount: number;
  selected: boolean;
  hovered: boolean;
  custom: readonly CustomCategory[];
  handle: EditorHandle | null;
  hover(ids: readonly string[]): void;
  openDialog(dialog: AnnotationDialogState): void;
}

export const AnnotationCard = memo(function AnnotationCard({
  measureRef,
  index,
  total,
  top,
  annotation,
  t,
  language,
  replyCount,
  selected,
  hovered,
  custom,
  handle,
  hover,
  openDialog,
}: AnnotationCardProps) {
  const { body } = annotation;
  return (
    <li
      ref={measureRef}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={total}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
      className={`tm-anno-card tm-anno-swatch-${annotation.kind}${selected ? ' tm-anno-card-selected' : ''}${hovered ? ' tm-anno-card-hovered' : ''}`}
      data-testid="annotation-card"
      data-annotation-id={annotation.id}
      data-kind={annotation.kind}
      onMouseEnter={() => hover([annotation.id])}
      onMouseLeave={() => hover([])}
    >
      <button
        type="button"
        className="tm-anno-card-main"
        data-testid="annotation-card-go"
        onClick={() => handle && goToAnnotation(handle, annotation.id)}
        onDoubleClick={() => openDialog({ mode: 'edit', id: annotation.id })}
      >
        <span className="tm-anno-card-kind">{annotationSummary(t, annotation, custom)}</span>
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
          {annotation.author || t('comment.anonymous')} · {formatTime(annotation.updatedAt, language)}
          {replyCount > 0 ? ` · ${t('panel.replies', { count: replyCount })}` : ''}
        </span>
      </button>
      <button
        type="button"
        className="tm-link-button"
        data-testid="annotation-card-open"
        onClick={() => openDialog({ mode: 'edit', id: annotation.id })}
      >
        {t(annotation.kind === 'comment' ? 'panel.openThread' : 'panel.open')}
      </button>
    </li>
  );
});
