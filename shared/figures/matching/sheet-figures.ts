/**
 * Figures in spreadsheet sources. Extraction writes one line per cell (electron/services/sources/
 * sheet-source.ts), so a number cell is a bare `264.3` whose unit and measure live elsewhere in its row:
 * the row's first cell (`地區生產總值（億元）`) or the column's header (`GDP (billion yuan)`). This reads
 * them from there, so spreadsheet numbers match like prose figures.
 */
import type { SourceRegion } from '../../model/source';
import type { DetectedFigure } from '../types';

type CellRegion = Extract<SourceRegion, { kind: 'cell' }>;

const bareNumber = /^([-+]?\d[\d,]*(?:\.\d+)?)(%?)(?:\s*\[[^\]]*\])?$/;
const unitInBrackets = /[(（]\s*(?:單位[:：]?|单位[:：]?)?\s*([^)）]{1,12})\s*[)）]\s*$/;

const multipliers: [RegExp, number][] = [
  [/^(?:億|亿)/, 1e8],
  [/^(?:百萬|百万)/, 1e6],
  [/^(?:萬|万)/, 1e4],
  [/^千(?!瓦|米|克)/, 1e3],
  [/^billions?\s*(?:of\s*)?/i, 1e9],
  [/^millions?\s*(?:of\s*)?/i, 1e6],
  [/^thousands?\s*(?:of\s*)?/i, 1e3],
];

/** `億元` → 1e8 × `元`; `%` → 1 × `%`; `billion yuan` → 1e9 × `元`. */
export function parseUnitLabel(label: string): { multiplier: number; unit: string } | null {
  let rest = label.trim();
  let multiplier = 1;
  for (const [pattern, k] of multipliers) {
    if (pattern.test(rest)) {
      multiplier = k;
      rest = rest.replace(pattern, '').trim();
      break;
    }
  }
  const unit = /^yuan|rmb|人民幣|人民币$/i.test(rest)
    ? '元'
    : /^(?:us\$|usd|dollars?)$/i.test(rest)
      ? 'USD'
      : rest;
  if (!unit || unit.length > 6 || /\d/.test(unit)) return null;
  return { multiplier, unit };
}

const column = (cell: string) => cell.replace(/\d+$/, '');
const row = (cell: string) => cell.replace(/^[A-Z]+/, '');

/**
 * Figures for number cells that prose detection left out, with the row label of each
 * (`labels`: figure start → measure name) for measure matching.
 */
export function sheetFigures(
  text: string,
  regions: readonly SourceRegion[],
  detected: readonly DetectedFigure[],
): { figures: DetectedFigure[]; labels: Map<number, string> } {
  const cells = regions.filter((r): r is CellRegion => r.kind === 'cell');
  const byAddress = new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, c]));
  // Prose detection may report a bare cell number without a unit; the row or header supplies it here.
  const withUnit = detected.filter((f) => f.unit !== '');
  const covered = (start: number, end: number) => withUnit.some((f) => f.start < end && start < f.end);
  const labels = new Map<number, string>();
  const figures: DetectedFigure[] = [];
  const inferred: DetectedFigure[] = [];
  const textOf = (r: CellRegion | undefined) => (r ? text.slice(r.start, r.end).trim() : '');
  for (const cell of cells) {
    const content = text.slice(cell.start, cell.end);
    const rowLabel = textOf(byAddress.get(`${cell.sheet}!A${row(cell.cell)}`));
    const header = textOf(byAddress.get(`${cell.sheet}!${column(cell.cell)}1`));
    const name = rowLabel.replace(unitInBrackets, '').trim();
    if (name && column(cell.cell) !== 'A') labels.set(cell.start, name);
    const m = bareNumber.exec(content.trim());
    if (!m || covered(cell.start, cell.end) || column(cell.cell) === 'A') continue;
    const number = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(number)) continue;
    const unitLabel = m[2] ? '%' : (unitInBrackets.exec(rowLabel)?.[1] ?? unitInBrackets.exec(header)?.[1]);
    const unit = unitLabel ? parseUnitLabel(unitLabel) : null;
    if (!unit) continue;
    const start = cell.start + content.indexOf(m[1]!);
    const end = start + m[1]!.length + m[2]!.length;
    inferred.push({
      start,
      end,
      text: text.slice(start, end),
      value: number * unit.multiplier,
      unit: unit.unit,
    });
    labels.set(start, name);
  }
  const replaced = (f: DetectedFigure) => inferred.some((g) => g.start < f.end && f.start < g.end);
  figures.push(...detected.filter((f) => !replaced(f)), ...inferred);
  figures.sort((a, b) => a.start - b.start);
  return { figures, labels };
}
