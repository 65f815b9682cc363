/**
 * Chinese rates written with a slash and a round base: `孕產婦死亡率15.1/10萬`, `3.2/萬`. The base is not a
 * figure (as in `每10萬人口`); the number before it is, in the rate as written (`/10萬`), as English keeps
 * `per 100,000 population` (english-rates.ts).
 */

/** `/10万`, `/10萬`, `/萬`, `/千`, `/百萬` after a number: its base. Groups: the digits, the multiplier. */
const SLASH_BASE_RE = /\/(1(?:0{1,3})?)?(萬|万|千|百萬|百万|十萬|十万)(?![\d\u3400-\u9fff]?\d)/y;

/** The base of a rate whose number ends at `p`, with where it ends, or undefined. */
export function chineseRateBaseAt(text: string, p: number): { end: number; unit: string } | undefined {
  SLASH_BASE_RE.lastIndex = p;
  const m = SLASH_BASE_RE.exec(text);
  if (!m) return undefined;
  const multiplier = m[2]!.replace('万', '萬');
  return { end: p + m[0].length, unit: `/${m[1] ?? ''}${multiplier}` };
}
