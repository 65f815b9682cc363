/**
 * Checks what a reviewer types into the figures audit forms and turns it into stored shapes: a URL
 * source with a pasted quote, a hand-made link locator (page, sheet and cell, or quote), and a team
 * status for the legend. Problems come back as i18n keys in the `figures` namespace, so the form can
 * say what was wrong in the reviewer's language; nothing is stored when a check fails.
 */
import type { SourceLocator } from '../../shared/figures/matching/locator';
import {
  customStatusId,
  statusGroups,
  validateCustomStatuses,
  type CustomStatus,
  type FigureStatusDef,
  type StatusGroup,
} from '../../shared/figures/statuses';
import type { ImportedSource } from '../../shared/model/source';

/** Either a value or the i18n key of the problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const fail = <T>(problem: string): Checked<T> => ({ ok: false, problem });

/** Longest pasted quote kept (characters); a quote is a passage, not a whole page. */
export const maxQuoteLength = 20_000;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A URL source whose text is the pasted quote; the sha256 is of the quote, so pasting it twice is one source. */
export async function makeUrlSource(url: string, quote: string): Promise<Checked<ImportedSource>> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return fail('url.badUrl');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('url.badUrl');
  const text = quote.trim();
  if (!text) return fail('url.noQuote');
  if (text.length > maxQuoteLength) return fail('url.quoteTooLong');
  return {
    ok: true,
    value: {
      title: parsed.hostname,
      fileName: parsed.href,
      format: 'url',
      sha256: await sha256Hex(text),
      byteLength: new TextEncoder().encode(text).byteLength,
      text,
      regions: [],
      url: parsed.href,
    },
  };
}

/** What the reviewer typed to say where in a source a figure comes from. */
export type ManualLocator =
  | { kind: 'page'; page: number }
  | { kind: 'cell'; sheet: string; cell: string }
  | { kind: 'quote'; quote: string };

/** The passage a hand-made link points at. */
export interface ResolvedPlace {
  start: number;
  end: number;
  locator: SourceLocator;
  quote: string;
}

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/**
 * Finds the place in `source`: the page's region (a source without pages, such as a URL quote, accepts
 * any page and points at its start), the cell's region, or the first occurrence of the quote.
 */
export function resolveLocator(
  source: Pick<ImportedSource, 'text' | 'regions'>,
  locator: ManualLocator,
): Checked<ResolvedPlace> {
  if (locator.kind === 'page') {
    if (!Number.isInteger(locator.page) || locator.page < 1) return fail('link.badPage');
    const pages = source.regions.filter((r) => r.kind === 'page');
    if (pages.length === 0)
      return {
        ok: true,
        value: { start: 0, end: 0, locator: { kind: 'page', page: locator.page }, quote: '' },
      };
    const region = pages.find((r) => r.page === locator.page);
    if (!region) return fail('link.noSuchPage');
    const quote = excerpt(source.text.slice(region.start, region.end).trim());
    return {
      ok: true,
      value: { start: region.start, end: region.end, locator: { kind: 'page', page: locator.page }, quote },
    };
  }
  if (locator.kind === 'cell') {
    const sheet = locator.sheet.trim();
    const cell = locator.cell.trim().toUpperCase();
    if (!sheet || !/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(cell)) return fail('link.badCell');
    const region = source.regions.find(
      (r) =>
        r.kind === 'cell' && r.sheet.toLowerCase() === sheet.toLowerCase() && r.cell.toUpperCase() === cell,
    );
    if (!region || region.kind !== 'cell') return fail('link.noSuchCell');
    return {
      ok: true,
      value: {
        start: region.start,
        end: region.end,
        locator: { kind: 'cell', sheet: region.sheet, cell: region.cell },
        quote: source.text.slice(region.start, region.end),
      },
    };
  }
  const quote = locator.quote.trim();
  if (!quote) return fail('link.noQuote');
  const start = source.text.indexOf(quote);
  if (start < 0) return fail('link.quoteNotFound');
  return {
    ok: true,
    value: { start, end: start + quote.length, locator: { kind: 'text' }, quote: excerpt(quote) },
  };
}

/** What the legend form asks for. */
export interface StatusInput {
  label: string;
  letter: string;
  colour: string;
  group?: StatusGroup;
}

/** The team marks of a legend, as stored in settings. */
export const customOf = (legend: readonly FigureStatusDef[]): CustomStatus[] =>
  legend.flatMap((s) =>
    s.builtIn
      ? []
      : [
          {
            id: s.id,
            letter: s.letter,
            colour: s.colour,
            underline: s.underline,
            group: s.group,
            label: s.label ?? s.id,
          },
        ],
  );

/** Checks a new team mark against the legend; returns the full list of team marks to store. */
export function addToLegend(legend: readonly FigureStatusDef[], input: StatusInput): Checked<CustomStatus[]> {
  const label = input.label.trim();
  const letter = input.letter.trim().toUpperCase();
  const colour = input.colour.trim();
  const group = input.group ?? 'verified';
  if (!label || label.length > 40) return fail('legend.errorLabel');
  if (!/^[A-Z0-9]$/.test(letter)) return fail('legend.errorLetter');
  if (legend.some((s) => s.letter === letter)) return fail('legend.errorLetterTaken');
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return fail('legend.errorColour');
  if (!statusGroups.includes(group)) return fail('legend.errorLabel');
  const custom = customOf(legend);
  const status: CustomStatus = {
    id: customStatusId(label, new Set(legend.map((s) => s.id))),
    letter,
    colour: colour.toLowerCase(),
    underline: 'solid',
    group,
    label,
  };
  const next = [...custom, status];
  // The shared validator is the last word: whatever it rejects would be dropped on the next load.
  return validateCustomStatuses(next).statuses.length === next.length
    ? { ok: true, value: next }
    : fail('legend.errorLabel');
}
