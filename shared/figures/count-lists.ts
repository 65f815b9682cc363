/**
 * English lists of counts with no header and no unit line, as statistical tables turned into text write
 * them (held-out-19):
 *
 *     Investigations opened                   46
 *     Referrals for prosecution               19
 *     Hotline complaints received          1,287
 *
 * Three or more lines in a row of a label and one whole number after a cell gap: each number counts its
 * label's plural noun (`investigations`, `referrals`, `complaints`). A label with no plural noun leaves its
 * number to the running-text scan. Rule: docs/figures-spec.md, "From held-out-19".
 */
import { labelNoun } from './table-units';

export interface CountListCell {
  start: number;
  end: number;
  value: number;
  unit: string;
}

/** A label (a capital letter, no digits) and a whole number alone after a gap: one row of such a list. */
const COUNT_ROW_RE = /^[ \t]*[A-Z][^\n\d]{1,60}?(?:\t| {2,})(\d{1,3}(?:,\d{3})*|\d+)[ \t]*$/gm;

/**
 * A table row whose label says what it counts, `Number of partner communities using flood maps  150  March
 * 31, 2027  96  118  141`: each whole number alone in a cell counts the label's plural noun; cells of other
 * kinds (a date, `Not applicable`, `At least 95%`) are left to the running-text scan.
 */
const NUMBER_OF_ROW_RE = /^[ \t]*Number of ([^\t\n]{1,80}?)((?:(?:\t| {2,})[^\t\n]+)+)[ \t]*$/gm;
const CELL_GAP_RE = /\t| {2,}/;
const COUNT_CELL_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

function numberOfRowCells(text: string): CountListCell[] {
  const found: CountListCell[] = [];
  NUMBER_OF_ROW_RE.lastIndex = 0;
  for (let m = NUMBER_OF_ROW_RE.exec(text); m; m = NUMBER_OF_ROW_RE.exec(text)) {
    const noun = labelNoun(m[1]!);
    if (!noun) continue;
    let at = m.index + m[0].indexOf(m[2]!);
    for (const part of m[2]!.split(CELL_GAP_RE)) {
      const start = text.indexOf(part, at);
      at = start + part.length;
      const cell = part.trim();
      if (part === '' || !COUNT_CELL_RE.test(cell)) continue;
      const cellStart = start + part.indexOf(cell);
      found.push({
        start: cellStart,
        end: cellStart + cell.length,
        value: Number(cell.replace(/,/g, '')),
        unit: noun,
      });
    }
  }
  return found;
}

/** Every count in every list of three or more such rows in `text`, and in every `Number of` row, in order. */
export function countListCells(text: string): CountListCell[] {
  const found: CountListCell[] = [];
  let block: CountListCell[] = [];
  let blockEnd = -1;
  const flush = (): void => {
    if (block.length >= 3) found.push(...block);
    block = [];
  };
  COUNT_ROW_RE.lastIndex = 0;
  for (let m = COUNT_ROW_RE.exec(text); m; m = COUNT_ROW_RE.exec(text)) {
    // Rows of one list follow each other line by line.
    if (m.index !== blockEnd + 1) flush();
    blockEnd = m.index + m[0].length;
    const digits = m[1]!;
    const start = m.index + m[0].lastIndexOf(digits);
    const noun = labelNoun(m[0].slice(0, start - m.index));
    // A row whose label names no plural noun still belongs to the list, but reads as running text.
    block.push({
      start,
      end: start + digits.length,
      value: Number(digits.replace(/,/g, '')),
      unit: noun ?? '',
    });
  }
  flush();
  return [...found.filter((cell) => cell.unit !== ''), ...numberOfRowCells(text)].sort(
    (a, b) => a.start - b.start,
  );
}
