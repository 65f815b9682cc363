/**
 * Scoring of a detector run against hand labels, per the Scoring section of docs/figures-spec.md:
 * a detected figure is a true positive when its span overlaps a labelled figure with the same value,
 * high and unit; a false positive when it overlaps no labelled figure or one that differs. Spans
 * labelled `either` count neither way, `not` spans count as no figure. Units are compared after folding
 * Simplified to Traditional and plain English names (`percent` = `%`, `years` = `年`).
 */
import type { DetectedFigure } from './types';
import { toTraditional, unitInfo } from './units';

/** One labelled span, as stored in `*.figures.json`. */
export interface LabelledSpan {
  start: number;
  end: number;
  text: string;
  label: 'figure' | 'not' | 'either';
  value?: number;
  high?: number;
  unit?: string;
  qualifier?: string;
}

export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Detected figures counted as false positives, with the label they overlapped if any. */
  wrong: Array<{ figure: DetectedFigure; label?: LabelledSpan }>;
  /** Labelled figures no detected figure matched. */
  missed: LabelledSpan[];
}

const ENGLISH_UNIT_NAMES: Record<string, string> = {
  percent: '%',
  'per cent': '%',
  year: '年',
  years: '年',
  'percentage points': '百分點',
  'percentage point': '百分點',
  個百分點: '百分點',
  // A span of months: 個月 as the detector writes it, 月 or months as a labeller may.
  月: '個月',
  month: '個月',
  months: '個月',
  // Units of measure by their English names (the spec's `years` = `年`, for every unit).
  metre: '米',
  meter: '米',
  kilometre: '公里',
  kilometer: '公里',
  km: '公里',
  'square metre': '平方米',
  'square meter': '平方米',
  'square kilometre': '平方公里',
  'square kilometer': '平方公里',
  'cubic metre': '立方米',
  'cubic meter': '立方米',
  hectare: '公頃',
  tonne: '噸',
  kilogram: '公斤',
  kg: '公斤',
  litre: '升',
  liter: '升',
  hour: '小時',
  minute: '分鐘',
  second: '秒',
  day: '天',
  // 逗留2.3日: days written 日, as a span of time the same unit as 天.
  日: '天',
  week: '週',
  times: '倍',
  // Counts of people and of visits, by their English names.
  person: '人',
  persons: '人',
  people: '人',
  arrival: '人次',
  'visitor arrival': '人次',
  visit: '人次',
  'passenger trip': '人次',
  trip: '人次',
  'full-time equivalent': 'FTE',
  'full time equivalent': 'FTE',
  'whole-time equivalent': 'WTE',
  'whole time equivalent': 'WTE',
  'sq ft': 'square feet',
  'square foot': 'square feet',
  'square feet': 'square feet',
  mile: '英里',
  // One currency, two names: 港元 after the number, HKD from HK$ or 港幣 before it.
  港元: 'HKD',
  港幣: 'HKD',
};

/**
 * One currency, many names: a code or sign as a labeller may write it → the code the detector gives.
 * Written Chinese names (`英鎊`, `澳門元`, `新臺幣`) fold through the unit table instead.
 */
const CURRENCY_CODES: Record<string, string> = {
  美元: 'USD',
  US$: 'USD',
  $: 'USD',
  NTD: 'TWD',
  NT$: 'TWD',
  HK$: 'HKD',
  MOP$: 'MOP',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  RMB: '元',
  CNY: '元',
};

/**
 * The unit as scoring compares it: Traditional characters, plain English names folded, plurals singular,
 * and every written form of one physical unit folded to the detector's canonical one through the unit
 * table (`公尺` = `米`, `立方公尺` = `立方米`, `瓩` = `千瓦`, `公噸` = `噸`, `澳門元` = `MOP`), since the same
 * quantity in another spelling is not an error.
 */
export function foldUnitForScoring(unit: string | undefined): string {
  const trimmed = (unit ?? '').trim();
  const traditional = toTraditional(trimmed).replace(/％/g, '%');
  const lower = traditional.toLowerCase();
  // metres = metre: an English plural names the same unit (but `ms`, `Mbps` are not plurals).
  const named =
    ENGLISH_UNIT_NAMES[lower] ?? (lower.length > 3 ? ENGLISH_UNIT_NAMES[lower.replace(/s$/, '')] : undefined);
  if (named) return named;
  // `call centers` = `centers`: an English count is scored by its head noun (the spec's unit is the noun
  // that ends the phrase), so how much of the phrase a labeller kept is a naming choice.
  const words = /^[a-z][a-z-]*(?: [a-z][a-z-]*)+$/.test(lower) ? lower.split(' ') : undefined;
  if (words) return foldUnitForScoring(words[words.length - 1]);
  const canonical = unitInfo(traditional)?.canonical ?? traditional;
  const code = CURRENCY_CODES[canonical];
  if (code) return code;
  if (canonical !== traditional) return canonical;
  // weeks = week, FTEs = FTE: a plural is a naming choice, not a different unit.
  const singular =
    /^[A-Za-z][A-Za-z -]*[^s]s$/.test(traditional) && !/bps$/i.test(traditional)
      ? traditional.slice(0, -1)
      : traditional;
  // Singaporeans = singaporeans: a noun capitalised as a name or not is the same count (units written in
  // capitals, `MW`, `FTE`, keep their case: `mW` is another unit).
  return /^[A-Z][a-z]{4,}$/.test(singular) ? singular.toLowerCase() : singular;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A quantity as scoring compares it: the unit folded, and tenths (`成`) as the percentage they are
 * (`三成` = 3 成 = 30 %), so writing one or the other is a naming choice, not an error.
 */
function scored(value: number | undefined, high: number | undefined, unit: string | undefined) {
  const folded = foldUnitForScoring(unit);
  if (folded !== '成') return { value, high, unit: folded };
  const percent = (n: number | undefined): number | undefined => (n === undefined ? n : n * 10);
  return { value: percent(value), high: percent(high), unit: '%' };
}

function matches(figure: DetectedFigure, label: LabelledSpan): boolean {
  if (label.label !== 'figure') return false;
  const a = scored(figure.value, figure.high, figure.unit);
  const b = scored(label.value, label.high, label.unit);
  return sameNumber(a.value, b.value) && sameNumber(a.high, b.high) && a.unit === b.unit;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Scores `detected` against `labels` (both in any order). */
export function evaluateDetection(detected: DetectedFigure[], labels: LabelledSpan[]): DetectionScore {
  const figures = labels.filter((l) => l.label === 'figure');
  const matched = new Set<LabelledSpan>();
  let truePositives = 0;
  const wrong: DetectionScore['wrong'] = [];
  for (const figure of detected) {
    const hits = labels.filter((l) => overlaps(l, figure));
    if (hits.some((l) => l.label === 'either')) continue;
    const hit = hits.find((l) => matches(figure, l));
    if (hit) {
      truePositives++;
      matched.add(hit);
    } else {
      wrong.push({ figure, label: hits.find((l) => l.label === 'figure') ?? hits[0] });
    }
  }
  const missed = figures.filter((l) => !matched.has(l));
  const falsePositives = wrong.length;
  const falseNegatives = missed.length;
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = figures.length === 0 ? 1 : (figures.length - falseNegatives) / figures.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1, wrong, missed };
}
