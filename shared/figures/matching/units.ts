/**
 * Unit families for matching: two figures can only be the same quantity when their units fold to the
 * same key. The detector already strips multipliers (`億元` → `元` × 1e8) and prefers Traditional forms;
 * this folds what is left (Simplified characters, English names) so a Simplified draft matches a
 * Traditional bulletin and `percent` matches `%`.
 *
 * One currency vocabulary, whatever the document's language: `美元`, `US$`, `$`, `USD`, `dollars` are
 * USD; `元`, `人民幣`, `RMB`, `CNY`, `yuan` are 元 (renminbi). Hong Kong and New Taiwan dollars are
 * different currencies and stay apart: `港元`, `港幣`, `HK$`, `HKD` are HKD; `新臺幣`, `NT$`, `TWD` are
 * TWD, so `2760萬港元` never matches `$27.6 million`. A bare `元` in a Taiwanese document means New
 * Taiwan dollars, but the text alone cannot say so; it stays 元 (docs/figures-spec.md).
 */
import { toTraditional } from '../script-fold';
import { unitInfo } from '../units';

const englishUnits: Record<string, string> = {
  percent: '%',
  'per cent': '%',
  pct: '%',
  'percentage point': '百分點',
  'percentage points': '百分點',
  pp: '百分點',
  year: '年',
  years: '年',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  美元: 'USD',
  yuan: '元',
  rmb: '元',
  cny: '元',
  'rmb yuan': '元',
  人民幣: '元',
  人民币: '元',
  hkd: 'HKD',
  hk$: 'HKD',
  'hong kong dollars': 'HKD',
  港元: 'HKD',
  港幣: 'HKD',
  港币: 'HKD',
  twd: 'TWD',
  nt$: 'TWD',
  'new taiwan dollars': 'TWD',
  新臺幣: 'TWD',
  新台幣: 'TWD',
  新台币: 'TWD',
  mu: '畝',
  people: '人',
  persons: '人',
  person: '人',
  km: '公里',
  kilometres: '公里',
  kilometers: '公里',
  tonnes: '噸',
  tons: '噸',
  households: '戶',
};

/** The key two units must share to be compared (`亩` and `畝`, `percent` and `%` fold together). */
export function unitFamily(unit: string): string {
  const trimmed = unit.trim();
  const english = englishUnits[trimmed.toLowerCase()];
  if (english) return english;
  // 臺/台 are both used in Traditional text for the same measure word.
  return toTraditional(trimmed).replace(/臺/g, '台');
}

/**
 * True when `unit` is a unit the detector or this vocabulary knows (`元`, `萬人`'s `人`, `USD`, `%`,
 * `tonnes`), so a table's text cell is read as a unit only when it is one, never a row label.
 */
export function isKnownUnit(unit: string): boolean {
  const trimmed = unit.trim();
  if (!trimmed) return false;
  if (trimmed === '%' || trimmed === '％' || englishUnits[trimmed.toLowerCase()] !== undefined) return true;
  if (unitInfo(trimmed) !== undefined) return true;
  // Compound units: `噸公里`, `公里/百平方公里`.
  return trimmed
    .split('/')
    .every(
      (part) =>
        part !== '' &&
        (unitInfo(part) !== undefined || unitInfo(part.replace(/^[百千萬万]/, '')) !== undefined),
    );
}
