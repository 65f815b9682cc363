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
 * language. The objects are written as PDF source text (./pdf-raw.ts): what does not depend on where
 * the text printed is serialised while Chromium prints (./pdf-review-parts.ts), and only rectangles
 * and object numbers are spliced in here.
 */
import { PDFName, type PDFArray, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import { exportLabels, type ExportLabels } from '../../../shared/export/export-labels';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';
import {
  enclosingRect,
  mergeLineFragments,
  quadPoints,
  type PageRects,
  type Rect,
} from '../../../shared/export/quads';
import { assignRaw, assignRawText, hexText, hundredths, rawName, rawNumber, refText } from './pdf-raw';
import { reviewParts } from './pdf-review-parts';

export {
  figureReviewState,
  highlightTint,
  pdfDate,
  prepareReviewParts as prepareReviewAnnotations,
  type ReviewState,
} from './pdf-review-parts';

/**
 * Where a new object's source text goes: by default into the pdf-lib context (as a RawTextObject); an
 * incremental update writes it into the file at once (./pdf-incremental.ts `appendRaw`).
 */
export type RawObjectSink = (ref: PDFRef, text: string) => void;

export interface WrittenAnnotation {
  /** Index into the placed list. */
  index: number;
  /** 0-based page of the first highlight. */
  page: number;
  /** The first line fragment (top left first), for the margin marker. */
  firstFragment: Rect;
}

/** A coordinate rounded to 1/100 pt, as written (`rawNumber` of it, which is `hundredths` short of 1e15). */
const num = (n: number): string =>
  Math.abs(n) < 1e15 ? hundredths(n) : rawNumber(Math.round(n * 100) / 100);
const numbers = (values: readonly number[]): string => {
  let out = '';
  for (let i = 0; i < values.length; i++) out += i ? ` ${num(values[i]!)}` : num(values[i]!);
  return out;
};

/** A stream object as text: `dict` is its entries before /Length. */
const streamText = (dict: string, content: string): string =>
  `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** Where a page's annotations go and what its objects refer to, looked up once per page. */
interface PageTarget {
  annots: PDFArray;
  /** `n g R` of the page. */
  ref: string;
  width: number;
}

class AnnotationWriter {
  private readonly context: PDFContext;
  private readonly multiply: string;
  private readonly emptyAppearance: string;
  private readonly pages = new Map<number, PageTarget>();
  /** One unit-square form per tint, shared by every single-line highlight of that tint. */
  private readonly unitAppearances = new Map<string, string>();

  private readonly sink: RawObjectSink;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly labels: ExportLabels,
    sink?: RawObjectSink,
  ) {
    this.context = pdf.context;
    const context = this.context;
    this.sink = sink ?? ((ref, text) => assignRawText(context, text, ref));
    this.multiply = refText(
      assignRaw(this.context, { Type: rawName('ExtGState'), BM: rawName('Multiply'), ca: 1, CA: 1 }),
    );
    this.emptyAppearance = refText(
      this.addObject(streamText('/Type /XObject /Subtype /Form /BBox [0 0 1 1]', '')),
    );
  }

  private page(pageIndex: number): PageTarget {
    let target = this.pages.get(pageIndex);
    if (!target) {
      const page = this.pdf.getPage(pageIndex);
      let annots = page.node.Annots();
      if (!annots) page.node.set(PDFName.of('Annots'), (annots = this.context.obj([])));
      target = { annots, ref: refText(page.ref), width: page.getSize().width };
      this.pages.set(pageIndex, target);
    }
    return target;
  }

  /** `n g R` of the highlight's appearance (a new form unless it is one line). */
  private appearance(fragments: readonly Rect[], rect: Rect, tint: string): string {
    // A highlight of one line fragment fills its whole /Rect: a viewer maps an appearance's BBox onto
    // the annotation's /Rect (PDF 32000-1 §12.5.5), so a unit square drawn once per tint looks the
    // same on every one of them and saves one stream object per highlight.
    const resources = `/Resources << /ExtGState << /GS ${this.multiply} >> >>`;
    if (fragments.length === 1) {
      let unit = this.unitAppearances.get(tint);
      if (!unit) {
        unit = refText(
          this.addObject(
            streamText(
              `/Type /XObject /Subtype /Form /BBox [0 0 1 1] ${resources}`,
              `q /GS gs ${tint} rg 0 0 1 1 re f Q`,
            ),
          ),
        );
        this.unitAppearances.set(tint, unit);
      }
      return unit;
    }
    let fill = '';
    for (const [x1, y1, x2, y2] of fragments)
      fill += `${fill ? ' ' : ''}${num(x1)} ${num(y1)} ${num(x2 - x1)} ${num(y2 - y1)} re`;
    return refText(
      this.addObject(
        streamText(
          `/Type /XObject /Subtype /Form /BBox [${numbers(rect)}] ${resources}`,
          `q /GS gs ${tint} rg ${fill} f Q`,
        ),
      ),
    );
  }

  /** Writes a new object; returns its ref. */
  private addObject(text: string, ref = this.context.nextRef()): PDFRef {
    this.sink(ref, text);
    return ref;
  }

  private add(target: PageTarget, text: string, ref = this.context.nextRef()): PDFRef {
    this.addObject(text, ref);
    target.annots.push(ref);
    return ref;
  }

  write(entry: PrintAnnotation, index: number, pages: PageRects, statusLabels: Record<string, string>) {
    const { annotation } = entry;
    const parts = reviewParts(entry, statusLabels, this.labels);
    let first: { ref: string; target: PageTarget; page: number; rect: Rect; fragment: Rect } | null = null;
    for (const pageIndex of [...pages.keys()].sort((a, b) => a - b)) {
      const fragments = mergeLineFragments(pages.get(pageIndex)!);
      const rect = enclosingRect(fragments);
      const target = this.page(pageIndex);
      const head =
        `<< /Type /Annot /Subtype /Highlight /Rect [${numbers(rect)}]` +
        ` /QuadPoints [${numbers(quadPoints(fragments))}] /P ${target.ref}` +
        ` /AP << /N ${this.appearance(fragments, rect, parts.tint)} >>`;
      if (!first) {
        const ref = this.context.nextRef();
        const popup = this.context.nextRef();
        this.add(target, `${head} ${parts.first} /Popup ${refText(popup)} >>`, ref);
        const { width } = target;
        this.add(
          target,
          `<< /Type /Annot /Subtype /Popup /Parent ${refText(ref)}` +
            ` /Rect [${numbers([width - 170, rect[3] - 110, width - 10, rect[3]])}] /Open false /F 28 >>`,
          popup,
        );
        first = { ref: refText(ref), target, page: pageIndex, rect, fragment: fragments[0]! };
      } else {
        this.add(
          target,
          `${head} ${parts.common} /NM ${hexText(`${annotation.id}#page${pageIndex + 1}`)}` +
            ` /IRT ${first.ref} /RT /Group >>`,
        );
      }
    }
    if (!first) return null;
    if (parts.replies.length > 0) {
      const at = first.rect;
      // Replies and states: an empty appearance, so viewers list them in the thread without icons.
      const head =
        `<< /Type /Annot /Subtype /Text /Rect [${numbers([at[2] - 1, at[3] - 1, at[2], at[3]])}]` +
        ` /IRT ${first.ref} /P ${first.target.ref} /F 4 /Open false /Name /Comment` +
        ` /AP << /N ${this.emptyAppearance} >>`;
      for (const tail of parts.replies) this.add(first.target, `${head} ${tail} >>`);
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
  sink?: RawObjectSink,
): WrittenAnnotation[] {
  const writer = new AnnotationWriter(pdf, labels, sink);
  const written: WrittenAnnotation[] = [];
  placed.forEach((entry, index) => {
    const pages = links.get(index);
    if (!pages) return;
    const done = writer.write(entry, index, pages, statusLabels);
    if (done) written.push(done);
  });
  return written;
}
