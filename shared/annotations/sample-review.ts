/**
 * A small but complete review of a text, for tests of export, import, merge and the ledger: one of every
 * kind (claims with tags, a thread with two replies, a resolved thread, figures in several statuses, a
 * highlight overlapping a claim), with fixed ids and times. Quotes are found in the text given, so the
 * same review can be laid on any draft that contains them.
 */
import { createAnnotation, createReply, type Annotation, type AnnotationBody, type Reply } from './model';
import { createTarget } from './selectors';

export interface SampleReview {
  annotations: Annotation[];
  replies: Reply[];
}

/** A fixed uuid per number, so expected values can name ids. */
export const sampleId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Builds the review on `text`: each entry of `quotes` must occur in it (the first occurrence is used).
 * Defaults pick figures and phrases from the bundled sample report.
 */
export function makeSampleReview(
  text: string,
  ids: { documentId: string; versionId: string },
  options: { author?: string; now?: Date; quotes?: Partial<Record<SampleQuote, string>> } = {},
): SampleReview {
  const now = options.now ?? new Date('2026-11-30T08:00:00.000Z');
  const author = options.author ?? '陳審閱';
  const quotes = { ...defaultQuotes, ...options.quotes };
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new RangeError(`Sample quote "${quote}" does not occur in the text`);
    return createTarget(text, start, start + quote.length);
  };
  let n = 0;
  const make = (quote: SampleQuote, body: AnnotationBody) =>
    createAnnotation({ ...ids, target: at(quotes[quote]), body, author }, { id: sampleId(++n), now });
  const annotations = [
    make('claim', { kind: 'claim', category: 'achievement', tags: ['經濟', 'GDP'] }),
    make('highlight', { kind: 'highlight' }),
    make('thread', { kind: 'comment', text: '增速的口徑是什麼？', resolved: false }),
    make('resolved', { kind: 'comment', text: 'Checked against the bulletin.', resolved: true }),
    make('verified', figure('verified', 'Agrees with the statistical bulletin, p. 3')),
    make('disputed', figure('disputed', '公報為9.7億元')),
    make('unverified', figure('unverified', '')),
  ];
  const thread = annotations[2]!.id;
  const replies = [
    createReply(
      { annotationId: thread, author: 'Li Wei', text: '按可比價格計算。' },
      { id: sampleId(101), now },
    ),
    createReply(
      { annotationId: thread, author, text: 'Thanks — noted in the ledger.' },
      { id: sampleId(102), now: new Date(now.getTime() + 60_000) },
    ),
  ];
  return { annotations, replies };
}

const figure = (status: string, note: string): AnnotationBody => ({
  kind: 'figure',
  status,
  note,
  origin: 'detected',
  value: null,
  unit: '',
  dismissed: false,
});

export type SampleQuote =
  'claim' | 'highlight' | 'thread' | 'resolved' | 'verified' | 'disputed' | 'unverified';

/** Phrases of the bundled sample report (resources/samples/hecheng-work-report.txt). */
export const defaultQuotes: Record<SampleQuote, string> = {
  claim: '全年實現區內生產總值 264億元,同比增長4.9%',
  highlight: '同比增長4.9%',
  thread: '增長4.9%',
  resolved: '完成公共財政收入9.1億元',
  verified: '264億元',
  disputed: '9.1億元',
  unverified: '23705元',
};
