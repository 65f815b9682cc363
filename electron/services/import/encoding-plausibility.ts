/**
 * Chooses among legacy encodings by what each makes of the bytes, not by byte statistics alone: the
 * bytes are decoded with every candidate and each result is scored by how much of it is plausible text
 * in the scripts Tickmark's drafts are written in. A short Big5 file read as GB18030 yields kana, box
 * drawing and rare GBK-extension ideographs; the same bytes read as Big5 yield common Traditional
 * characters. Statistical detectors (chardet) need hundreds of bytes to tell these apart; this works on
 * five characters.
 *
 * "Common" ideographs are taken from the encodings themselves: GB2312 level 1 (the 3,755 most frequent
 * Simplified characters, GB bytes B0A1–D7F9) and Big5's frequent set (5,401 characters, A440–C67E).
 */
import iconv from 'iconv-lite';

/**
 * Legacy encodings tried, most likely first (the order breaks ties). Drafts are Chinese or English:
 * Shift_JIS and EUC-KR read random bytes as plausible kana and Hangul, so they are offered only when a
 * user reopens a file with an encoding of their choice.
 */
export const legacyCandidates = ['gb18030', 'big5', 'windows-1252'] as const;

const commonCache = new Map<string, boolean>();

/** Whether an ideograph is among the frequent characters of Simplified or Traditional Chinese. */
function commonIdeograph(char: string): boolean {
  let common = commonCache.get(char);
  if (common === undefined) {
    const gb = iconv.encode(char, 'gb18030');
    const big5 = iconv.encode(char, 'big5');
    const gbCode = gb.length === 2 ? (gb[0]! << 8) | gb[1]! : 0;
    const big5Code = big5.length === 2 ? (big5[0]! << 8) | big5[1]! : 0;
    common =
      (gbCode >= 0xb0a1 && gbCode <= 0xd7f9 && gb[1]! >= 0xa1) ||
      (big5Code >= 0xa440 && big5Code <= 0xc67e && big5[0] !== 0x3f);
    commonCache.set(char, common);
  }
  return common;
}

/** How plausible one non-ASCII character is in a draft read with `encoding` (0 … 1). */
function plausibility(char: string, encoding: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x4e00 && code <= 0x9fff) return commonIdeograph(char) ? 1 : 0.15;
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e)) return 1; // CJK punctuation
  if (code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d) || code === 0x00b7) return 1;
  if (code >= 0x3040 && code <= 0x30ff) return encoding === 'shift_jis' ? 0.9 : 0.1; // kana
  if (code >= 0xac00 && code <= 0xd7af) return encoding === 'euc-kr' ? 0.9 : 0.05; // Hangul
  if (code >= 0x00c0 && code <= 0x017f) return encoding === 'windows-1252' ? 0.7 : 0.05; // Latin letters
  if (code === 0xfffd || code < 0x20 || (code >= 0x80 && code < 0xa0) || (code >= 0xe000 && code <= 0xf8ff)) {
    return -1; // replacement, controls, private use: not text
  }
  return 0;
}

export interface EncodingScore {
  encoding: string;
  /** Mean plausibility of the non-ASCII characters, −1 … 1. */
  score: number;
}

/**
 * Scores every candidate on a sample of the bytes (4 KB is plenty; scoring costs a map look-up per
 * character). Best first; ties keep the candidates' order.
 */
export function scoreEncodings(
  bytes: Uint8Array,
  candidates: readonly string[] = legacyCandidates,
): EncodingScore[] {
  // A sample may end mid-character: cut at the last line break when there is one.
  let sample = bytes.subarray(0, 4096);
  if (bytes.length > sample.length) {
    const newline = sample.lastIndexOf(0x0a);
    if (newline > 0) sample = sample.subarray(0, newline);
  }
  const buffer = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const scores = candidates.map((encoding) => {
    const text = iconv.decode(buffer, encoding);
    let total = 0;
    let count = 0;
    for (const char of text) {
      if (char.charCodeAt(0) < 0x80) continue;
      total += plausibility(char, encoding);
      count++;
    }
    return { encoding, score: count === 0 ? 0 : total / count };
  });
  return scores
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ encoding, score }) => ({ encoding, score }));
}
