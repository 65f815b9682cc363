/**
 * Looking up the Chinese units of ./unit-table.ts (measure words, units of measure and currencies that may
 * follow a number; the multipliers 萬, 億, … are in ./multipliers.ts). Simplified spellings are generated from
 * the Traditional ones through one character map, so a unit is listed once and both scripts fold to the same
 * canonical form (`亩` → `畝`, `个` → `個`).
 */
import { SIMPLIFIED_TO_TRADITIONAL, toTraditional } from './script-fold';
import { TRADITIONAL_UNITS, type UnitInfo } from './unit-table';

export { toTraditional };

export type { UnitInfo, UnitKind } from './unit-table';

const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {};
for (const [s, t] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
  if (s.length === 1 && t.length === 1 && s !== t && !(t in TRADITIONAL_TO_SIMPLIFIED))
    TRADITIONAL_TO_SIMPLIFIED[t] = s;
}
TRADITIONAL_TO_SIMPLIFIED['台'] = '台';

function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch;
  return out;
}

const UNIT_BY_WRITTEN = new Map<string, UnitInfo>();
for (const [written, info] of Object.entries(TRADITIONAL_UNITS)) {
  for (const form of [written, toSimplified(written), written.replace(/台/g, '臺')])
    UNIT_BY_WRITTEN.set(form, info);
}
UNIT_BY_WRITTEN.set('％', TRADITIONAL_UNITS['%']!);

/** A written form with its info, so a match needs no second lookup. */
export interface UnitEntry {
  written: string;
  info: UnitInfo;
  /** Code of the second written character, or -1: most entries are ruled out on it, before startsWith. */
  second: number;
}

/** Written forms by their first character, longest first, so a lookup never allocates. */
/** Indexed by char code (a plain array beats a Map lookup on the hot path: every number reads a unit). */
const UNITS_BY_INITIAL_CODE: Array<UnitEntry[] | undefined> = new Array<UnitEntry[] | undefined>(
  0x10000,
).fill(undefined);
const UNITS_BY_INITIAL = new Map<number, UnitEntry[]>();
for (const [written, info] of UNIT_BY_WRITTEN) {
  const list = UNITS_BY_INITIAL.get(written.charCodeAt(0)) ?? [];
  list.push({ written, info, second: written.length > 1 ? written.charCodeAt(1) : -1 });
  UNITS_BY_INITIAL.set(written.charCodeAt(0), list);
}
for (const [code, list] of UNITS_BY_INITIAL) {
  list.sort((x, y) => y.written.length - x.written.length);
  UNITS_BY_INITIAL_CODE[code] = list;
}

/** True when some unit is written starting with the character `code`. */
export function isUnitInitial(code: number): boolean {
  return UNITS_BY_INITIAL_CODE[code] !== undefined;
}

/** The longest unit written at `pos` (either script) with its info, or undefined. */
export function matchUnitEntryAt(text: string, pos: number): UnitEntry | undefined {
  const list = UNITS_BY_INITIAL_CODE[text.charCodeAt(pos)];
  if (!list) return undefined;
  const second = text.charCodeAt(pos + 1);
  for (let e = 0; e < list.length; e++) {
    const entry = list[e]!;
    // The list is keyed by the first character and the second is compared here, so only forms of
    // three characters or more need the rest compared.
    if (entry.second >= 0 && second !== entry.second) continue;
    if (entry.written.length > 2 && !text.startsWith(entry.written, pos)) continue;
    // 3條次要道路: 次 begins the next word (次要, 次年, 次數), so the unit is 條.
    const end = pos + entry.written.length;
    if (
      entry.written.length > 1 &&
      text.charCodeAt(end - 1) === 0x6b21 &&
      NOT_AFTER_TIMES.has(text.charCodeAt(end))
    )
      continue;
    // 3噸位於倉庫: 位於 (located at) is the next word, so the unit is 噸, not 噸位.
    if (
      entry.written.length > 1 &&
      text.charCodeAt(end - 1) === 0x4f4d &&
      LOCATED_AT.has(text.charCodeAt(end))
    )
      continue;
    // 17个点位: 點位 (a monitoring site) is the next word, so the unit is 個, not 個點.
    if (
      entry.written.length === 2 &&
      POINT_END.has(text.charCodeAt(end - 1)) &&
      text.charCodeAt(end) === 0x4f4d
    )
      continue;
    return entry;
  }
  return undefined;
}
const POINT_END = new Set([...'點点'].map((c) => c.charCodeAt(0)));
const LOCATED_AT = new Set([...'於于置'].map((c) => c.charCodeAt(0)));

/** Characters that make 次 the start of a word (次要, 次級, 次年, 次日, 次數, 次序) rather than a unit's end. */
const NOT_AFTER_TIMES = new Set([...'要級级年日月數数序第之'].map((c) => c.charCodeAt(0)));

/**
 * The longest unit written at `pos` (either script), or undefined. `startsWith` over the few units that
 * share the first character, instead of one regex with hundreds of alternatives tried one by one.
 */
export function matchUnitAt(text: string, pos: number): string | undefined {
  return matchUnitEntryAt(text, pos)?.written;
}

/** The info for a written unit (either script), or undefined. */
export function unitInfo(written: string): UnitInfo | undefined {
  return UNIT_BY_WRITTEN.get(written);
}

/** Currency names written before a number (`新臺幣3億元`, `人民幣500萬元`), read backwards from the number. */
export const CHINESE_CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['新臺幣', 'TWD'],
  ['新台幣', 'TWD'],
  ['新台币', 'TWD'],
  ['臺幣', 'TWD'],
  ['台幣', 'TWD'],
  ['台币', 'TWD'],
  ['人民幣', '元'],
  ['人民币', '元'],
  ['美金', '美元'],
  // Like 新臺幣 → TWD: a currency named before the number is the ISO code (港幣500億元 → HKD).
  ['港幣', 'HKD'],
  ['港币', 'HKD'],
  ['澳門幣', 'MOP'],
  ['澳门币', 'MOP'],
  ['澳門元', 'MOP'],
  ['澳门元', 'MOP'],
  ['日圓', 'JPY'],
  ['日圆', 'JPY'],
  ['日元', 'JPY'],
  ['歐元', 'EUR'],
  ['欧元', 'EUR'],
  ['英鎊', 'GBP'],
  ['英镑', 'GBP'],
  // Singapore Chinese writes its dollars 新元, before the number as after it (新元500, 12亿新元).
  ['新加坡元', 'SGD'],
  ['新元', 'SGD'],
];
