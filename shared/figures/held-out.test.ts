/// <reference types="vite/client" />
/**
 * The later held-out sets (held-out-2 to -40: labelled from the spec by labellers who never saw the
 * detector; each was first measured unseen, see docs/figures-blind.md). They are not tuning material: this
 * test only keeps the detector from getting worse on them than measured in docs/figures-blind.md, so a
 * change that helps the fixtures by hurting unseen documents fails. Raise the floors when accuracy rises.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import type { LabelledSpan } from './evaluate';
import { evaluateDetection } from './evaluate';

/** Each set's floors: micro F1 over its documents, and per document (0.97, the bar, unless said). */
const floors: Record<string, { micro: number; document?: number }> = {
  'held-out-2': { micro: 0.99 },
  'held-out-3': { micro: 0.99 },
  'held-out-4': { micro: 0.99 },
  // Measured first unseen (micro F1 0.903, docs/figures-blind.md), then its classes of error fixed.
  'held-out-5': { micro: 0.99 },
  // Measured first unseen (micro F1 0.963, docs/figures-blind.md), then its classes of error fixed (0.997).
  'held-out-6': { micro: 0.99 },
  // Measured first unseen (micro F1 0.917, docs/figures-blind.md), then its classes of error fixed (0.999).
  'held-out-7': { micro: 0.99 },
  // Measured first unseen after the held-out-7 fixes (micro F1 0.883), then its classes fixed (0.982); two
  // documents stay under the 0.97 (docs/figures-blind.md says which errors are left and why).
  'held-out-8': { micro: 0.98, document: 0.95 },
  // Measured first unseen on fbb46d0 (micro F1 0.957 and 0.962 for its two halves), then its classes fixed.
  'held-out-9': { micro: 0.99 },
  // Measured first unseen on c9089fa (micro F1 0.947 and 0.950 for its two halves), then its classes fixed.
  'held-out-10': { micro: 0.99 },
  // Measured first unseen on 64acbbd (micro F1 0.982 and 0.998 for its two halves, 0.991 in all; every
  // document ≥ 0.95), then its classes fixed.
  'held-out-11': { micro: 0.99 },
  // Measured first unseen on a058b6c (micro F1 0.957 and 0.940 for its two halves, 0.948 in all; the
  // Australian budget paper 0.754, the LegCo paper 0.890), then its classes fixed.
  'held-out-12': { micro: 0.99 },
  // Measured first unseen on 8cb9db7 (micro F1 0.921; a Hong Kong press release's table 0.741, an NHS
  // trust's board report 0.684), then its classes fixed.
  'held-out-13': { micro: 0.99 },
  // Measured first unseen on 0a9e3ec (micro F1 0.935; a Singapore KPI table with a unit column 0.818, a
  // Taiwan release whose table rows name their units 0.860), then its classes fixed.
  'held-out-14': { micro: 0.99 },
  // Measured first unseen on 2a8702e (micro F1 0.924; a UK audit report's table of rows with their own
  // units 0.699, a LegCo paper's lists under an `HK$ million` note 0.806), then its classes fixed (0.988).
  // The Victorian report stayed at 0.955 (a row short of a cell, counts whose noun is a list's) until round 13
  // read its list of staff (0.983, docs/figures-blind.md).
  'held-out-15': { micro: 0.99 },
  // Measured first unseen on 6e0d117 (micro F1 0.965; a US state audit report's tables 0.795), then its
  // classes fixed (0.997).
  'held-out-16': { micro: 0.99 },
  // Measured first unseen on cee59a0 (micro F1 0.875; an Australian budget paper's table of measures
  // 0.607, a Taiwan Control Yuan report 0.808), then its classes fixed (0.993).
  'held-out-17': { micro: 0.99 },
  // Measured first unseen on 4e1bff9 (micro F1 0.961; a Singapore release's annex table 0.864, a LegCo
  // paper's table under a titled unit 0.897), then its classes fixed (0.994).
  'held-out-18': { micro: 0.99 },
  // Measured first unseen on 60a7023 (micro F1 0.967; three documents 1.000, an Inspector General's
  // tables 0.848), then its classes fixed (0.995).
  'held-out-19': { micro: 0.99 },
  // Measured first unseen on cff93b5 (micro F1 0.917; a Singapore Budget Statement in Chinese, 新元, 0.610;
  // a Hong Kong Policy Address 0.914), then its classes fixed (0.988).
  // Round 13 lifted its Policy Address and Singapore statement to 0.986 (a part after `the first`, `至少一名`).
  'held-out-20': { micro: 0.99 },
  // Measured first unseen on ec22aa0 (micro F1 0.934; a Canadian results report's tab-separated tables
  // 0.637), then its classes fixed (0.982; an Irish audit chapter's nouns named sentences before, 0.926),
  // then in round 13 bare counts opening a clause (0.987; the Irish chapter 0.961).
  'held-out-21': { micro: 0.985, document: 0.95 },
  // Measured first unseen on 3013ea2 (micro F1 0.947; a UK statistical bulletin's counts named by their
  // subject 0.732), then two of its classes fixed (0.962; the bulletin 0.789), then more of the bulletin's
  // with held-out-23's (0.975; the bulletin 0.867, see docs/figures-blind.md), then the audit report's
  // bracketed shares and changes over a period, the bulletin's `one in twenty-five` and rates per thousand
  // (0.984; the audit report 0.943 -> 0.986, the bulletin 0.867 -> 0.895), then in round 13 subjects with a
  // place and years after a quarter (0.988; the bulletin 0.923).
  'held-out-22': { micro: 0.985, document: 0.92 },
  // Measured first unseen on d621aa0 (micro F1 0.891; a US CBO cost estimate's table under `Millions of
  // Dollars` 0.495, an ABS release 0.838), then its classes fixed (0.999).
  'held-out-23': { micro: 0.99 },
  // Measured first unseen on 900dc3f (micro F1 0.917; a New Zealand Treasury update that declares its dollars
  // without `in` 0.475, a Taiwan national accounts table's growth-rate column 0.928, a UK NAO report 0.932),
  // then its classes fixed (0.993). The Treasury update stays at 0.949: its labeller writes `US$68 per barrel`
  // as USD/barrel where every other labeller writes the money alone (docs/figures-blind.md).
  'held-out-24': { micro: 0.99, document: 0.94 },
  // Measured first unseen on 1e3c20f (micro F1 0.902; a Hong Kong LegCo brief declaring its 款額 in 港幣 and
  // a table under a lone `（百萬元）` 0.605, a Singapore financial statement with a section line under its
  // `$'000` row 0.679, an Irish annual report 0.889), then its classes fixed (0.996).
  'held-out-25': { micro: 0.99 },
  // Measured first unseen on 2726d7d (micro F1 0.960; a Canadian departmental plan's `planned FTEs` columns
  // 0.879, an Australian annual report's performance measures 0.915, a Taiwan table's `項次` column 0.945),
  // then its classes fixed (0.990; the Australian report 0.961), then in round 13 its rates per million
  // hours worked, a count after `additional` and `Two of the five` (0.997, every document ≥ 0.99).
  'held-out-26': { micro: 0.99 },
  // Measured first unseen on f69d4a1 (micro F1 0.886; a UK council budget report's `£000 … %` unit row 0.650,
  // a Hong Kong Controlling Officer's Report's tables 0.685, a Census and Statistics release's table 0.880),
  // then its classes fixed (0.995).
  'held-out-27': { micro: 0.99 },
  // Measured first unseen on dc5b94a (micro F1 0.949; 0.928 on 333d301, before the round's held-out-27 fixes; a
  // US state comptroller's `($ in thousands)` tables 0.682), then its classes fixed (0.996).
  'held-out-28': { micro: 0.99 },
  // Measured first unseen on ad0547a (micro F1 0.966, 0.965 on 333d301; an ANAO audit report 0.821, an NHS
  // trust's board report 0.920), then its classes fixed (0.995).
  'held-out-29': { micro: 0.99 },
  // Measured first unseen on 1668606 (micro F1 0.878; an English homelessness release's `Number of households`
  // table 0.581, a Singapore report declaring `Singapore\ndollars` over a line break 0.748, a Taiwan table under
  // `單位：年增率（%）` 0.762), then its classes fixed (0.993).
  'held-out-30': { micro: 0.99 },
  // Measured first unseen on 2a65b27 (micro F1 0.937; an Irish council report's indicator table and `Of these,`
  // parts 0.750, a Hong Kong Audit Commission table under `(Number of cases)` 0.769), then its classes fixed
  // (0.997).
  'held-out-31': { micro: 0.99 },
  // Measured first unseen on 45a939b (micro F1 0.976, the highest unseen score of any set; 0.974 on 333d301; a
  // Hong Kong Hospital Authority plan 0.916, a Control Yuan case 0.958), then its classes fixed (0.989; the plan
  // 0.947, its `43\npublic hospitals and institutions` and attendances by place left, docs/figures-blind.md).
  'held-out-32': { micro: 0.985, document: 0.94 },
  // Measured first unseen on 56c6f05 (micro F1 0.961, 0.934 on 333d301: the round's UK table rules took its Scottish
  // budget statement from 0.723 to 1.000 before it was seen; a Canadian Auditor General exhibit 0.685), then its
  // classes fixed (0.995).
  'held-out-33': { micro: 0.99 },
  // Measured first unseen on 97b8e18 (micro F1 0.884; an Australian Report on Government Services table with
  // a unit column 0.383, a UK fiscal outlook table whose section lines change its unit 0.847), then its
  // classes fixed (0.996); the GAO highlights stay at 0.969 (`the 1,304 it estimated it needed`, `all five`).
  'held-out-34': { micro: 0.99, document: 0.96 },
  // Measured first unseen on a5134b0 (micro F1 0.909; a US state's financial report table under a title
  // centred over its columns 0.468, a Controlling Officer's reply 0.867), then its classes fixed (0.999).
  'held-out-35': { micro: 0.99 },
  // Measured first unseen on 223471f (micro F1 0.925; a BLS summary table whose note of thousands holds for its
  // section 0.660, a NSW Auditor-General table whose headers count councils 0.804), then its classes fixed (0.996).
  'held-out-36': { micro: 0.99 },
  // Measured first unseen on bb02b7b (micro F1 0.929; an ONS table whose money note the layout fold joined to
  // the title's year 0.674, a NZ Auditor-General table 0.885), then its classes fixed (0.998).
  'held-out-37': { micro: 0.99 },
  // Measured first unseen on 3a6e074 (micro F1 0.914; an Irish CSO table under a row of '000 notes 0.662, an
  // Oregon budget brief's staff rows 0.814), then its classes fixed (0.977); a Macao table's income bands as row
  // labels (labelled MOP ranges) keep its release at 0.944 (docs/figures-blind.md).
  'held-out-38': { micro: 0.97, document: 0.94 },
  // Measured first unseen on bd8f9e0 (micro F1 0.939; the three Chinese documents 0.990-1.000, an Ontario Auditor
  // General table 0.772), then its classes fixed (0.981); round 15 split a NSW project table's `Start Complete`
  // head in two (its years no longer money) and joined `12,480\nFTEs` (0.999, docs/figures-blind.md).
  'held-out-39': { micro: 0.99 },
  // Measured unseen only in round 14, on fa8847a (micro F1 0.937; 0.908 on 97b8e18), then its classes fixed in
  // round 15 (0.993): headers that count the title's noun (`Started`/`Completed`), indicator rows under a heading,
  // compound ranges, `from 11 to eight full-time equivalent`, a count's level set against an elided count (0.998).
  'held-out-40': { micro: 0.99 },
  // Measured first unseen on 2d02541 and 26d30c2 (micro F1 0.942 on both; a Canadian performance-measures table
  // with row labels wrapped under their cells 0.750, an Australian hospital report's `(%)` table 0.828), then its
  // classes fixed (0.996).
  'held-out-41': { micro: 0.99 },
  // Measured first unseen on 2d02541 and 88a66bf (micro F1 0.921 on both; an Irish CSO table under a `'000  €  €  %`
  // unit row 0.538), then its classes fixed (0.987); a city bulletin's `元/人` column, labelled 元 against the per-unit
  // the other Chinese sets write, keeps it at 0.966 (docs/figures-blind.md).
  'held-out-42': { micro: 0.98, document: 0.96 },
  // Measured first unseen on 2d02541 and e85c0d8 (micro F1 0.947 on both; a Public Health Scotland table whose
  // `Over 12 weeks` column counts the patients beside it 0.808, a LegCo housing paper 0.813), then its classes
  // fixed (0.994).
  'held-out-43': { micro: 0.99 },
  // Measured unseen on 2d02541 (0.894) and d55d60b (0.898), round 15's start and the last of its fixes for other sets
  // (a CBO cost estimate 0.507), then its classes fixed (0.992, docs/figures-blind.md).
  'held-out-44': { micro: 0.99 },
};

