/**
 * Units as tables write them: in a unit column (`億元`), in brackets after a label or header
 * (`地區生產總值（億元）`, `GDP (billion yuan)`), or in a note above the table (`單位：億元`,
 * `单位：万元`, `(in millions of dollars)`, `Unit: RMB 100 million`). Each reads as a multiplier and a
 * canonical unit, the same canonical units the detector gives prose figures, so a table cell `264.3`
 * under `億元` is the quantity 26,430,000,000 元.
 */
import { isKnownUnit, unitFamily } from './units';

export interface UnitLabel {
  multiplier: number;
  /** Canonical unit (`元`, `USD`, `%`, `人`, …); see ./units.ts. */
  unit: string;
}

const multipliers: [RegExp, number][] = [
  [/^(?:億|亿)/, 1e8],
  [/^(?:百萬|百万)/, 1e6],
  [/^(?:千萬|千万)/, 1e7],
  [/^(?:萬|万)/, 1e4],
  [/^千(?!瓦|米|克)/, 1e3],
  [/^(?:100 million|hundred million)\s*/i, 1e8],
  [/^(?:10 thousand|ten thousand)\s*/i, 1e4],
  [/^(?:billions?|bn)\b\s*(?:of\s*)?/i, 1e9],
  [/^(?:millions?|mn|m)\b\s*(?:of\s*)?/i, 1e6],
  [/^(?:thousands?|k)\b\s*(?:of\s*)?/i, 1e3],
];

/** A currency written before the multiplier (`RMB 100 million`, `US$ million`, `HK$ billion`). */
const currencyFirst =
  /^(rmb|cny|usd|us\$|hk\$|hkd|nt\$|twd|人民幣|人民币|美元|港元|港幣|港币|新臺幣|新台币|新台幣)\s*/i;

/**
 * `億元` → 1e8 × 元; `%` → 1 × %; `billion yuan` → 1e9 × 元; `RMB 100 million` → 1e8 × 元;
 * `millions of dollars` → 1e6 × USD; `millions` → 1e6 × '' (a bare multiplier; the caller decides).
 * Null when the text is not a unit (too long, digits, a sentence).
 */
export function parseUnitLabel(label: string): UnitLabel | null {
  let rest = label.trim().replace(/^[(（\s]+|[)）\s]+$/g, '');
  let currency = '';
  const c = currencyFirst.exec(rest);
  if (c && c[0].length < rest.length) {
    currency = c[1]!;
    rest = rest.slice(c[0].length);
  }
  let multiplier = 1;
  for (const [pattern, k] of multipliers) {
    const m = pattern.exec(rest);
    if (m) {
      multiplier = k;
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  rest = (currency ? `${currency}${rest ? ` ${rest}` : ''}` : rest).trim();
  if (rest === '' && multiplier !== 1) return { multiplier, unit: '' };
  if (!rest || [...rest].length > 12 || !isKnownUnit(rest)) return null;
  const unit = unitFamily(rest);
  if (!unit || [...unit].length > 8) return null;
  return { multiplier, unit };
}

/** A unit in brackets at the end of a label or header: `地區生產總值（億元）`, `2024 (萬元)`. */
const bracketed = /[(（]\s*(?:單位|单位|unit)?\s*[:：]?\s*([^()（）]{1,24})\s*[)）]\s*$/i;

/** The label without its bracketed unit, and that unit when it parses. */
export function splitLabelUnit(label: string): { name: string; unit: UnitLabel | null } {
  const m = bracketed.exec(label);
  if (!m) return { name: label.trim(), unit: null };
  const unit = parseUnitLabel(m[1]!);
  return unit ? { name: label.slice(0, m.index).trim(), unit } : { name: label.trim(), unit: null };
}

const notePatterns: RegExp[] = [
  /(?:計量)?(?:單位|单位)\s*[:：]\s*([^\s,，;；)）]{1,16})/,
  /\bunits?\s*[:：]\s*([A-Za-z$¥€£ ]{1,30}?(?:million|billion|thousand)?[A-Za-z$]*)\s*(?:$|[,;)])/i,
  /\(\s*in\s+((?:[A-Za-z]{1,4}\$?\s*)?(?:millions?|billions?|thousands?)(?:\s+of\s+[A-Za-z$ ]{1,20})?)\s*\)/i,
  /\b(?:amounts|figures)\s+in\s+((?:millions?|billions?|thousands?)(?:\s+of\s+[A-Za-z$ ]{1,20})?)/i,
];

/** The unit a table note states (`單位：億元`, `(in millions)`), or null. */
export function parseUnitNote(text: string): UnitLabel | null {
  for (const pattern of notePatterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const unit = parseUnitLabel(m[1]!.replace(/\bof\b/i, ' ').replace(/\s+/g, ' '));
    if (unit) return unit;
  }
  return null;
}
