/**
 * The cover page (what was reviewed, by whom, when, and what the review found) and the appendix (the
 * figure verification schedule and the orphaned annotations) of an annotated PDF. Plain HTML strings
 * styled by ./print-css.ts; every value is escaped.
 */
import { headingsFromText } from '../figures/outline';
import { escapeHtml as e, type PrintHeading } from './doc-to-print-html';
import { exportLabels, type ExportLabels } from './export-labels';
import {
  categoryLabel,
  formatValue,
  kindLabel,
  noteText,
  statusLabel,
  type PrintAnnotation,
  type PrintSelection,
} from './print-annotations';

export interface CoverFacts {
  title: string;
  draftNumber: number;
  fileName: string;
  sha256: string;
  exportedAt: Date;
}

const anonymous = '(anonymous)';
/** Threads named on the cover before the rest are only counted (keeps the cover to one page). */
const maxCoverThreads = 12;
const excerpt = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const swatch = (colour: string): string => `<span class="swatch" style="--c:${colour}"></span>`;
const num = (entry: PrintAnnotation): string =>
  `<span class="num" style="--c:${entry.colour}">${entry.number}</span>`;

/** Every author of the included annotations and their replies, sorted. */
export function reviewersOf(selection: PrintSelection): string[] {
  const names = new Set<string>();
  for (const entry of [...selection.placed, ...selection.orphans]) {
    names.add(entry.annotation.author || anonymous);
    for (const reply of entry.replies) names.add(reply.author || anonymous);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** UTC date and time as `2026-12-01 01:23 UTC`: the same in every locale, unambiguous in an audit file. */
export const formatStamp = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function countRows(rows: Array<[string, string, number]>): string {
  return rows
    .map(
      ([colour, label, count]) => `<tr><td>${swatch(colour)}${e(label)}</td><td class="n">${count}</td></tr>`,
    )
    .join('');
}

export function coverHtml(
  facts: CoverFacts,
  selection: PrintSelection,
  statusLabels: Record<string, string>,
  labels: ExportLabels = exportLabels(),
): string {
  const all = [...selection.placed, ...selection.orphans];
  const byKind = new Map<string, [string, number]>();
  const byStatus = new Map<string, [string, string, number]>();
  for (const entry of all) {
    const kind = kindLabel(entry, labels);
    byKind.set(kind, [byKind.get(kind)?.[0] ?? entry.colour, (byKind.get(kind)?.[1] ?? 0) + 1]);
    if (entry.status) {
      const label = `${entry.status.letter} ${statusLabel(entry.status, statusLabels)}`;
      byStatus.set(entry.status.id, [
        entry.status.colour,
        label,
        (byStatus.get(entry.status.id)?.[2] ?? 0) + 1,
      ]);
    }
  }
  const unresolved = all.filter((x) => x.annotation.body.kind === 'comment' && !x.annotation.body.resolved);
  // The cover is one page: long lists name the first threads and count the rest.
  const listed = unresolved.slice(0, maxCoverThreads);
  const more = unresolved.length - listed.length;
  const facts2: Array<[string, string]> = [
    [labels.facts.document, facts.title],
    [labels.facts.draft, String(facts.draftNumber)],
    [labels.facts.file, facts.fileName],
    [labels.facts.sha256, facts.sha256],
    [labels.facts.reviewers, reviewersOf(selection).join(', ') || '—'],
    [labels.facts.exported, formatStamp(facts.exportedAt)],
    [
      labels.facts.annotations,
      `${all.length}${selection.orphans.length ? ` (${labels.orphanedCount(selection.orphans.length)})` : ''}`,
    ],
  ];
  return `<section class="cover">
<h1>${e(facts.title)}</h1><div class="draft">${e(labels.annotatedReview(facts.draftNumber))}</div>
<dl class="facts">${facts2.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>
<h2>${e(labels.byKind)}</h2><table class="counts"><tbody>${countRows([...byKind].map(([k, [c, n]]) => [c, k, n]))}</tbody></table>
${byStatus.size ? `<h2>${e(labels.byStatus)}</h2><table class="counts"><tbody>${countRows([...byStatus.values()])}</tbody></table>` : ''}
<h2>${e(labels.unresolved(unresolved.length))}</h2>
${
  unresolved.length
    ? `<table class="counts"><tbody>${listed
        .map(
          (x) =>
            `<tr><td>${num(x)}</td><td>${e(excerpt(x.annotation.target.exact, 30))}</td><td>${e(excerpt(noteText(x, statusLabels, labels), 50))}</td><td class="n">${e(labels.replies(x.replies.length))}</td></tr>`,
        )
        .join('')}</tbody></table>${more > 0 ? `<p class="muted">${e(labels.moreThreads(more))}</p>` : ''}`
    : `<p class="muted">${e(labels.none)}</p>`
}
</section>`;
}

/** The section an offset falls in: the last heading at or before it. */
function sectionOf(headings: readonly PrintHeading[], offset: number): string {
  let found = '';
  for (const heading of headings) {
    if (heading.start > offset) break;
    found = heading.title;
  }
  return found;
}

export function appendixHtml(
  selection: PrintSelection,
  docHeadings: readonly PrintHeading[],
  text: string,
  statusLabels: Record<string, string>,
  labels: ExportLabels = exportLabels(),
): string {
  const headings = docHeadings.length > 0 ? docHeadings : headingsFromText(text);
  const figures = [...selection.placed, ...selection.orphans].filter(
    (x) => x.annotation.body.kind === 'figure',
  );
  const rows = figures.map((x) => {
    const body = x.annotation.body;
    if (body.kind !== 'figure') return '';
    const sources = x.sources.map((s) => (s.locator ? `${s.source}, ${s.locator}` : s.source)).join('; ');
    return `<tr><td>${num(x)}</td><td>${e(x.annotation.target.exact)}</td><td>${e(formatValue(body.value, body.high, body.unit))}</td><td>${e(x.start < 0 ? labels.orphaned : sectionOf(headings, x.start))}</td><td>${swatch(x.colour)}${e(`${x.status!.letter} ${statusLabel(x.status!, statusLabels)}`)}</td><td>${e(sources)}</td><td>${e(body.note)}</td></tr>`;
  });
  const schedule = figures.length
    ? `<table class="schedule"><colgroup><col style="width:6%"><col style="width:13%"><col style="width:17%"><col style="width:16%"><col style="width:15%"><col style="width:16%"><col style="width:17%"></colgroup>
<thead><tr>${labels.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p class="muted">${e(labels.noFigures)}</p>`;
  const orphans = selection.orphans.length
    ? `<ol class="orphans">${selection.orphans
        .map((x) => {
          const note = noteText(x, statusLabels, labels);
          const replies = x.replies
            .map((r) => `<div>↳ ${e(r.author || anonymous)}: ${e(r.text)}</div>`)
            .join('');
          return `<li>${num(x)} <strong>${e(kindLabel(x, labels))}</strong>${x.annotation.body.kind === 'claim' ? ` (${e(categoryLabel(x.annotation.body.category, labels))})` : ''} · ${e(x.annotation.author || anonymous)}<div>“<span class="quote">${e(x.annotation.target.exact)}</span>” ${e(labels.notFound)}</div>${note ? `<div>${e(note)}</div>` : ''}${replies}</li>`;
        })
        .join('')}</ol>`
    : `<p class="muted">${e(labels.noOrphans)}</p>`;
  return `<section class="appendix"><h1>${e(labels.appendix)}</h1>
<h2>${e(labels.schedule(figures.length))}</h2>${schedule}
<h2>${e(labels.orphans(selection.orphans.length))}</h2>${orphans}</section>`;
}
