/**
 * `tickmark import FILE [--json | --text]`: imports a draft with the app's own importers and prints a
 * summary (default), the draft's metadata as JSON (`--json`), or its plain text (`--text`).
 * Import failures print their message on stderr and exit 1; usage errors exit 2.
 */
import { resolve } from 'node:path';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../run-command';
import { importDocumentInWorker } from '../../services/import/run-import-worker';
import type { ImportedDraft } from '../../../shared/model/document';

const usage = 'Usage: tickmark import FILE [--json | --text]';

/** The JSON `--json` prints: everything but the doc tree and the text itself. */
export function draftSummary(draft: ImportedDraft): Record<string, unknown> {
  return {
    title: draft.title,
    fileName: draft.fileName,
    format: draft.format,
    encoding: draft.encoding,
    sha256: draft.sha256,
    byteLength: draft.byteLength,
    textLength: draft.text.length,
    paragraphs: draft.paragraphs,
    ...(draft.pages !== undefined ? { pages: draft.pages } : {}),
    ...(draft.decoding !== undefined ? { decoding: draft.decoding } : {}),
  };
}

function parseArgs(
  args: readonly string[],
  io: CliIo,
): { file: string; mode: 'json' | 'text' | 'summary' } | null {
  const files: string[] = [];
  const modes = new Set<'json' | 'text'>();
  for (const arg of args) {
    if (arg === '--json') modes.add('json');
    else if (arg === '--text') modes.add('text');
    else if (arg.startsWith('-') && arg !== '-') {
      io.err(`tickmark import: unknown option "${arg}"\n${usage}`);
      return null;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(`tickmark import: expected one FILE, got ${files.length}\n${usage}`);
    return null;
  }
  if (modes.size > 1) {
    io.err(`tickmark import: --json and --text cannot be combined\n${usage}`);
    return null;
  }
  return { file: files[0]!, mode: [...modes][0] ?? 'summary' };
}

export const importCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const result = await importDocumentInWorker(resolve(parsed.file));
  if (!result.ok) {
    io.err(`tickmark import: ${result.error.message}`);
    return 1;
  }
  const draft = result.value;
  if (parsed.mode === 'json') io.out(JSON.stringify(draftSummary(draft), null, 2));
  else if (parsed.mode === 'text') io.out(draft.text);
  else {
    const summary = draftSummary(draft);
    io.out(
      Object.entries(summary)
        .map(([key, value]) => `${key.padEnd(11)} ${String(value)}`)
        .join('\n'),
    );
  }
  return 0;
};
