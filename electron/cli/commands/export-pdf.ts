/**
 * `tickmark export-pdf DRAFT --annotations A.jsonld --out OUT.pdf [options]`: the app's annotated PDF
 * from files. The draft is imported with the app's importers; annotation offsets refer to its plain
 * text (`tickmark import DRAFT --text`), and annotations whose quote is not found become orphans listed
 * in the appendix. Printing uses a Chromium found on this machine (TICKMARK_CHROMIUM overrides).
 * Bad input exits 1, usage errors 2.
 */
import { planImport } from '../../../shared/annotations/import-plan';
import type { Annotation, Reply } from '../../../shared/annotations/model';
import { sha256OfText } from '../../../shared/annotations/w3c-export';
import { exportLanguages, type ExportLanguage } from '../../../shared/export/export-labels';
import { basename, delimiter, dirname, resolve } from 'node:path';
import { annotationKinds, type AnnotationKind } from '../../../shared/annotations/model';
import {
  defaultExportPdfOptions,
  paperSizes,
  type ExportPdfOptions,
  type PaperSize,
} from '../../../shared/export/export-options';
import { AppFailure } from '../../../shared/result';
import {
  chromiumMissingMessage,
  createChromiumPrinter,
  findChromium,
} from '../../services/export/chromium-printer';
import { exportAnnotatedPdf } from '../../services/export/export-annotated-pdf';
import { findNoteFonts } from '../../services/export/note-fonts';
import { writeFileAtomic } from '../../services/export/write-file-atomic';
import { importDocumentInWorker } from '../../services/import/run-import-worker';
import type { CliIo } from '../cli-io';
import { readAnnotationFile } from '../../services/annotations/read-annotation-file';
import type { CliCommand } from '../run-command';

const usageLines = [
  'Usage: tickmark export-pdf DRAFT --annotations A.jsonld --out OUT.pdf [options]',
  '',
  '  --annotations FILE   W3C Web Annotations (JSON-LD); offsets refer to `tickmark import DRAFT --text`',
  '  --out FILE           the PDF to write (written to a temporary file, then renamed)',
  `  --kinds LIST         comma-separated: ${annotationKinds.join(',')} (default: all)`,
  '  --statuses LIST      figure status ids to include (default: all)',
  '  --authors LIST       authors to include (default: all)',
  '  --no-resolved        leave out resolved comment threads',
  '  --paper a4|letter    paper size (default: a4)',
  '  --draft-number N     draft number printed in the header and on the cover (default: 1)',
  '  --no-cover           no cover page',
  '  --no-appendix        no appendix (figure schedule, orphans)',
  '  --lang en|zh-Hant|zh-Hans  language of the cover, appendix, header and notes (default: en)',
];

interface Parsed {
  draft: string;
  annotations: string | null;
  out: string;
  options: ExportPdfOptions;
  draftNumber: number;
  language: ExportLanguage;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function parseArgs(args: readonly string[], io: CliIo): Parsed | null {
  const fail = (message: string): null => {
    io.err(`tickmark export-pdf: ${message}\n${usageLines[0]}`);
    return null;
  };
  const files: string[] = [];
  const options: ExportPdfOptions = { ...defaultExportPdfOptions };
  let annotations: string | null = null;
  let out: string | null = null;
  let draftNumber = 1;
  let language: ExportLanguage = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string | null => (i + 1 < args.length ? args[++i]! : null);
    switch (arg) {
      case '--annotations':
        if ((annotations = value()) === null) return fail('--annotations needs a file');
        break;
      case '--out':
        if ((out = value()) === null) return fail('--out needs a file');
        break;
      case '--kinds': {
        const kinds = list(value() ?? '');
        const bad = kinds.filter((k) => !(annotationKinds as readonly string[]).includes(k));
        if (kinds.length === 0 || bad.length > 0)
          return fail(`--kinds takes ${annotationKinds.join(',')}; got "${bad.join(',') || ''}"`);
        options.kinds = kinds as AnnotationKind[];
        break;
      }
      case '--statuses':
        options.statuses = list(value() ?? '');
        break;
      case '--authors':
        options.authors = list(value() ?? '');
        break;
      case '--no-resolved':
        options.includeResolved = false;
        break;
      case '--paper': {
        const paper = (value() ?? '').toLowerCase();
        if (!(paperSizes as readonly string[]).includes(paper))
          return fail(`--paper takes a4 or letter, got "${paper}"`);
        options.paper = paper as PaperSize;
        break;
      }
      case '--draft-number': {
        draftNumber = Number(value());
        if (!Number.isInteger(draftNumber) || draftNumber < 1)
          return fail('--draft-number takes a whole number ≥ 1');
        break;
      }
      case '--lang': {
        const lang = value() ?? '';
        const known = exportLanguages.find((l) => l.toLowerCase() === lang.toLowerCase());
        if (!known) return fail(`--lang takes ${exportLanguages.join(', ')}, got "${lang}"`);
        language = known;
        break;
      }
      case '--no-cover':
        options.cover = false;
        break;
      case '--no-appendix':
        options.appendix = false;
        break;
      default:
        if (arg.startsWith('-')) return fail(`unknown option "${arg}"`);
        files.push(arg);
    }
  }
  if (files.length !== 1) return fail(`expected one DRAFT, got ${files.length}`);
  if (!out) return fail('--out OUT.pdf is required');
  return { draft: files[0]!, annotations, out, options, draftNumber, language };
}

