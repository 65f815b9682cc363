/**
 * Carry-over (issue 8): 1,000 annotations onto a new draft of about 1 MB, beside one bare
 * diff-match-patch diff of the same two texts (the building block, target < 300 ms for the carry), and
 * side by side with the Hypothesis strategy (./carry-hypothesis.ts) on the same work: time on the 1 MB
 * draft, accuracy on generated drafts with exact truth (sample + our Simplified Chinese and English
 * documents, and held-out ones: English and Traditional Chinese; 16 drafts of 100 annotations each) —
 * placed right among surviving annotations (pooled and per document), deleted ones placed anywhere,
 * figure checks on a wrong number. Times as wall time and as CPU time (the machine is shared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import DiffMatchPatch from 'diff-match-patch';
import type { BenchRow } from './run';
import { median, timeMedian } from './median';
import { carryAnnotations } from '../shared/anchoring/carry';
import { generateDraft } from '../shared/anchoring/testing/draft-generator';
import { sampleAnnotations } from '../shared/anchoring/testing/annotation-sampler';
import { scoreCarry, type AccuracyReport } from '../shared/anchoring/testing/accuracy';
import { hypothesisMatch } from './carry-hypothesis';
import { diffDocuments, markChanges } from '../shared/anchoring/changes';

const root = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const sample = read('resources/samples/hecheng-work-report.txt');

/** About 1 MB (UTF-8) of report text: revised copies of the sample, so passages are not verbatim repeats. */
function megabyteDraft(): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < 1_000_000; k++) {
    const copy = generateDraft(sample, { seed: 1000 + k, charsPerEdit: 60 }).text;
    parts.push(copy);
    bytes += Buffer.byteLength(copy, 'utf8');
  }
  return parts.join('\n\n');
}

function hypothesisResults(newText: string, annotations: ReturnType<typeof sampleAnnotations>) {
  return annotations.map((a) => {
    const place = hypothesisMatch(newText, a.target);
    return {
      id: a.id,
      // Hypothesis has no notion of "exact": only placed or not.
      verdict: place ? ('fuzzy' as const) : ('orphan' as const),
      target: place ? { ...a.target, start: place.start, end: place.end } : null,
    };
  });
}

const fixture = (name: string): string => read(`shared/anchoring/testing/fixtures/${name}`);
/**
 * The documents of the accuracy test. Eastmoor was held out in round 2 and tuned on in round 3; the
 * Traditional Chinese one has never been tuned on, nor has linwood (written in round 3 before any result
 * on it was seen).
 */
const documents: [string, string, number][] = [
  ['sample', sample, 160],
  ['zh-Hans', fixture('qinglin-work-report.txt'), 100],
  ['en', fixture('harbour-city-budget.txt'), 100],
  ['en, eastmoor (held out in round 2)', fixture('eastmoor-water-plan.txt'), 100],
  ['zh-Hant, held out', fixture('nanhe-budget-report.txt'), 100],
  ['en, linwood, held out (round 3)', fixture('linwood-library-annual-report.txt'), 100],
];
/** The language of a document of the list above, by its name. */
function languageOf(name: string): 'English' | 'Simplified Chinese' | 'Traditional Chinese' {
  if (name.startsWith('en')) return 'English';
  return name === 'zh-Hans' ? 'Simplified Chinese' : 'Traditional Chinese';
}

/** Seeds per document: the test's four and twelve more it never saw. */
const seeds = 16;

function accuracy(strategy: 'tickmark' | 'hypothesis'): AccuracyReport[][] {
  const perDocument: AccuracyReport[][] = [];
  for (const [, text, charsPerEdit] of documents) {
    const reports: AccuracyReport[] = [];
    perDocument.push(reports);
    for (let seed = 1; seed <= seeds; seed++) {
      const draft = generateDraft(text, { seed, charsPerEdit });
      const annotations = sampleAnnotations(text, 100, seed * 7);
      const results =
        strategy === 'tickmark'
          ? carryAnnotations(text, draft.text, annotations)
          : hypothesisResults(draft.text, annotations);
      reports.push(scoreCarry(text, draft, annotations, results));
    }
  }
  return perDocument;
}

