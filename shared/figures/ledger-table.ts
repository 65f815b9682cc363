/**
 * The figure ledger as a table to hand in (CSV, XLSX): one row per figure of the ledger
 * (./matching/ledger.ts) with the reviewer's decision and its accepted source links, and one row per
 * link for the "Sources" sheet. The app builds it from the open version's state, the CLI from a draft and
 * a Web Annotation file; writers in electron/services/ledger turn it into bytes. It crosses the bridge, so
 * its schema sits beside the type.
 */
import { z } from 'zod';
import type { Annotation } from '../annotations/model';
import type { ExportedFigureLink } from '../annotations/w3c-export';
import { formatLocator } from './matching/locator';
import type { LedgerRow } from './matching/ledger';
import { englishStatusLabels, type FigureStatusDef } from './statuses';

export const ledgerFigureRowSchema = z.object({
  section: z.string(),
  sentence: z.string(),
  figure: z.string(),
  /** Normalised value (multipliers applied); null for a figure without one. */
  value: z.number().nullable(),
  unit: z.string(),
  statusLetter: z.string(),
  statusLabel: z.string(),
  /** Accepted sources, `; `-separated. */
  source: z.string(),
  /** Their locators (`p. 3`, `Sheet1!B7`), in the same order. */
  locator: z.string(),
  note: z.string(),
  reviewer: z.string(),
  /** ISO time of the last decision, or '' for a figure nobody has touched. */
  updated: z.string(),
});
export type LedgerFigureRow = z.infer<typeof ledgerFigureRowSchema>;

export const ledgerSourceRowSchema = z.object({
  figure: z.string(),
  section: z.string(),
  source: z.string(),
  locator: z.string(),
  quote: z.string(),
});
export type LedgerSourceRow = z.infer<typeof ledgerSourceRowSchema>;

export const ledgerTableSchema = z.object({
  title: z.string().max(500),
  figures: z.array(ledgerFigureRowSchema).max(200_000),
  sources: z.array(ledgerSourceRowSchema).max(200_000),
});
/** What the writers need: the figures and the sources sheet. */
export type LedgerTable = z.infer<typeof ledgerTableSchema>;

/** Column keys and English headers, in file order. */
export const ledgerFigureColumns = [
  ['section', 'Section'],
  ['sentence', 'Sentence'],
  ['figure', 'Figure as written'],
  ['value', 'Value'],
  ['unit', 'Unit'],
  ['statusLetter', 'Status'],
  ['statusLabel', 'Status label'],
  ['source', 'Source'],
  ['locator', 'Locator'],
  ['note', 'Note'],
  ['reviewer', 'Reviewer'],
  ['updated', 'Updated'],
] as const satisfies readonly (readonly [keyof LedgerFigureRow, string])[];

export const ledgerSourceColumns = [
  ['figure', 'Figure as written'],
  ['section', 'Section'],
  ['source', 'Source'],
  ['locator', 'Locator'],
  ['quote', 'Quote in the source'],
] as const satisfies readonly (readonly [keyof LedgerSourceRow, string])[];

export interface LedgerTableInput {
  title: string;
  rows: readonly LedgerRow[];
  legend: readonly FigureStatusDef[];
  /** The figure annotations the rows point to (reviewer, updated). */
  annotations: readonly Annotation[];
  /** Accepted source links by annotation id. */
  links: ReadonlyMap<string, readonly ExportedFigureLink[]>;
  /** Label of a status; defaults to the custom label or the English built-in label. */
  statusLabel?: (status: FigureStatusDef) => string;
}

/** Builds the table; rows keep the ledger's (text) order. */
export function buildLedgerTable(input: LedgerTableInput): LedgerTable {
  const annotations = new Map(input.annotations.map((a) => [a.id, a]));
  const label = input.statusLabel ?? ((s: FigureStatusDef) => s.label ?? englishStatusLabels[s.id] ?? s.id);
  const figures: LedgerFigureRow[] = [];
  const sources: LedgerSourceRow[] = [];
  for (const row of input.rows) {
    const status = input.legend.find((s) => s.id === row.status);
    const annotation = row.annotationId ? annotations.get(row.annotationId) : undefined;
    const links = (row.annotationId && input.links.get(row.annotationId)) || [];
    figures.push({
      section: row.section,
      sentence: row.sentence,
      figure: row.text,
      value: row.value,
      unit: row.unit,
      statusLetter: status?.letter ?? '?',
      statusLabel: status ? label(status) : row.status,
      source: links.map((l) => l.source).join('; '),
      locator: links.map((l) => formatLocator(l.locator)).join('; '),
      note: row.note,
      reviewer: annotation?.author ?? '',
      updated: annotation?.updatedAt ?? '',
    });
    for (const link of links) {
      sources.push({
        figure: row.text,
        section: row.section,
        source: link.source,
        locator: formatLocator(link.locator),
        quote: link.quote,
      });
    }
  }
  return { title: input.title, figures, sources };
}
