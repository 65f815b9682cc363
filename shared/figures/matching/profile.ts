/**
 * Figures with what checks and matching need to know about them: the quantity (value, unit family,
 * precision) and the measure read from the text, plus the clause and sentence they sit in.
 */
import type { DetectedFigure } from '../types';
import { futureSections, headingsFromText, type OutlineHeading } from '../outline';
import { clauseAround, sentenceAround, type Span } from './clauses';
import { measureKey } from './fold';
import { readMeasure, type Measure } from './measure';
import { quantityOf, type Quantity } from './quantity';
import type { TableLabel } from './table-records';

export interface FigureProfile {
  /** Index of the figure in the list it was profiled from. */
  index: number;
  figure: DetectedFigure;
  quantity: Quantity;
  measure: Measure | null;
  clause: Span;
  sentence: Span;
}

/**
 * In a table row (`地區生產總值（億元）\t264.3`, as spreadsheets and CSV sources are extracted) the
 * measure is the row's first cell; units in brackets are left out of the name.
 */
function rowLabelMeasure(text: string, offset: number): Measure | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const tab = line.indexOf('\t');
  if (tab < 0) return null;
  const subject = line
    .slice(0, tab)
    .replace(/[(（][^)）]*[)）]/g, '')
    .trim();
  if (!subject || /^[\d.,\s%]+$/.test(subject)) return null;
  return { subject, key: measureKey(subject), aspect: 'level', period: 'current', ambiguous: false };
}

/** The measure a table record names: its row label, in its column's period and aspect. */
function labelMeasure(label: TableLabel | undefined): Measure | null {
  if (!label) return null;
  const measure: Measure = {
    subject: label.subject,
    key: measureKey(label.subject),
    aspect: label.aspect,
    period: label.period,
    ambiguous: false,
    column: label.column,
  };
  if (label.year !== undefined) measure.year = label.year;
  return measure;
}

export interface ProfileOptions {
  /** The draft's headings; read from the text when absent. Figures in a plan section are targets. */
  headings?: readonly OutlineHeading[];
  /** Measures known from the source's tables (a record's label and column), by figure start. */
  labels?: ReadonlyMap<number, TableLabel>;
}

/** Profiles `figures` (sorted by start, as `detectFigures` returns them) found in `text`. */
export function profileFigures(
  text: string,
  figures: readonly DetectedFigure[],
  options: ProfileOptions = {},
): FigureProfile[] {
  const headings = options.headings ?? headingsFromText(text);
  const ahead = futureSections(text, headings);
  // A statement that names no year is about the year its section names (`一、2024年工作回顧`), or
  // its enclosing section: each heading's year is its own or its parent's.
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const yearOf: (number | undefined)[] = [];
  const stack: { level: number; year: number | undefined }[] = [];
  for (const h of sorted) {
    while (stack.length > 0 && stack.at(-1)!.level >= h.level) stack.pop();
    const own = /((?:19|20)\d\d)\s*年/.exec(h.title)?.[1];
    const year = own !== undefined ? Number(own) : stack.at(-1)?.year;
    stack.push({ level: h.level, year });
    yearOf.push(year);
  }
  // Figures come sorted by start, so one pointer walks the headings once.
  let headingAt = -1;
  const sectionYear = (offset: number): number | undefined => {
    if (headingAt >= 0 && sorted[headingAt]!.start > offset) headingAt = -1;
    while (headingAt + 1 < sorted.length && sorted[headingAt + 1]!.start <= offset) headingAt++;
    return headingAt >= 0 ? yearOf[headingAt] : undefined;
  };
  const inFuture = (offset: number) => ahead.some((r) => offset >= r.start && offset < r.end);
  const profiles: FigureProfile[] = [];
  let previous: FigureProfile | undefined;
  for (const [index, figure] of figures.entries()) {
    const sentence = sentenceAround(text, figure.start, figure.end);
    const clause = clauseAround(text, figure.start, figure.end);
    const previousInSentence = previous !== undefined && previous.figure.end > sentence.start;
    // A table record names its numbers better than the words before them (a bare cell has none).
    const measure =
      labelMeasure(options.labels?.get(figure.start)) ??
      readMeasure(
        text,
        figure,
        previousInSentence ? previous!.figure.end : 0,
        previous?.measure ?? null,
        previousInSentence,
      ) ??
      rowLabelMeasure(text, figure.start);
    if (measure && inFuture(figure.start)) measure.period = 'target';
    if (measure && measure.year === undefined && !options.labels?.has(figure.start)) {
      const year = sectionYear(figure.start);
      if (year !== undefined) measure.year = year;
    }
    const profile: FigureProfile = {
      index,
      figure,
      quantity: quantityOf(figure),
      measure,
      clause,
      sentence,
    };
    profiles.push(profile);
    previous = profile;
  }
  return profiles;
}
