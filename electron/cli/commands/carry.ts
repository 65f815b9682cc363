/**
 * `tickmark carry --from OLD --to NEW --annotations IN.jsonld --out OUT.jsonld [--report REPORT.json]`:
 * carries W3C annotations whose selectors refer to OLD's plain text (`tickmark import OLD --text`)
 * onto NEW, with the app's own importers and carry-over (shared/anchoring). OUT holds every input
 * annotation with the same id, re-anchored on NEW and marked `tickmark:carry`; REPORT lists per id the
 * verdict, old and new span, similarity and, for figures, old and new value. Exit 0 when written, 1 when
 * a file cannot be read or parsed, 2 on usage errors.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { carryAnnotations } from '../../../shared/anchoring/carry';
import { importDocumentInWorker } from '../../services/import/run-import-worker';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../run-command';
import { annotationObjects, readAnnotation, writeCarried, type ReadAnnotation } from './carry-w3c';

const usage =
  'Usage: tickmark carry --from OLD --to NEW --annotations IN.jsonld --out OUT.jsonld [--report REPORT.json]';

interface Args {
  from: string;
  to: string;
  annotations: string;
  out: string;
  report?: string;
}

function parseArgs(args: readonly string[], io: CliIo): Args | null {
  const values: Partial<Record<keyof Args, string>> = {};
  const names: Record<string, keyof Args> = {
    '--from': 'from',
    '--to': 'to',
    '--annotations': 'annotations',
    '--out': 'out',
    '--report': 'report',
  };
  for (let i = 0; i < args.length; i++) {
    const key = names[args[i]!];
    const value = args[i + 1];
    if (!key) {
      io.err(`tickmark carry: unknown argument "${args[i]}"\n${usage}`);
      return null;
    }
    if (value === undefined || value.startsWith('--')) {
      io.err(`tickmark carry: ${args[i]} needs a file name\n${usage}`);
      return null;
    }
    values[key] = value;
    i++;
  }
  const missing = (['from', 'to', 'annotations', 'out'] as const).filter((k) => !values[k]);
  if (missing.length > 0) {
    io.err(`tickmark carry: missing ${missing.map((m) => `--${m}`).join(', ')}\n${usage}`);
    return null;
  }
  return values as Args;
}

async function readAnnotationsFile(path: string, oldText: string): Promise<ReadAnnotation[] | string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `cannot read ${path} as JSON (${reason}); expected W3C Web Annotations (JSON-LD)`;
  }
  const objects = annotationObjects(parsed);
  if (typeof objects === 'string') return `${path}: ${objects}`;
  const read: ReadAnnotation[] = [];
  for (const object of objects) {
    const one = readAnnotation(object, oldText);
    if (typeof one === 'string') return `${path}: ${one}`;
    read.push(one);
  }
  return read;
}

export const carryCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const [from, to] = await Promise.all([
    importDocumentInWorker(resolve(parsed.from)),
    importDocumentInWorker(resolve(parsed.to)),
  ]);
  for (const [flag, result] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!result.ok) {
      io.err(`tickmark carry: ${flag}: ${result.error.message}`);
      return 1;
    }
  }
  if (!from.ok || !to.ok) return 1;
  const read = await readAnnotationsFile(resolve(parsed.annotations), from.value.text);
  if (typeof read === 'string') {
    io.err(`tickmark carry: ${read}`);
    return 1;
  }
  const inputs = read.flatMap((r) => (r.input ? [r.input] : []));
  const results = carryAnnotations(from.value.text, to.value.text, inputs);
  const byId = new Map(results.map((r) => [r.id, r]));
  const source = basename(parsed.to);
  const out = read.map((r) => writeCarried(r, r.input ? (byId.get(r.input.id) ?? null) : null, source));
  await writeFile(resolve(parsed.out), `${JSON.stringify(out, null, 2)}\n`, 'utf8');
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  if (parsed.report) {
    const report = {
      from: basename(parsed.from),
      to: source,
      counts,
      annotations: inputs.map((input, k) => {
        const r = results[k]!;
        return {
          id: input.id,
          verdict: r.verdict,
          similarity: Number(r.similarity.toFixed(4)),
          needsConfirmation: r.needsConfirmation,
          old: { start: input.target.start, end: input.target.end, quote: input.target.exact },
          new: r.target ? { start: r.target.start, end: r.target.end, quote: r.target.exact } : null,
          ...(r.figure
            ? {
                figure: {
                  change: r.figure.change,
                  oldValue: r.figure.oldValue,
                  newValue: r.figure.newValue,
                  oldText: r.figure.oldText,
                  newText: r.figure.newText,
                  unit: r.figure.unit,
                },
              }
            : {}),
        };
      }),
    };
    await writeFile(resolve(parsed.report), `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  }
  const summary = Object.entries(counts)
    .map(([verdict, n]) => `${n} ${verdict}`)
    .join(', ');
  io.out(
    `tickmark carry: ${inputs.length} annotation${inputs.length === 1 ? '' : 's'} carried (${summary || 'none'})`,
  );
  return 0;
};
