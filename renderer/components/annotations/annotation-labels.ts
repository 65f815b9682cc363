/**
 * Translated labels for annotation kinds, categories and statuses. Built-in values are translated;
 * custom categories show the label the reviewer typed; unknown statuses (tickmarks the figures feature
 * adds) show their id.
 */
import type { TFunction } from 'i18next';
import type { Annotation, CustomCategory } from '../../../shared/annotations/model';
import { builtInClaimCategories, builtInFigureStatuses } from '../../../shared/annotations/model';

export function categoryLabel(t: TFunction, id: string, custom: readonly CustomCategory[]): string {
  if ((builtInClaimCategories as readonly string[]).includes(id)) return t(`annotations:category.${id}`);
  return custom.find((category) => category.id === id)?.label ?? id.replace(/^custom:/, '');
}

export function figureStatusLabel(t: TFunction, id: string): string {
  return (builtInFigureStatuses as readonly string[]).includes(id) ? t(`annotations:status.${id}`) : id;
}

/** One line saying what an annotation is: "Claim · Target", "Comment · Open", … */
export function annotationSummary(
  t: TFunction,
  annotation: Annotation,
  custom: readonly CustomCategory[],
): string {
  const kind = t(`annotations:kind.${annotation.kind}`);
  const { body } = annotation;
  switch (body.kind) {
    case 'highlight':
      return kind;
    case 'claim':
      return `${kind} · ${categoryLabel(t, body.category, custom)}`;
    case 'comment':
      return `${kind} · ${t(body.resolved ? 'annotations:comment.resolvedState' : 'annotations:comment.openState')}`;
    case 'figure':
      return `${kind} · ${body.dismissed ? t('annotations:status.dismissed') : figureStatusLabel(t, body.status)}`;
  }
}

/** A quote shortened for cards and lists. */
export const shortQuote = (exact: string, max = 80): string =>
  exact.length > max ? `${exact.slice(0, max - 1)}…` : exact;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Local date and time for entries in threads and cards. One formatter per language, reused: building
 * an Intl.DateTimeFormat costs about a millisecond, which hundreds of cards would pay on every render.
 */
export function formatTime(iso: string, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(iso));
}
