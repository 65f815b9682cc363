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
 */
import {
  PDFHexString,
  PDFName,
  PDFString,
  type PDFArray,
  type PDFContext,
  type PDFDocument,
  type PDFRef,
} from 'pdf-lib';
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

const text = (value: string): PDFHexString => PDFHexString.fromText(value);
const round = (n: number): number => Math.round(n * 100) / 100;

class AnnotationWriter {
  private readonly context: PDFContext;
  private readonly multiply: PDFRef;
  private readonly emptyAppearance: PDFRef;

  constructor(private readonly pdf: PDFDocument) {
    this.context = pdf.context;
    this.multiply = this.context.register(
      this.context.obj({ Type: 'ExtGState', BM: 'Multiply', ca: 1, CA: 1 }),
    );
    this.emptyAppearance = this.context.register(
      this.context.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }),
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

  private appearance(fragments: readonly Rect[], rect: Rect, colour: [number, number, number]): PDFRef {
    const fill = fragments
      .map(([x1, y1, x2, y2]) => `${round(x1)} ${round(y1)} ${round(x2 - x1)} ${round(y2 - y1)} re`)
      .join(' ');
    const content = `q /GS gs ${colour.join(' ')} rg ${fill} f Q`;
    return this.context.register(
      this.context.stream(content, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: rect.map(round),
        Resources: { ExtGState: { GS: this.multiply } },
      }),
    );
  }

  private add(pageIndex: number, dict: Record<string, unknown>, ref = this.context.nextRef()): PDFRef {
    this.context.assign(ref, this.context.obj(dict as never));
    this.annots(pageIndex).push(ref);
    return ref;
  }

  write(entry: PrintAnnotation, index: number, pages: PageRects, statusLabels: Record<string, string>) {
    const { annotation } = entry;
    const colour = highlightTint(entry.colour);
    const common = {
      C: colour,
      T: text(annotation.author || 'Anonymous'),
      M: PDFString.of(pdfDate(annotation.updatedAt)),
      CreationDate: PDFString.of(pdfDate(annotation.createdAt)),
      Subj: text(kindLabel(entry)),
      F: 4,
    };
    let first: { ref: PDFRef; page: number; rect: Rect; fragment: Rect } | null = null;
    for (const pageIndex of [...pages.keys()].sort((a, b) => a - b)) {
      const fragments = mergeLineFragments(pages.get(pageIndex)!);
      const rect = enclosingRect(fragments);
      const pageRef = this.pdf.getPage(pageIndex).ref;
      const base = {
        Type: 'Annot',
        Subtype: 'Highlight',
        Rect: rect.map(round),
        QuadPoints: quadPoints(fragments).map(round),
        P: pageRef,
        AP: { N: this.appearance(fragments, rect, colour) },
        ...common,
      };
      if (!first) {
        const ref = this.context.nextRef();
        const popup = this.context.nextRef();
        this.add(
          pageIndex,
          { ...base, NM: text(annotation.id), Contents: text(noteText(entry, statusLabels)), Popup: popup },
          ref,
        );
        const { width } = this.pdf.getPage(pageIndex).getSize();
        this.add(
          pageIndex,
          {
            Type: 'Annot',
            Subtype: 'Popup',
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
          NM: text(`${annotation.id}#page${pageIndex + 1}`),
          IRT: first.ref,
          RT: 'Group',
        });
      }
    }
    if (!first) return null;
    const marker = (at: Rect): number[] => [at[2] - 1, at[3] - 1, at[2], at[3]].map(round);
    const reply = (dict: Record<string, unknown>): PDFRef =>
      this.add(first!.page, {
        Type: 'Annot',
        Subtype: 'Text',
        Rect: marker(first!.rect),
        IRT: first!.ref,
        P: this.pdf.getPage(first!.page).ref,
        F: 4,
        Open: false,
        Name: 'Comment',
        AP: { N: this.emptyAppearance },
        ...dict,
      });
    for (const r of entry.replies) {
      reply({
        RT: 'R',
        T: text(r.author || 'Anonymous'),
        M: PDFString.of(pdfDate(r.updatedAt)),
        CreationDate: PDFString.of(pdfDate(r.createdAt)),
        NM: text(r.id),
        Contents: text(r.text),
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
        RT: 'R',
        StateModel: PDFString.of('Review'),
        State: PDFString.of(state),
        T: text(annotation.author || 'Anonymous'),
        M: PDFString.of(pdfDate(annotation.updatedAt)),
        CreationDate: PDFString.of(pdfDate(annotation.updatedAt)),
        NM: text(`${annotation.id}#state`),
        Contents: text(
          entry.status ? `${entry.status.letter} ${statusLabel(entry.status, statusLabels)}` : 'Resolved',
        ),
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
): WrittenAnnotation[] {
  const writer = new AnnotationWriter(pdf);
  const written: WrittenAnnotation[] = [];
  placed.forEach((entry, index) => {
    const pages = links.get(index);
    if (!pages) return;
    const done = writer.write(entry, index, pages, statusLabels);
    if (done) written.push(done);
  });
  return written;
}
