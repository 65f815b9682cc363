/**
 * `tickmark figures FILE [--json]`: imports a draft with the app's own importers and prints the figures
 * detected in its plain text (docs/figures-spec.md): as a JSON array of {start, end, text, value, high?,
 * unit, qualifier?} with `--json`, otherwise as a table. Offsets are UTF-16 offsets into the imported
 * plain text (`tickmark import FILE --text`). Import failures exit 1, usage errors exit 2.
 */
import { resolve } from 'node:path';
import { detectFigures } from '../../../shared/figures/detect';
import type { DetectedFigure } from '../../../shared/figures/types';
import { importDocumentInWorker } from '../../services/import/run-import-worker';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../run-command';

const usage = 'Usage: tickmark figures FILE [--json]';

function parseArgs(args: readonly string[], io: CliIo): { file: string; json: boolean } | null {
  const files: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-') && arg !== '-') {
      io.err(`tickmark figures: unknown option "${arg}"\n${usage}`);
      return null;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(`tickmark figures: expected one FILE, got ${files.length}\n${usage}`);
    return null;
  }
  return { file: files[0]!, json };
}

/** The figure as `--json` prints it: the spec's fields in the spec's order, optional ones only when set. */
export function figureJson(figure: DetectedFigure): Record<string, unknown> {
  return {
    start: figure.start,
    end: figure.end,
    text: figure.text,
    value: figure.value,
    ...(figure.high !== undefined ? { high: figure.high } : {}),
    unit: figure.unit,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
  };
}

/** A plain-text table, one figure a line: offsets, text, value (– high), unit, qualifier. */
export function figureTable(figures: readonly DetectedFigure[]): string {
  const rows = figures.map((f) => [
    `${f.start}-${f.end}`,
    f.text.replace(/\s+/g, ' '),
    f.high !== undefined ? `${f.value}–${f.high}` : String(f.value),
    f.unit || '—',
    f.qualifier ?? '',
  ]);
  const header = ['offsets', 'text', 'value', 'unit', 'qualifier'];
  // CJK characters take two columns in a terminal.
  const width = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const widths = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k]!))));
  const line = (cells: string[]): string =>
    cells
      .map((c, k) => c + ' '.repeat(widths[k]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), `${figures.length} figure${figures.length === 1 ? '' : 's'}`].join(
    '\n',
  );
}

export const figuresCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const result = await importDocumentInWorker(resolve(parsed.file));
  if (!result.ok) {
    io.err(`tickmark figures: ${result.error.message}`);
    return 1;
  }
  const figures = detectFigures(result.value.text);
  io.out(parsed.json ? JSON.stringify(figures.map(figureJson), null, 2) : figureTable(figures));
  return 0;
};
