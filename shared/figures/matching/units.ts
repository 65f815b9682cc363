/**
 * Unit families for matching: two figures can only be the same quantity when their units fold to the
 * same key. The detector already strips multipliers (`億元` → `元` × 1e8) and prefers Traditional forms;
 * this folds what is left (Simplified characters, English names) so a Simplified draft matches a
 * Traditional bulletin and `percent` matches `%`.
 */
import { toTraditional } from '../script-fold';

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
  dollar: 'USD',
  dollars: 'USD',
  yuan: '元',
  rmb: '元',
  cny: '元',
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
