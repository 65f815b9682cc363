/**
 * `tickmark check FILE --source S [--source S2 …] [--json]`: audits a draft's figures against source
 * files with the app's own importers, matching and checks. Prints each figure with its proposed source
 * matches (source, locator, quote), its mismatches and the consistency findings that concern it; `--json`
 * prints the same as one JSON object. Import failures print their message and exit 1; usage errors exit 2.
 */
import { basename, resolve } from 'node:path';
import type { Node } from 'prosemirror-model';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../run-command';
import { importDocumentInWorker, importSourceInWorker } from '../../services/import/run-import-worker';
import { documentSchema } from '../../../shared/document/schema';
import { headingsFromDoc } from '../../../shared/figures/outline-doc';
import {
  auditDraft,
  sourceReadings,
  type AuditResult,
  type AuditSource,
} from '../../../shared/figures/matching/audit';
import { formatLocator } from '../../../shared/figures/matching/locator';
import type { Finding } from '../../../shared/checks/types';

const usage = 'Usage: tickmark check FILE --source SOURCE [--source SOURCE …] [--json]';

interface CheckArgs {
  file: string;
  sources: string[];
  json: boolean;
}

function parseArgs(args: readonly string[], io: CliIo): CheckArgs | null {
  const files: string[] = [];
  const sources: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--source' || arg === '-s') {
      const value = args[++i];
      if (!value) {
        io.err(`tickmark check: ${arg} needs a file\n${usage}`);
        return null;
      }
      sources.push(value);
    } else if (arg.startsWith('--source=')) sources.push(arg.slice('--source='.length));
    else if (arg.startsWith('-')) {
      io.err(`tickmark check: unknown option "${arg}"\n${usage}`);
      return null;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(`tickmark check: expected one FILE, got ${files.length}\n${usage}`);
    return null;
  }
  return { file: files[0]!, sources, json };
}

/** The JSON report: one entry per figure plus the findings and indicators. */
export function checkReport(fileName: string, sources: readonly AuditSource[], audit: AuditResult) {
  const findingsOf = (index: number): Finding[] => audit.findings.filter((f) => f.figures.includes(index));
  return {
    file: fileName,
    sources: sources.map((s) => ({ id: s.id, name: s.name })),
    figures: audit.figures.map((p) => ({
      index: p.index,
      start: p.figure.start,
      end: p.figure.end,
      text: p.figure.text,
      value: p.figure.value,
      ...(p.figure.high !== undefined ? { high: p.figure.high } : {}),
      unit: p.figure.unit,
      ...(p.figure.qualifier ? { qualifier: p.figure.qualifier } : {}),
      measure: p.measure?.subject ?? null,
      matches: audit.matches[p.index]!.matches.map((m) => ({
        source: m.sourceName,
        locator: m.locator,
        text: m.text,
        value: m.value,
        agreement: m.agreement,
        score: Number(m.score.toFixed(3)),
        quote: m.quote,
      })),
      mismatches: audit.matches[p.index]!.mismatches.map((m) => ({
        source: m.sourceName,
        locator: m.locator,
        text: m.text,
        value: m.value,
        measure: m.measure ?? null,
        quote: m.quote,
      })),
      verdicts: audit.matches[p.index]!.verdicts.map((v) => ({
        source: v.sourceName,
        verdict: v.verdict,
        ...(v.verdict === 'agrees' ? { rounding: v.rounding, text: v.match.text } : {}),
        ...(v.verdict === 'differs' ? { text: v.mismatch.text, difference: v.difference } : {}),
      })),
      conflict: audit.matches[p.index]!.verdicts.some((v) => v.verdict === 'differs'),
      findings: findingsOf(p.index).map((f) => f.kind),
    })),
    readings: [...sourceReadings(audit.index).entries()].map(([id, reading]) => ({ id, ...reading })),
    findings: audit.findings.map((f) => ({
      kind: f.kind,
      figures: f.figures,
      spans: f.spans,
      messageKey: f.messageKey,
      params: f.params,
      explanation: f.explanation,
    })),
    indicators: audit.indicators,
  };
}

function printText(report: ReturnType<typeof checkReport>, io: CliIo): void {
  const lines: string[] = [];
  let matched = 0;
  for (const f of report.figures) {
    if (f.matches.length === 0 && f.mismatches.length === 0 && f.findings.length === 0) continue;
    if (f.matches.length > 0) matched++;
    lines.push(`${f.text}  [${f.start}-${f.end}]${f.measure ? `  ${f.measure}` : ''}`);
    for (const m of f.matches) {
      const where = [m.source, formatLocator(m.locator)].filter(Boolean).join(' ');
      lines.push(`  = ${m.text} (${m.agreement}) ${where}: ${m.quote}`);
    }
    for (const m of f.mismatches) {
      const where = [m.source, formatLocator(m.locator)].filter(Boolean).join(' ');
      lines.push(`  ≠ MISMATCH: source states ${m.text} ${where}: ${m.quote}`);
    }
  }
  for (const finding of report.findings) lines.push(`! ${finding.kind}: ${finding.explanation}`);
  for (const r of report.readings) {
    const name = report.sources.find((s) => s.id === r.id)?.name ?? r.id;
    lines.push(
      r.candidates === 0
        ? `source ${name}: no figure to match against (${r.reason ?? 'none'})`
        : `source ${name}: ${r.candidates} figures (${r.fromTables} from ${r.tables} tables)`,
    );
  }
  const mismatches = report.figures.filter((f) => f.mismatches.length > 0).length;
  const conflicts = report.figures.filter((f) => f.conflict).length;
  lines.push(
    `${report.figures.length} figures, ${matched} with source matches, ${mismatches} mismatches (${conflicts} conflicts), ${report.findings.length} findings`,
  );
  io.out(lines.join('\n'));
}

export const checkCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const draft = await importDocumentInWorker(resolve(parsed.file));
  if (!draft.ok) {
    io.err(`tickmark check: ${draft.error.message}`);
    return 1;
  }
  const sources: AuditSource[] = [];
  for (const [i, path] of parsed.sources.entries()) {
    const source = await importSourceInWorker(resolve(path));
    if (!source.ok) {
      io.err(`tickmark check: source ${path}: ${source.error.message}`);
      return 1;
    }
    sources.push({
      id: `source-${i + 1}`,
      name: basename(path),
      text: source.value.text,
      regions: source.value.regions,
      ...(source.value.merges ? { merges: source.value.merges } : {}),
    });
  }
  const doc: Node = documentSchema.nodeFromJSON(draft.value.doc);
  const audit = auditDraft(draft.value.text, sources, { headings: headingsFromDoc(doc) });
  const report = checkReport(draft.value.fileName, sources, audit);
  if (parsed.json) io.out(JSON.stringify(report, null, 2));
  else printText(report, io);
  return 0;
};
