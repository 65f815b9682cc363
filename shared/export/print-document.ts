/**
 * The ONE layout of an annotated PDF, used by the app and the CLI alike: from a version and its
 * annotations to the HTML Chromium prints (cover, the draft with placeholder links over every annotated
 * stretch, appendix), the running header and footer templates, and the page geometry the margin notes
 * and the PDF annotation writer need. Pure: no DOM, no Node, so it is unit-tested without a browser.
 */
import type { Annotation, Reply } from '../annotations/model';
import type { FigureStatusDef } from '../figures/statuses';
import type { PmNodeJson } from '../model/document';
import { appendixHtml, coverHtml } from './cover-appendix';
import { docToPrintHtml, escapeHtml } from './doc-to-print-html';
import { exportLabels, type ExportLabels, type ExportLanguage } from './export-labels';
import { pageGeometry, type ExportPdfOptions, type PageGeometry } from './export-options';
import { selectPrintAnnotations, type PrintSelection, type PrintSourceLink } from './print-annotations';
import { headerFooterTemplates, printCss } from './print-css';

/** The parts of a DocumentVersion the export reads. */
export interface PrintVersion {
  title: string;
  fileName: string;
  sha256: string;
  number: number;
  doc: PmNodeJson;
  text: string;
}

export interface PrintInput {
  version: PrintVersion;
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  sources?: readonly PrintSourceLink[];
  legend?: readonly FigureStatusDef[];
  options: ExportPdfOptions;
  exportedAt: Date;
  /** Translated status names by id (built-ins default to the export language's). */
  statusLabels?: Record<string, string>;
  /** Language of the cover, appendix, header and note headers (the reviewer's UI language). */
  language?: ExportLanguage;
}

export interface PrintDocument {
  html: string;
  headerTemplate: string;
  footerTemplate: string;
  page: PageGeometry;
  lang: string;
  selection: PrintSelection;
  /** Number of pages before the draft's first page (the cover), so notes know where the text starts. */
  leadingPages: number;
  /** The running header's two parts (the export draws it itself when it draws the notes). */
  header: { title: string; draft: string };
  labels: ExportLabels;
  /** Status names by id: the export language's built-ins overlaid with the request's. */
  statusLabels: Record<string, string>;
}

// Characters common in one script and absent from the other; enough to pick the CJK font variant.
const traditionalOnly = /[這國會們說時來對發與為經濟區點實體產業長開關書門車學當從過還進]/g;
const simplifiedOnly = /[这国会们说时来对发与为经济区点实体产业长开关书门车学当从过还进]/g;

/** BCP 47 tag for the text: picks the CJK font variant and tells Chromium how to break lines. */
export function detectLang(text: string): string {
  const sample = text.slice(0, 20000);
  const cjk = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (cjk < sample.length * 0.05) return 'en';
  const traditional = sample.match(traditionalOnly)?.length ?? 0;
  const simplified = sample.match(simplifiedOnly)?.length ?? 0;
  return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
}

/**
 * `drawn`: the export draws underlines, notes, header and footer into the PDF itself, so the print
 * carries only the text and the placeholder links.
 */
export function buildPrintDocument(input: PrintInput, drawn = false): PrintDocument {
  const { version, options } = input;
  const labels = exportLabels(input.language);
  const statusLabels = { ...labels.statuses, ...input.statusLabels };
  const selection = selectPrintAnnotations({
    text: version.text,
    annotations: input.annotations,
    replies: input.replies,
    options,
    ...(input.legend ? { legend: input.legend } : {}),
    ...(input.sources ? { sources: input.sources } : {}),
  });
  const page = pageGeometry(options.paper);
  const lang = detectLang(version.text);
  const body = docToPrintHtml(version.doc, selection.placed, !drawn);
  const title = version.title || version.fileName;
  const cover = options.cover
    ? coverHtml(
        {
          title,
          draftNumber: version.number,
          fileName: version.fileName,
          sha256: version.sha256,
          exportedAt: input.exportedAt,
        },
        selection,
        statusLabels,
        labels,
      )
    : '';
  const appendix = options.appendix
    ? appendixHtml(selection, body.headings, version.text, statusLabels, labels)
    : '';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,"><style>${printCss(page, lang)}</style></head>
<body>${cover}<main class="doc">${body.html}</main>${appendix}</body></html>`;
  const header = { title, draft: labels.draft(version.number) };
  return {
    html,
    header,
    labels,
    statusLabels,
    ...headerFooterTemplates(page, lang, header, escapeHtml),
    page,
    lang,
    selection,
    leadingPages: options.cover ? 1 : 0,
  };
}