// Every held-out set's texts and labels, by path (`./held-out-12/name.txt`): one glob for all of them.
const texts = import.meta.glob<string>('./held-out-*/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const labels = import.meta.glob<LabelledSpan[]>('./held-out-*/*.figures.json', {
  import: 'default',
  eager: true,
});
const setOf = (path: string): string => path.split('/')[1]!;

describe.each(Object.entries(floors))('%s', (name, floor) => {
  it('keeps micro F1 at or above its measured floor and every document at its floor (0.97 unless said), every label cut from its text', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const paths = Object.keys(texts).filter((path) => setOf(path) === name);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      const text = texts[path]!;
      const spans = labels[path.replace(/\.txt$/, '.figures.json')];
      if (!spans) throw new Error(`${path} has no labels`);
      for (const l of spans) expect(text.slice(l.start, l.end)).toBe(l.text);
      const score = evaluateDetection(detectFigures(text), spans);
      // The bar per document: none below 0.97 (a set whose last documents are short of it says so).
      expect(score.f1, path).toBeGreaterThanOrEqual(floor.document ?? 0.97);
      tp += score.truePositives;
      fp += score.falsePositives;
      fn += score.falseNegatives;
    }
    expect(tp + fn).toBeGreaterThan(250);
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(floor.micro);
  });
});

it('has floors for every held-out folder, and a folder for every floor', () => {
  expect([...new Set(Object.keys(texts).map(setOf))].sort()).toEqual(Object.keys(floors).sort());
});