/** Median CPU time (user + system, ms) of `runs` runs after a warm-up: what a loaded machine does not inflate. */
function cpuMedian(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const total = (reports: AccuracyReport[], key: keyof AccuracyReport): number =>
  reports.reduce((sum, r) => sum + (r[key] as number), 0);

export default async function carryBench(): Promise<BenchRow[]> {
  const oldText = megabyteDraft();
  const draft = generateDraft(oldText, { seed: 42, charsPerEdit: 400 });
  const annotations = sampleAnnotations(oldText, 1000, 5);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2;
  const bareDiff = (): void => {
    const diffs = dmp.diff_main(oldText, draft.text);
    dmp.diff_cleanupSemantic(diffs);
  };
  const diffMs = await timeMedian(5, bareDiff);
  const carry = (): unknown => carryAnnotations(oldText, draft.text, annotations);
  const carryMs = await timeMedian(5, carry);
  // Both diffs stop at a wall-clock budget (2 s), which a loaded machine reaches with little CPU spent:
  // the CPU-time rows lift the budget so that neither is cut short.
  const untimedDmp = new DiffMatchPatch();
  untimedDmp.Diff_Timeout = 60;
  const diffCpu = cpuMedian(3, () =>
    untimedDmp.diff_cleanupSemantic(untimedDmp.diff_main(oldText, draft.text)),
  );
  const carryCpu = cpuMedian(5, () =>
    carryAnnotations(oldText, draft.text, annotations, { diffTimeoutSeconds: 60 }),
  );
  // CARRY_BENCH_SPEED=1 measures the times only (the Hypothesis run and the accuracy take minutes).
  const speedOnly = process.env.CARRY_BENCH_SPEED === '1';
  const hypothesisMs = speedOnly
    ? NaN
    : await timeMedian(1, () => hypothesisResults(draft.text, annotations));
  // The changes view's work on opening: paragraph and inline diff, moves, and the marks of the
  // 1,000 annotations (the same ones stand in for both versions' annotations).
  const marked = annotations.map((a) => ({
    id: a.id,
    start: a.target.start,
    end: a.target.end,
    figure: false,
  }));
  const changes = (): unknown =>
    markChanges(diffDocuments(oldText, draft.text), oldText, draft.text, marked, marked);
  const changesMs = await timeMedian(5, changes);
  const changesCpu = cpuMedian(5, changes);

  const oursByDocument = speedOnly ? [] : accuracy('tickmark');
  const theirsByDocument = speedOnly ? [] : accuracy('hypothesis');
  const ours = oursByDocument.flat();
  const theirs = theirsByDocument.flat();
  const rate = (r: AccuracyReport[], a: keyof AccuracyReport, b: keyof AccuracyReport): number =>
    (100 * total(r, a)) / Math.max(1, total(r, b));
  const mb = (Buffer.byteLength(draft.text, 'utf8') / 1e6).toFixed(2);
  const rows: BenchRow[] = [
    {
      name: `carry 1,000 annotations to a ${mb} MB draft`,
      value: carryMs,
      unit: 'ms',
      baseline: { name: 'one dmp diff + cleanupSemantic of the two texts', value: diffMs },
      target: '< 300 ms',
    },
    {
      // The machine is shared: CPU time of this process (process.cpuUsage) is what load does not inflate.
      name: `  the same carry, CPU time`,
      value: carryCpu,
      unit: 'ms',
      baseline: { name: 'the same bare dmp diff without its time budget, CPU time', value: diffCpu },
      target: '< 300 ms',
    },
    {
      name: `changes view of two ${mb} MB drafts (diff, moves, 1,000 annotations marked)`,
      value: changesMs,
      unit: 'ms',
      baseline: { name: 'one dmp diff + cleanupSemantic of the two texts', value: diffMs },
      target: '< 1000 ms',
    },
    {
      name: `  the same changes view, CPU time`,
      value: changesCpu,
      unit: 'ms',
      baseline: { name: 'the same bare dmp diff without its time budget, CPU time', value: diffCpu },
      target: '< 1000 ms',
    },
  ];
  if (speedOnly) return rows;
  return [
    ...rows,
    {
      name: 'Hypothesis strategy, same 1,000 annotations and draft',
      value: hypothesisMs,
      unit: 'ms',
      baseline: { name: 'tickmark carry', value: carryMs },
      target: `tickmark ≥ 10× faster (now ${(hypothesisMs / carryMs).toFixed(1)}×)`,
    },
    {
      name: `surviving annotations placed right (${total(ours, 'survived')})`,
      value: rate(ours, 'survivedRight', 'survived'),
      unit: '%',
      baseline: { name: 'Hypothesis strategy', value: rate(theirs, 'survivedRight', 'survived') },
      target: '≥ 99.5 %',
    },
    ...documents.map(([name], k) => ({
      name: `  ${name} (${total(oursByDocument[k]!, 'survived')})`,
      value: rate(oursByDocument[k]!, 'survivedRight', 'survived'),
      unit: '%',
      baseline: {
        name: 'Hypothesis strategy',
        value: rate(theirsByDocument[k]!, 'survivedRight', 'survived'),
      },
      target: '≥ 99.5 %',
    })),
    // Per language, pooled over its documents (the bar is per language: sample, Simplified, English).
    ...(['English', 'Simplified Chinese', 'Traditional Chinese'] as const).map((language) => {
      const picked = (all: AccuracyReport[][]): AccuracyReport[] =>
        all.flatMap((reports, k) => (languageOf(documents[k]![0]) === language ? reports : []));
      return {
        name: `  all ${language} documents (${total(picked(oursByDocument), 'survived')})`,
        value: rate(picked(oursByDocument), 'survivedRight', 'survived'),
        unit: '%',
        baseline: {
          name: 'Hypothesis strategy',
          value: rate(picked(theirsByDocument), 'survivedRight', 'survived'),
        },
        target: '≥ 99.5 %',
      };
    }),
    {
      name: `deleted annotations placed anywhere (${total(ours, 'deleted')})`,
      value: rate(ours, 'deletedPlaced', 'deleted'),
      unit: '%',
      baseline: { name: 'Hypothesis strategy', value: rate(theirs, 'deletedPlaced', 'deleted') },
      target: '≤ 3 %',
    },
    {
      name: 'figure checks placed on a wrong number',
      value: total(ours, 'figuresOnWrongNumber'),
      unit: 'count',
      baseline: { name: 'Hypothesis strategy', value: total(theirs, 'figuresOnWrongNumber') },
      target: '0',
    },
    {
      name: 'annotations called exact whose text differs',
      value: total(ours, 'falseExact'),
      unit: 'count',
      target: '0',
    },
  ];
}
