/**
 * `tickmark export-ledger DRAFT [--annotations A.jsonld] --out OUT.csv|OUT.xlsx`: the figure ledger of a
 * draft as the app exports it — every detected figure with its section and sentence, and, from a Web
 * Annotation file (the app's export or another tool's), each figure's status, note, reviewer, time and
 * accepted source links. Annotations are placed in the draft as the app's import places them (position,
 * then quote); a file for another document is refused. Exit 1: bad input; 2: usage.
 */
import { resolve } from 'node:path';
import { planImport } from '../../../shared/annotations/import-plan';
import { sha256OfText } from '../../../shared/annotations/w3c-export';
import type { WebAnnotationFile } from '../../../shared/annotations/w3c-incoming';
import { documentSchema } from '../../../shared/document/schema';
import { buildLedgerTable } from '../../../shared/figures/ledger-table';
import { auditDraft } from '../../../shared/figures/matching/audit';
import { buildLedger } from '../../../shared/figures/matching/ledger';
import { headingsFromDoc } from '../../../shared/figures/outline-doc';
import { buildLegend } from '../../../shared/figures/statuses';
import { readAnnotationFile } from '../../services/annotations/read-annotation-file';
import { importDocumentInWorker } from '../../services/import/run-import-worker';
import { ledgerFormatOf, writeLedgerFile } from '../../services/ledger/write-ledger';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../run-command';

const usage = 'Usage: tickmark export-ledger DRAFT [--annotations A.jsonld] --out OUT.csv|OUT.xlsx';

interface LedgerArgs {
  draft: string;
  annotations: string | null;
  out: string;
}

function parseArgs(args: readonly string[], io: CliIo): LedgerArgs | null {
  const positional: string[] = [];
  let annotations: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--annotations' || flag === '--out') {
      const value = inline ?? args[++i];
      if (!value) {
        io.err(`tickmark export-ledger: ${flag} needs a file\n${usage}`);
        return null;
      }
      if (flag === '--out') out = value;
      else annotations = value;
    } else if (arg.startsWith('-')) {
      io.err(`tickmark export-ledger: unknown option "${arg}"\n${usage}`);
      return null;
    } else positional.push(arg);
  }
  if (positional.length !== 1 || !out) {
    io.err(`tickmark export-ledger: expected one DRAFT and --out\n${usage}`);
    return null;
  }
  if (!ledgerFormatOf(out)) {
    io.err(`tickmark export-ledger: --out must end in .csv or .xlsx (got "${out}")\n${usage}`);
    return null;
  }
  return { draft: positional[0]!, annotations, out };
}

export const exportLedgerCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const draft = await importDocumentInWorker(resolve(parsed.draft));
  if (!draft.ok) {
    io.err(`tickmark export-ledger: ${draft.error.message}`);
    return 1;
  }
  const { text } = draft.value;
  let file: WebAnnotationFile = {
    annotations: [],
    replies: [],
    issues: [],
    sources: [],
    itemCount: 0,
    label: null,
  };
  if (parsed.annotations) {
    const read = await readAnnotationFile(resolve(parsed.annotations));
    if (!read.ok) {
      io.err(`tickmark export-ledger: ${read.error.message}`);
      return 1;
    }
    file = read.value;
  }
  const plan = planImport(file, {
    documentId: 'draft',
    versionId: 'draft',
    text,
    textSha256: await sha256OfText(text),
    lineageSha256: [],
    existing: { annotations: [], replies: [] },
  });
  if (!plan.ok) {
    io.err(`tickmark export-ledger: ${parsed.annotations}: ${plan.error.message}`);
    return 1;
  }
  for (const issue of plan.value.issues) io.err(`${issue.level}: ${issue.message}`);
  const headings = headingsFromDoc(documentSchema.nodeFromJSON(draft.value.doc));
  const audit = auditDraft(text, [], { headings });
  const rows = buildLedger(text, audit, plan.value.put, headings);
  const links = new Map(file.annotations.filter((a) => a.links.length > 0).map((a) => [a.id, a.links]));
  const table = buildLedgerTable({
    title: draft.value.title,
    rows,
    legend: buildLegend(),
    annotations: plan.value.put,
    links,
  });
  const written = await writeLedgerFile(resolve(parsed.out), table);
  if (!written.ok) {
    io.err(`tickmark export-ledger: ${written.error.message}`);
    return 1;
  }
  const decided = table.figures.filter((r) => r.updated !== '').length;
  io.out(
    `${parsed.out}: ${table.figures.length} figures (${decided} with a decision), ${table.sources.length} source links`,
  );
  return 0;
};