/** The help text, naming the browser that will print. */
export function exportPdfHelp(env: Record<string, string | undefined> = process.env): string {
  let browser: string;
  try {
    const found = findChromium(env);
    browser = found
      ? `Printing uses ${found}${env.TICKMARK_CHROMIUM ? ' (TICKMARK_CHROMIUM)' : ''}; set TICKMARK_CHROMIUM to use another Chromium or Chrome.`
      : chromiumMissingMessage;
  } catch (error) {
    browser = (error as Error).message;
  }
  const fonts = findNoteFonts(env);
  const notes = fonts
    ? `Notes are drawn with ${basename(fonts.cjk)} and ${basename(fonts.latin)} (${dirname(fonts.cjk)}); TICKMARK_NOTE_FONTS=cjk.ttf${delimiter}latin.ttf overrides.`
    : 'No TrueType fonts for the notes: they are printed by Chromium instead (slower).';
  return [...usageLines, '', browser, notes].join('\n');
}

export const exportPdfCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(exportPdfHelp());
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const fail = (message: string): number => {
    io.err(`tickmark export-pdf: ${message}`);
    return 1;
  };
  let chromium: string | null;
  try {
    chromium = findChromium();
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!chromium) return fail(chromiumMissingMessage);
  const draft = await importDocumentInWorker(resolve(parsed.draft));
  if (!draft.ok) return fail(draft.error.message);
  // The app's tolerant reader and merge plan: other tools' files work, positions fall back to quotes,
  // and what cannot be placed becomes an orphan listed in the appendix.
  let annotations: Annotation[] = [];
  let replies: Reply[] = [];
  if (parsed.annotations) {
    const read = await readAnnotationFile(resolve(parsed.annotations));
    if (!read.ok) return fail(read.error.message);
    const { text } = draft.value;
    const plan = planImport(read.value, {
      documentId: 'cli-document',
      versionId: 'cli-version',
      text,
      textSha256: await sha256OfText(text),
      lineageSha256: [],
      existing: { annotations: [], replies: [] },
    });
    if (!plan.ok) return fail(`${parsed.annotations}: ${plan.error.message}`);
    for (const issue of plan.value.issues) io.err(`tickmark export-pdf: ${issue.level}: ${issue.message}`);
    annotations = plan.value.put;
    replies = plan.value.putReplies;
  }
  const printer = createChromiumPrinter(chromium);
  try {
    const result = await exportAnnotatedPdf(
      {
        version: { ...draft.value, number: parsed.draftNumber },
        annotations,
        replies,
        options: parsed.options,
        language: parsed.language,
        exportedAt: new Date(),
      },
      { printToPdf: printer.printToPdf },
    );
    await writeFileAtomic(resolve(parsed.out), result.bytes);
    io.out(
      `Wrote ${parsed.out}: ${result.pages} pages, ${result.highlighted} annotations highlighted` +
        (result.orphans.length
          ? `, ${result.orphans.length} not found in the draft (listed in the appendix)`
          : '') +
        '.',
    );
    return 0;
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.message);
    throw error;
  } finally {
    await printer.close();
  }
};
