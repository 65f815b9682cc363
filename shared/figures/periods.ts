/**
 * Spans of time that point at a time rather than measure one (held-out-6): `十年前`, `3 years ago`
 * (relative time, like a date), and the named part of a calendar year, `首九個月`, `the first nine months`
 * (a period of the year, like `第三季`), and `the past five years` (as `過去五年`, named-periods.ts). All are
 * left out, as dates are; a duration stays a figure (`連續 5 個月`, `over four years`). Rule: docs/figures-spec.md, Decisions.
 */
import type { Found } from './arabic';

/** Canonical units that measure a span of time and may point back (`年前`, `個月前`, `天前`). */
const POINTING_UNITS = new Set(['年', '個月', '天', '週', '小時', 'months', 'weeks', 'days', 'hours']);
const POINTING_INITIAL = new Uint8Array(0x10000);
for (const unit of POINTING_UNITS) POINTING_INITIAL[unit.charCodeAt(0)] = 1;
/** The named parts of a calendar year: months and weeks counted from its start. */
const PART_OF_YEAR_UNITS = new Set(['個月', '週', 'months', 'weeks']);

const AGO_RE = /^ *(?:前|以前|之前)(?![述列者])|^ ago\b/;
const HOUR_BEFORE_RE = /\d ?[時时點点] ?$/;
export const PREVIOUS_BEFORE_RE = /(?:對上|对上) *$/;
/** `截至十月止的三個月`: the months ending at a date, named as a whole (as the months before them are). */
export const ENDED_BEFORE_RE = /(?:止|為止|为止)(?:的|之) *$/;
const PAST_YEARS_BEFORE_RE = /\bthe (?:past|last|previous|preceding) $/;
const PAST_BEFORE_RE = /(?:過去|过去) *$/;
const YEARS_OF_ACCOUNT_AFTER_RE = /^(?:財政|财政)?(?:年度|財年|财年)/;
const FIRST_BEFORE_RE = /(?:首|(?:^|[^A-Za-z])(?:the )?first ) *$/;

/** True when `found` names a point or a named period of time rather than a quantity of time. */
export function isPointInTime(text: string, found: Found): boolean {
  // `16時30分`: the minutes of a time of day.
  if (found.unit === '分') return HOUR_BEFORE_RE.test(text.slice(Math.max(0, found.start - 4), found.start));
  // Every figure comes here: rule most out on the unit's first character before hashing it for the Set.
  if (POINTING_INITIAL[found.unit.charCodeAt(0)] !== 1) return false;
  const before = text.slice(Math.max(0, found.start - 3), found.start);
  // `過去5個財政年度`: the years of account a report looks back on, named as a whole (as 過去三個年度).
  if ((found.unit === '個' || found.unit === '个') && PAST_BEFORE_RE.test(before))
    return YEARS_OF_ACCOUNT_AFTER_RE.test(text.slice(found.end, found.end + 4));
  if (!POINTING_UNITS.has(found.unit) || found.high !== undefined) return false;
  // `過去5年`: in digits as in words (named-periods.ts), the past years named as a whole.
  if (found.unit === '年' && PAST_BEFORE_RE.test(before)) return true;
  if (AGO_RE.test(text.slice(found.end, found.end + 6))) return true;
  // `對上 3 個月`: the months before the ones reported, named as a whole, as `過去五年`.
  if (PREVIOUS_BEFORE_RE.test(text.slice(Math.max(0, found.start - 3), found.start))) return true;
  if (found.unit === '個月' && ENDED_BEFORE_RE.test(text.slice(Math.max(0, found.start - 4), found.start)))
    return true;
  // `over the past five years`: the years a report looks back on, named as a whole, as 過去五年 is (`the
  // past 12 months` stays a span: labellers read it both ways, docs/figures-blind.md, held-out-21).
  if (
    found.unit === '年' &&
    PAST_YEARS_BEFORE_RE.test(text.slice(Math.max(0, found.start - 14), found.start))
  )
    return true;
  return (
    PART_OF_YEAR_UNITS.has(found.unit) &&
    FIRST_BEFORE_RE.test(text.slice(Math.max(0, found.start - 10), found.start))
  );
}
