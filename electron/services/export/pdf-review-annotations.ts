/**
 * Writes the review into the printed PDF as real PDF annotations, the way Acrobat writes its own, so
 * Acrobat, pdf.js, Okular, Evince and Preview list it in their comment panes (PDF 32000-1 §12.5):
 * - each annotation: a /Highlight with /QuadPoints over its line fragments, /Rect, an /AP appearance
 *   (multiply blend, so text stays black), /C, /T, /M, /CreationDate, /NM = its id, /Contents, /Subj and
 *   a /Popup; its part on a later page is another /Highlight with /IRT to the first and /RT /Group;
 * - each reply: a /Text with /IRT to its thread's highlight and /RT /R;
 * - a figure's status and a resolved thread: a /Text in reply with /StateModel /Review and /State
 *   (Accepted, Rejected, None, Cancelled, Completed), as Acrobat's review states are stored.
 * Replies and states get an empty appearance: viewers list them in the thread without drawing icons.
 * What a reader sees of the kind (/Subj), claim categories and review-state texts follows the export
 * language; the dicts are written as bytes (./pdf-raw.ts).
 */
import { PDFName, type PDFArray, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import { exportLabels, type ExportLabels } from '../../../shared/export/export-labels';
import {
  kindLabel,
  noteText,
  statusLabel,
  type PrintAnnotation,
} from '../../../shared/export/print-annotations';
import {
  enclosingRect,
  mergeLineFragments,
  quadPoints,
  type PageRects,
  type Rect,
} from '../../../shared/export/quads';
import {
  assignRaw,
  assignRawStream,
  rawName,
  rawPairs,
  rawPairsOf,
  rawText,
  type RawText,
  type RawValue,
} from './pdf-raw';

export type ReviewState = 'Accepted' | 'Rejected' | 'None' | 'Cancelled' | 'Completed';

/** Acrobat review state of a figure, from the group its status belongs to. */
export function figureReviewState(entry: PrintAnnotation): ReviewState | null {
  switch (entry.status?.group) {
    case 'verified':
      return 'Accepted';
    case 'disputed':
      return 'Rejected';
    case 'unverified':
      return 'None';
    case 'not-applicable':
      return 'Cancelled';
    default:
      return null;
  }
}

/** PDF date string (§7.9.4) of an ISO time: `D:20261201012300Z`. */
export function pdfDate(iso: string): string {
  const date = new Date(iso);
  const safe = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return `D:${safe.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** The palette colour lightened towards white so a highlight never hides the text under it. */
export function highlightTint(hex: string, towardsWhite = 0.55): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return Math.round((c + (1 - c) * towardsWhite) * 1000) / 1000;
  };
  return [channel(16), channel(8), channel(0)];
}

export interface WrittenAnnotation {
  /** Index into the placed list. */
  index: number;
  /** 0-based page of the first highlight. */
  page: number;
  /** The first line fragment (top left first), for the margin marker. */
  firstFragment: Rect;
}

const round = (n: number): number => Math.round(n * 100) / 100;
/** Dates repeat (one per annotation and reply, often the same second): formatted once each. */
const dates = new Map<string, RawValue>();
const date = (iso: string): RawValue => {
  let value = dates.get(iso);
  if (value === undefined) {
    if (dates.size > 20000) dates.clear();
    dates.set(iso, (value = rawText(`(${pdfDate(iso)})`)));
  }
  return value;
};
const names = {
  Annot: rawName('Annot'),
  Highlight: rawName('Highlight'),
  Popup: rawName('Popup'),
  Text: rawName('Text'),
  Comment: rawName('Comment'),
  R: rawName('R'),
  Group: rawName('Group'),
  XObject: rawName('XObject'),
  Form: rawName('Form'),
};

interface PreparedEntry {
  /** /C /T /M /CreationDate /Subj /F, shared by every highlight of the annotation. */
  common: RawText;
  /** Both the common pairs and /NM /Contents of its first highlight. */
  first: RawText;
}
/** What does not depend on where the text landed, serialised while Chromium prints. */
const prepared = new WeakMap<PrintAnnotation, PreparedEntry>();

function prepareEntry(
  entry: PrintAnnotation,
  statusLabels: Record<string, string>,
  labels: ExportLabels,
): PreparedEntry {
  const { annotation } = entry;
  const common = rawPairsOf({
    C: highlightTint(entry.colour),
    T: annotation.author || 'Anonymous',
    M: date(annotation.updatedAt),
    CreationDate: date(annotation.createdAt),
    Subj: kindLabel(entry, labels),
    F: 4,
  });
  const first = rawText(
    `${common.value} ${rawPairsOf({ NM: annotation.id, Contents: noteText(entry, statusLabels, labels) }).value}`,
  );
  const done = { common, first };
  prepared.set(entry, done);
  return done;
}

/**
 * Serialises the position-free parts of every annotation ahead (in slices, yielding between them), so
 * the work overlaps the print; `writeReviewAnnotations` uses what is ready.
 */
export async function prepareReviewAnnotations(
  placed: readonly PrintAnnotation[],
  statusLabels: Record<string, string>,
  labels: ExportLabels,
  signal?: AbortSignal,
): Promise<void> {
  let sliceStart = performance.now();
  for (const entry of placed) {
    if (signal?.aborted) return;
    if (!prepared.has(entry)) prepareEntry(entry, statusLabels, labels);
    if (performance.now() - sliceStart > 8) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

class AnnotationWriter {
  private readonly context: PDFContext;
  private readonly multiply: PDFRef;
  private readonly emptyAppearance: PDFRef;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly labels: ExportLabels,
  ) {
    this.context = pdf.context;
    this.multiply = assignRaw(this.context, {
      Type: rawName('ExtGState'),
      BM: rawName('Multiply'),
      ca: 1,
      CA: 1,
    });
    this.emptyAppearance = assignRawStream(
      this.context,
      { Type: names.XObject, Subtype: names.Form, BBox: [0, 0, 1, 1] },
      '',
    );
  }

  private annots(pageIndex: number): PDFArray {
    const page = this.pdf.getPage(pageIndex);
    const existing = page.node.Annots();
    if (existing) return existing;
    const array = this.context.obj([]);
    page.node.set(PDFName.of('Annots'), array);
    return array;
  }

  /** One unit-square form per tint, shared by every single-line highlight of that tint. */
  private readonly unitAppearances = new Map<string, PDFRef>();

  private appearance(fragments: readonly Rect[], rect: Rect, colour: [number, number, number]): PDFRef {
    // A highlight of one line fragment fills its whole /Rect: a viewer maps an appearance's BBox onto
    // the annotation's /Rect (PDF 32000-1 §12.5.5), so a unit square drawn once per tint looks the
    // same on every one of them and saves one stream object per highlight.
    if (fragments.length === 1) {
      const key = colour.join(' ');
      let unit = this.unitAppearances.get(key);
      if (!unit) {
        unit = assignRawStream(
          this.context,
          {
            Type: names.XObject,
            Subtype: names.Form,
            BBox: [0, 0, 1, 1],
            Resources: { ExtGState: { GS: this.multiply } },
          },
          `q /GS gs ${key} rg 0 0 1 1 re f Q`,
        );
        this.unitAppearances.set(key, unit);
      }
      return unit;
    }
    const fill = fragments
      .map(([x1, y1, x2, y2]) => `${round(x1)} ${round(y1)} ${round(x2 - x1)} ${round(y2 - y1)} re`)
      .join(' ');
    const content = `q /GS gs ${colour.join(' ')} rg ${fill} f Q`;
    return assignRawStream(
      this.context,
      {
        Type: names.XObject,
        Subtype: names.Form,
        BBox: rect.map(round),
        Resources: { ExtGState: { GS: this.multiply } },
      },
      content,
    );
  }

  private add(pageIndex: number, dict: Record<string, RawValue>, ref = this.context.nextRef()): PDFRef {
    assignRaw(this.context, dict, ref);
    this.annots(pageIndex).push(ref);
    return ref;
  }

  write(entry: PrintAnnotation, index: number, pages: PageRects, statusLabels: Record<string, string>) {
    const { annotation } = entry;
    const colour = highlightTint(entry.colour);
    const fixed = prepared.get(entry) ?? prepareEntry(entry, statusLabels, this.labels);
    const common = { [rawPairs]: fixed.common };
    let first: { ref: PDFRef; page: number; rect: Rect; fragment: Rect } | null = null;
    for (const pageIndex of [...pages.keys()].sort((a, b) => a - b)) {
      const fragments = mergeLineFragments(pages.get(pageIndex)!);
      const rect = enclosingRect(fragments);
      const pageRef = this.pdf.getPage(pageIndex).ref;
      const base = {
        Type: names.Annot,
        Subtype: names.Highlight,
        Rect: rect.map(round),
        QuadPoints: quadPoints(fragments).map(round),
        P: pageRef,
        AP: { N: this.appearance(fragments, rect, colour) },
        ...common,
      };
      if (!first) {
        const ref = this.context.nextRef();
        const popup = this.context.nextRef();
        this.add(pageIndex, { ...base, [rawPairs]: fixed.first, Popup: popup }, ref);
        const { width } = this.pdf.getPage(pageIndex).getSize();
        this.add(
          pageIndex,
          {
            Type: names.Annot,
            Subtype: names.Popup,
            Parent: ref,
            Rect: [round(width - 170), round(rect[3] - 110), round(width - 10), round(rect[3])],
            Open: false,
            F: 28,
          },
          popup,
        );
        first = { ref, page: pageIndex, rect, fragment: fragments[0]! };
      } else {
        this.add(pageIndex, {
          ...base,
          NM: `${annotation.id}#page${pageIndex + 1}`,
          IRT: first.ref,
          RT: names.Group,
        });
      }
    }
    if (!first) return null;
    const marker = (at: Rect): number[] => [at[2] - 1, at[3] - 1, at[2], at[3]].map(round);
    const reply = (dict: Record<string, RawValue>): PDFRef =>
      this.add(first!.page, {
        Type: names.Annot,
        Subtype: names.Text,
        Rect: marker(first!.rect),
        IRT: first!.ref,
        P: this.pdf.getPage(first!.page).ref,
        F: 4,
        Open: false,
        Name: names.Comment,
        AP: { N: this.emptyAppearance },
        ...dict,
      });
    for (const r of entry.replies) {
      reply({
        RT: names.R,
        T: r.author || 'Anonymous',
        M: date(r.updatedAt),
        CreationDate: date(r.createdAt),
        NM: r.id,
        Contents: r.text,
      });
    }
    const body = annotation.body;
    const state: ReviewState | null =
      body.kind === 'figure'
        ? figureReviewState(entry)
        : body.kind === 'comment' && body.resolved
          ? 'Completed'
          : null;
    if (state) {
      reply({
        RT: names.R,
        StateModel: rawText('(Review)'),
        State: rawText(`(${state})`),
        T: annotation.author || 'Anonymous',
        M: date(annotation.updatedAt),
        CreationDate: date(annotation.updatedAt),
        NM: `${annotation.id}#state`,
        Contents: entry.status
          ? `${entry.status.letter} ${statusLabel(entry.status, statusLabels)}`
          : this.labels.resolvedState,
      });
    }
    return { index, page: first.page, firstFragment: first.fragment };
  }
}

/**
 * Adds the annotations of `placed` whose links were found (`links`, from ./pdf-links.ts). Returns
 * what was written, for the margin markers; an annotation with no link (it fell in text that prints
 * nothing) is left out of the result so the caller can list it.
 */
export function writeReviewAnnotations(
  pdf: PDFDocument,
  placed: readonly PrintAnnotation[],
  links: ReadonlyMap<number, PageRects>,
  statusLabels: Record<string, string> = {},
  labels: ExportLabels = exportLabels(),
): WrittenAnnotation[] {
  const writer = new AnnotationWriter(pdf, labels);
  const written: WrittenAnnotation[] = [];
  placed.forEach((entry, index) => {
    const pages = links.get(index);
    if (!pages) return;
    const done = writer.write(entry, index, pages, statusLabels);
    if (done) written.push(done);
  });
  return written;
}
