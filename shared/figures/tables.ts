/**
 * Tables turned into text (a budget table pasted from a spreadsheet or extracted from a PDF): rows of
 * cells split by tabs or runs of spaces, under a unit line (`單位：萬元`, `单位：亿元`, `單位：新臺幣千元`).
 * A bare number in such a cell states an amount in the table's unit, multiplier applied (`63,360` under
 * 单位：万元 → 633600000 元), or a percentage when its column header ends in `%` (`增长%`, `占比(%)`).
 * Cells in a code column (`科目编码`) are identifiers. Columns are matched from the right, since row
 * labels are indented or span a code column while the numbers stay aligned at the right.
 */
import type { Found } from './arabic';
import { CHINESE_CURRENCY_PREFIXES, MULTIPLIER_EXPONENT, matchUnitAt, unitInfo } from './units';
import { scaleDecimal } from './numerals';

/**
 * A numeric cell of a table: its span, and its figure unless it is an identifier (a code column). The
 * scan takes these cells as they are; text cells of the same row are read as running text.
 */
export interface TableCell {
  start: number;
  end: number;
  figure?: Found;
}

const TABLE_HINT_RE = /[單单]位\s*[：:]|[（(][千百萬万億亿]*元[）)]/;
const UNIT_LINE_RE = /[單单]位\s*[：:]\s*([^\n）)]*)/g;
const CELL_SPLIT_RE = /\t+| {2,}/;
const NUMERIC_CELL_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CODE_HEADER_RE = /[编編][码碼号號]|代[码碼号號]|序[号號]|code|No\./i;
const PERCENT_HEADER_RE = /[%％][)）]?$/;
const HEADER_UNIT_RE = /[（(]([^（()）]+)[)）]\s*$/;

interface TableUnit {
  exponent: number;
  unit: string;
}

/** Reads `萬元`, `新臺幣千元`, `亿元`, `人`, `%` into a multiplier and a canonical unit. */
function parseUnit(spec: string): TableUnit | undefined {
  let s = spec.trim().split(/[、,，;；/ ]/)[0] ?? '';
  let currency: string | undefined;
  for (const [name, code] of CHINESE_CURRENCY_PREFIXES) {
    if (s.startsWith(name)) {
      currency = code;
      s = s.slice(name.length);
      break;
    }
  }
  let exponent = 0;
  let k = 0;
  while (k < s.length && MULTIPLIER_EXPONENT[s[k]!] !== undefined) exponent += MULTIPLIER_EXPONENT[s[k++]!]!;
  const written = matchUnitAt(s, k);
  if (written === undefined || k + written.length !== s.length) {
    return currency && k === s.length ? { exponent, unit: currency } : undefined;
  }
  const canonical = unitInfo(written)!.canonical;
  return { exponent, unit: currency && canonical === '元' ? currency : canonical };
}

interface Cell {
  start: number;
  text: string;
}

function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(lineStart, lineEnd);
  let k = 0;
  for (const part of line.split(CELL_SPLIT_RE)) {
    const at = line.indexOf(part, k);
    k = at + part.length;
    const trimmed = part.trim();
    if (trimmed) cells.push({ start: lineStart + at + part.indexOf(trimmed), text: trimmed });
  }
  return cells;
}

/** Every numeric cell of every table with a unit line in `text`, in order. */
export function readTables(text: string): TableCell[] {
  if (!TABLE_HINT_RE.test(text)) return [];
  const rows: TableCell[] = [];
  UNIT_LINE_RE.lastIndex = 0;
  for (let m = UNIT_LINE_RE.exec(text); m; m = UNIT_LINE_RE.exec(text)) {
    const unit = parseUnit(m[1]!);
    if (!unit) continue;
    let lineStart = text.indexOf('\n', m.index);
    if (lineStart < 0) break;
    lineStart++;
    let header: Cell[] | undefined;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const cells = cellsOf(text, lineStart, lineEnd);
      if (cells.length < 2) break; // a blank line or running text ends the table
      if (!header) header = cells;
      else rows.push(...rowFigures(cells, header, unit));
      lineStart = lineEnd + 1;
    }
    UNIT_LINE_RE.lastIndex = Math.max(UNIT_LINE_RE.lastIndex, lineStart);
  }
  return rows;
}

function rowFigures(cells: Cell[], header: Cell[], unit: TableUnit): TableCell[] {
  const found: TableCell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (!NUMERIC_CELL_RE.test(cell.text)) continue;
    const head = header[header.length - (cells.length - k)]?.text ?? '';
    const end = cell.start + cell.text.length;
    if (CODE_HEADER_RE.test(head)) {
      found.push({ start: cell.start, end });
      continue;
    }
    const negative = cell.text[0] === '-' || cell.text[0] === '−';
    const digits = negative ? cell.text.slice(1) : cell.text;
    let cellUnit = unit;
    if (PERCENT_HEADER_RE.test(head)) cellUnit = { exponent: 0, unit: '%' };
    else {
      const own = HEADER_UNIT_RE.exec(head);
      const parsed = own ? parseUnit(own[1]!) : undefined;
      if (parsed) cellUnit = parsed;
    }
    const value = scaleDecimal(digits, cellUnit.exponent);
    const figure = { start: cell.start, end, value: negative ? -value : value, unit: cellUnit.unit };
    found.push({ start: cell.start, end, figure });
  }
  return found;
}
