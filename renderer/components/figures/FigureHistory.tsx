/**
 * A figure's short history, as audit tools show it: who added it, each status change (from → to), note,
 * dismissal and restoration with who and when (signed events on its annotation, state/annotation-events),
 * and each source link decided on it (the link's `by` and time). Oldest first, one line each:
 * "U → V by 李審計, 2026-12-02 10:14".
 */
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotations/model';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import { statusById, type FigureStatusDef } from '../../../shared/figures/statuses';
import type { FigureLink } from '../../db/figure-link-repository';
import { annotationEvents } from '../../state/annotation-events';
import { useAppStore } from '../../state/store';

/** `2026-12-02 10:14` in local time: short, unambiguous in every UI language. */
export function shortStamp(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export interface HistoryLine {
  at: string;
  /** i18n key in the workspace namespace and its parameters. */
  key: string;
  params: Record<string, string>;
}

/** The history lines of a figure annotation and its links, oldest first. */
export function figureHistory(
  annotation: Annotation,
  links: readonly FigureLink[],
  legend: readonly FigureStatusDef[],
  sourceName: (id: string) => string,
): HistoryLine[] {
  const letter = (id: string | undefined) => (id ? statusById(legend, id).letter : '?');
  const lines: HistoryLine[] = [
    { at: annotation.createdAt, key: 'history.added', params: { name: annotation.author } },
  ];
  for (const event of annotationEvents(annotation)) {
    const params = { name: event.by };
    if (event.type === 'status')
      lines.push({
        at: event.at,
        key: 'history.status',
        params: { ...params, from: letter(event.from), to: letter(event.to) },
      });
    else if (['note', 'dismissed', 'restored', 'edited'].includes(event.type))
      lines.push({ at: event.at, key: `history.${event.type}`, params });
  }
  for (const link of links) {
    if (link.annotationId !== annotation.id) continue;
    const key = link.taken
      ? 'history.taken'
      : link.state === 'accepted'
        ? 'history.linked'
        : 'history.rejected';
    lines.push({
      at: link.createdAt,
      key,
      params: { name: link.by ?? '', source: sourceName(link.sourceId) },
    });
  }
  return lines.sort((a, b) => a.at.localeCompare(b.at));
}

export function FigureHistory({ row }: { row: LedgerRow }) {
  const { t } = useTranslation('workspace');
  const annotation = useAppStore((s) =>
    row.annotationId ? s.annotationRecords.annotations.get(row.annotationId) : undefined,
  );
  const links = useAppStore((s) => s.figureLinks);
  const legend = useAppStore((s) => s.figureLegend);
  const sources = useAppStore((s) => s.figureSources);
  if (!annotation) return null;
  const lines = figureHistory(
    annotation,
    links,
    legend,
    (id) => sources.find((s) => s.id === id)?.fileName ?? '?',
  );
  return (
    <p className="tm-figure-history" data-testid="figure-history">
      <strong>{t('history.title')}</strong>{' '}
      {lines.map((line, index) => (
        <span key={index} data-testid="figure-history-line">
          {index > 0 ? '; ' : ''}
          {t(line.key, { ...line.params, name: line.params.name || t('events.anonymous') })},{' '}
          {shortStamp(line.at)}
        </span>
      ))}
    </p>
  );
}
