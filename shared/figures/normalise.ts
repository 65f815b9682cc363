/**
 * Normalisation of a detected quantity for comparison across documents, scripts and languages
 * (source matching and consistency checks build on it): the value in a base unit of its family, so
 * `264億元` = `264.0亿元` = `2,640,000万元` (all 26400000000 元 after detection), `2 km` = `2公里` =
 * 2000 米, `1.5萬畝` = 10000000 平方米, `4.9 percent` = `4.9%`, `US$3 million` = `300萬美元`.
 *
 * Detection already strips multipliers (`萬`, `億`, `million`) into `value`; this module only converts
 * between units of one family and folds spellings, Simplified to Traditional and English to one name.
 */
import { toTraditional } from './units';

/** What a unit measures; two quantities are comparable only within one family. */
export type QuantityFamily =
  | 'currency'
  | 'percent'
  | 'percentage-points'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'power'
  | 'energy'
  | 'duration'
  | 'ratio'
  | 'count';

export interface NormalisedQuantity {
  /** The value in `unit`. */
  value: number;
  /** Base unit of the family (`米`, `平方米`, `公斤`, `千瓦`, `千瓦時`, `天`, a currency code, `%`), or the count noun. */
  unit: string;
  family: QuantityFamily;
}

/** unit → [family, base unit, factor to base]. */
const CONVERSIONS: Record<string, readonly [QuantityFamily, string, number]> = {
  '%': ['percent', '%', 1],
  percent: ['percent', '%', 1],
  'per cent': ['percent', '%', 1],
  百分點: ['percentage-points', '百分點', 1],
  元: ['currency', 'CNY', 1],
  人民幣: ['currency', 'CNY', 1],
  美元: ['currency', 'USD', 1],
  USD: ['currency', 'USD', 1],
  港元: ['currency', 'HKD', 1],
  HKD: ['currency', 'HKD', 1],
  TWD: ['currency', 'TWD', 1],
  歐元: ['currency', 'EUR', 1],
  EUR: ['currency', 'EUR', 1],
  英鎊: ['currency', 'GBP', 1],
  GBP: ['currency', 'GBP', 1],
  日元: ['currency', 'JPY', 1],
  JPY: ['currency', 'JPY', 1],
  MOP: ['currency', 'MOP', 1],
  SGD: ['currency', 'SGD', 1],
  AUD: ['currency', 'AUD', 1],
  米: ['length', '米', 1],
  公里: ['length', '米', 1000],
  km: ['length', '米', 1000],
  miles: ['length', '米', 1609.344],
  毫米: ['length', '米', 0.001],
  釐米: ['length', '米', 0.01],
  mm: ['length', '米', 0.001],
  cm: ['length', '米', 0.01],
  平方米: ['area', '平方米', 1],
  平方公里: ['area', '平方米', 1e6],
  公頃: ['area', '平方米', 1e4],
  畝: ['area', '平方米', 10000 / 15],
  hectares: ['area', '平方米', 1e4],
  ha: ['area', '平方米', 1e4],
  acres: ['area', '平方米', 4046.8564224],
  'km²': ['area', '平方米', 1e6],
  km2: ['area', '平方米', 1e6],
  立方米: ['volume', '立方米', 1],
  升: ['volume', '立方米', 0.001],
  公斤: ['mass', '公斤', 1],
  kg: ['mass', '公斤', 1],
  噸: ['mass', '公斤', 1000],
  tonnes: ['mass', '公斤', 1000],
  tons: ['mass', '公斤', 1000],
  克: ['mass', '公斤', 0.001],
  斤: ['mass', '公斤', 0.5],
  千瓦: ['power', '千瓦', 1],
  kW: ['power', '千瓦', 1],
  兆瓦: ['power', '千瓦', 1000],
  MW: ['power', '千瓦', 1000],
  GW: ['power', '千瓦', 1e6],
  瓦: ['power', '千瓦', 0.001],
  千瓦時: ['energy', '千瓦時', 1],
  度: ['energy', '千瓦時', 1],
  kWh: ['energy', '千瓦時', 1],
  MWh: ['energy', '千瓦時', 1e3],
  GWh: ['energy', '千瓦時', 1e6],
  TWh: ['energy', '千瓦時', 1e9],
  年: ['duration', '天', 365],
  years: ['duration', '天', 365],
  月: ['duration', '天', 30],
  months: ['duration', '天', 30],
  週: ['duration', '天', 7],
  weeks: ['duration', '天', 7],
  天: ['duration', '天', 1],
  days: ['duration', '天', 1],
  小時: ['duration', '天', 1 / 24],
  hours: ['duration', '天', 1 / 24],
  '': ['ratio', '', 1],
};

/** The unit folded to one spelling: Traditional characters, `％` → `%`, trimmed. */
export function canonicalUnit(unit: string): string {
  return toTraditional(unit.trim())
    .replace(/％/g, '%')
    .replace(/^個百分點$/, '百分點');
}

/**
 * `value` in `unit` (as detection reports them) converted to the base unit of its family. Unknown units
 * are counts of that thing and keep their (folded) name: `6 個` and `6 个` are equal, `6 家` is not.
 */
export function normaliseQuantity(value: number, unit: string): NormalisedQuantity {
  const canonical = canonicalUnit(unit);
  const conversion = CONVERSIONS[canonical] ?? CONVERSIONS[canonical.toLowerCase()];
  if (!conversion) return { value, unit: canonical.toLowerCase(), family: 'count' };
  const [family, base, factor] = conversion;
  return { value: value * factor, unit: base, family };
}

/**
 * True when two quantities state the same amount: same family and base unit, and values equal within
 * `relativeTolerance` (default: exact up to float noise). Use a tolerance such as 0.005 to accept a
 * source that rounds (`26.4 billion` for `264.3億`).
 */
export function sameQuantity(
  a: { value: number; unit: string },
  b: { value: number; unit: string },
  relativeTolerance = 1e-9,
): boolean {
  const x = normaliseQuantity(a.value, a.unit);
  const y = normaliseQuantity(b.value, b.unit);
  if (x.family !== y.family || x.unit !== y.unit) return false;
  const scale = Math.max(Math.abs(x.value), Math.abs(y.value), Number.MIN_VALUE);
  return Math.abs(x.value - y.value) <= relativeTolerance * scale;
}
