/**
 * The Chinese multiplier characters (十, 百, 千, 萬/万, 億/亿, 兆) as powers of ten, by character and by
 * code, for the readers that scale a number by the multipliers written after it (`264億`, `1.2萬`).
 */
/** Chinese multiplier characters and their factors as powers of ten. */
export const MULTIPLIER_EXPONENT: Record<string, number> = {
  十: 1,
  百: 2,
  千: 3,
  萬: 4,
  万: 4,
  億: 8,
  亿: 8,
  兆: 12,
};

/** The power of ten of a multiplier character given by its code (百 2, 千 3, 萬/万 4, 億/亿 8, 兆 12), else 0. */
export function multiplierCodeExponent(code: number): number {
  switch (code) {
    case 0x767e: // 百
      return 2;
    case 0x5343: // 千
      return 3;
    case 0x842c: // 萬
    case 0x4e07: // 万
      return 4;
    case 0x5104: // 億
    case 0x4ebf: // 亿
      return 8;
    case 0x5146: // 兆
      return 12;
    default:
      return 0;
  }
}

/** Length of the run of up to three multiplier characters at `pos` (`萬`, `千萬`, `億`), by char code. */
export function multiplierRunLength(text: string, pos: number): number {
  let k = 0;
  while (k < 3 && multiplierCodeExponent(text.charCodeAt(pos + k)) > 0) k++;
  return k;
}

/** Sticky: a run of multiplier characters after Arabic digits (`萬`, `千萬`, `億`). */
export const MULTIPLIER_RUN_RE = /[百千萬万億亿兆]{1,3}/y;
