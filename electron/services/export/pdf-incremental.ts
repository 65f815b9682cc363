/**
 * Opens a Chromium-printed PDF for an incremental update (PDF 32000-1 §7.5.6) instead of loading and
 * re-saving all of it with pdf-lib. Chromium's PDFs are large (every CJK glyph a Type 3 procedure) and
 * the export only touches a few objects: the page tree, the pages' placeholder links, the fonts'
 * ToUnicode maps, the catalog and the document info. Parsing just those and appending the changed and
 * new objects after the printed bytes (a new xref section with /Prev) cut the pdf-lib stage of a
 * 169-page export from ~5 s to a fraction of a second (README "Exporting an annotated PDF").
 *
 * The returned PDFDocument is a real pdf-lib document whose context holds only the parsed objects;
 * code that only walks pages, annotations and fonts (./pdf-links.ts, ./pdf-review-annotations.ts,
 * ./pdf-tounicode.ts) runs on it unchanged. Files this reader does not expect (an xref stream, an
 * earlier update, encryption) give null, and the caller loads the whole file instead.
 */
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';
import { RawTextObject } from './pdf-raw';

export interface IncrementalPdf {
  pdf: PDFDocument;
  /** The ToUnicode streams of the fonts the pages use (parsed; the font dicts themselves are not). */
  toUnicode: PDFRef[];
  /**
   * Chromium's plain URI links, read from their bytes without parsing them into the context (a
   * 5,000-annotation export has ~10,000): rectangle and URI by ref. ./pdf-links.ts looks here for
   * annotations it cannot find in the context.
   */
  links: Map<PDFRef, { rect: [number, number, number, number]; uri: string }>;
  /**
   * Writes a new object, given as PDF source text (ASCII), into the update at once instead of keeping it
   * in the pdf-lib context until `finish`: the thousands of annotation objects of a large export then
   * die young as strings, and are not enumerated, compared and copied again when the update is written.
   */
  appendRaw(ref: PDFRef, text: string): void;
  /** The printed bytes followed by the update holding every new or changed object. */
  finish(): Uint8Array;
}

/** What ends every object written into the update. */
const objectTail = '\nendobj\n';

/**
 * Objects written as soon as they are made: gathered as text and encoded 64 KB at a time (Buffer's
 * encoder costs about a microsecond a call, and a large export makes ~13,500 objects), with where each
 * starts (by object number, relative to the first one).
 */
class AppendedObjects {
  readonly offsets: Array<[number, number]> = [];
  private readonly parts: Buffer[] = [];
  private pending = '';
  size = 0;

  add(ref: PDFRef, text: string): void {
    const head = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
    this.offsets.push([ref.objectNumber, this.size]);
    this.pending += head + text + objectTail;
    this.size += head.length + text.length + objectTail.length;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  /** Copies everything written so far into `out` at `at`. */
  copyInto(out: Buffer, at: number): void {
    this.flush();
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
  }

  private flush(): void {
    // Everything written here is ASCII (text strings go out as hex): Latin-1 is byte for byte.
    if (this.pending) this.parts.push(Buffer.from(this.pending, 'latin1'));
    this.pending = '';
  }
}

/**
 * A link annotation exactly as Skia writes it (one object, no nested strings with escapes); anything
 * else is parsed the ordinary way.
 */
const skiaLink =
  /^\s*\d+\s+\d+\s+obj\s*<<\/Type \/Annot\s*\/Subtype \/Link\s*(?:\/F \d+\s*)?(?:\/Border \[[\d .]*\]\s*)?\/Rect \[(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+)\]\s*\/A <<\/Type \/Action\s*\/S \/URI\s*\/URI \(([\x21-\x27\x2a-\x5b\x5d-\x7e]*)\)>>>>\s*endobj/;

/** The same pattern anchored where matching starts (`lastIndex`), to match inside the whole file. */
const skiaLinkAt = new RegExp(skiaLink.source.slice(1), 'y');
/** A link longer than this is not one of ours, and is parsed the ordinary way. */
const skiaLinkMax = 512;

/**
 * The link at `offset` of the printed bytes, if it is one of Skia's plain URI links. `text` is the
 * whole file as Latin-1 when the caller has it: one string for ~10,000 links instead of one each.
 */
export function peekSkiaLink(
  bytes: Uint8Array,
  offset: number,
  text?: string,
): { rect: [number, number, number, number]; uri: string } | null {
  let match: RegExpExecArray | null;
  if (text === undefined) match = skiaLink.exec(latin1(bytes, offset, offset + skiaLinkMax));
  else {
    skiaLinkAt.lastIndex = offset;
    match = skiaLinkAt.exec(text);
    if (match && match[0].length > skiaLinkMax) match = null;
  }
  if (!match) return null;
  const [x1, y1, x2, y2] = match.slice(1, 5).map(Number) as [number, number, number, number];
  if (![x1, y1, x2, y2].every(Number.isFinite)) return null;
  return {
    rect: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)],
    uri: match[5]!,
  };
}

/** Latin-1 text of a byte range (Buffer's decoder: TextDecoder's windows-1252 is far slower). */
const latin1 = (bytes: Uint8Array, start: number, end = bytes.length): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    'latin1',
    start,
    Math.min(end, bytes.length),
  );

interface XrefTable {
  offsets: Map<number, number>;
  trailer: PDFDict;
  startxref: number;
}

function readXref(bytes: Uint8Array, context: PDFContext): XrefTable | null {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) return null;
  const startxref = Number(match[1]);
  const head = latin1(bytes, startxref, startxref + 4);
  if (head !== 'xref') return null; // an xref stream: not what Chromium writes, load it all
  const end = latin1(bytes, startxref).indexOf('trailer');
  if (end < 0) return null;
  const table = latin1(bytes, startxref + 4, startxref + end);
  const offsets = new Map<number, number>();
  const lines = table.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  for (let i = 0; i < lines.length;) {
    const [first, count] = lines[i]!.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(first) || !Number.isInteger(count)) return null;
    for (let k = 0; k < count!; k++) {
      const entry = lines[i + 1 + k]?.trim().split(/\s+/);
      if (!entry || entry.length < 3) return null;
      if (entry[2] === 'n' && Number(entry[1]) === 0) offsets.set(first! + k, Number(entry[0]));
    }
    i += 1 + count!;
  }
  const parser = PDFObjectParser.forBytes(bytes.subarray(startxref + end + 'trailer'.length), context);
  const trailer = parser.parseObject();
  if (!(trailer instanceof PDFDict)) return null;
  return { offsets, trailer, startxref };
}

/**
 * Writes `object` at `at` like its own copyBytesInto, but copies stream contents and raw objects
 * (./pdf-raw.ts) in one block each; returns the bytes written.
 */
function copyObjectInto(object: PDFObject, out: Buffer, at: number): number {
  if (object instanceof PDFInvalidObject) {
    const data = (object as unknown as { data: Uint8Array }).data;
    out.set(data, at);
    return data.length;
  }
  if (object instanceof PDFStream) {
    const contents = object.getContents();
    object.updateDict();
    let n = object.dict.copyBytesInto(out, at);
    n += out.write('\nstream\n', at + n, 'latin1');
    out.set(contents, at + n);
    n += contents.length;
    return n + out.write('\nendstream', at + n, 'latin1');
  }
  return object.copyBytesInto(out, at);
}

/** Parses the printed PDF's structure only; null when it is not the simple file Chromium writes. */
export function openForIncrementalUpdate(bytes: Uint8Array): IncrementalPdf | null {
  const context = PDFContext.create();
  const xref = readXref(bytes, context);
  if (!xref) return null;
  const { trailer, offsets } = xref;
  if (trailer.get(PDFName.of('Prev')) || trailer.get(PDFName.of('Encrypt'))) return null;
  const size = trailer.lookup(PDFName.of('Size'));
  const root = trailer.get(PDFName.of('Root'));
  if (!(size instanceof PDFNumber) || !(root instanceof PDFRef)) return null;
  context.largestObjectNumber = size.asNumber() - 1;

  // What each parsed object looked like, to write only those that changed.
  const original = new Map<PDFRef, { object: PDFObject; text: string | null }>();
  const load = (ref: PDFObject | undefined): PDFObject | undefined => {
    if (!(ref instanceof PDFRef)) return ref;
    const known = context.lookup(ref);
    if (known) return known;
    const offset = offsets.get(ref.objectNumber);
    if (offset === undefined) return undefined;
    const header = /^\s*\d+\s+\d+\s+obj/.exec(latin1(bytes, offset, offset + 40));
    if (!header) throw new Error(`Object ${ref.objectNumber} is not at offset ${offset} of the printed PDF`);
    const object = PDFObjectParser.forBytes(bytes.subarray(offset + header[0].length), context).parseObject();
    context.assign(ref, object);
    original.set(ref, { object, text: object instanceof PDFStream ? null : object.toString() });
    return object;
  };
  const dictOf = (value: PDFObject | undefined): PDFDict | undefined => {
    const object = load(value);
    return object instanceof PDFDict ? object : undefined;
  };

  const info = trailer.get(PDFName.of('Info'));
  load(info);
  const catalog = dictOf(root);
  if (!catalog) return null;
  // Type 3 font dicts are big (Widths, CharProcs, Differences): find their /ToUnicode in the raw bytes.
  const fontRefs = new Set<PDFRef>();
  const links: IncrementalPdf['links'] = new Map();
  const text = latin1(bytes, 0);
  const walk = (node: PDFDict | undefined, depth: number): void => {
    if (!node || depth > 64) return;
    const kids = load(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) {
      for (const kid of kids.asArray()) walk(dictOf(kid), depth + 1);
      return;
    }
    const annots = load(node.get(PDFName.of('Annots')));
    if (annots instanceof PDFArray)
      for (const annot of annots.asArray()) {
        const offset = annot instanceof PDFRef ? offsets.get(annot.objectNumber) : undefined;
        const link = offset === undefined ? null : peekSkiaLink(bytes, offset, text);
        if (link) links.set(annot as PDFRef, link);
        else load(annot);
      }
    const resources = dictOf(node.get(PDFName.of('Resources')));
    const fonts = dictOf(resources?.get(PDFName.of('Font')));
    for (const [, font] of fonts?.entries() ?? []) if (font instanceof PDFRef) fontRefs.add(font);
  };
  walk(dictOf(catalog.get(PDFName.of('Pages'))), 0);
  const toUnicode = new Set<PDFRef>();
  for (const font of fontRefs) {
    const offset = offsets.get(font.objectNumber);
    if (offset === undefined) continue;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const body = latin1(bytes, offset, buffer.indexOf('endobj', offset, 'latin1') >>> 0);
    // Only the font dict's own key: a stream (never one here) could hold the same bytes.
    const found = /\/ToUnicode\s+(\d+)\s+(\d+)\s+R/.exec(body.slice(0, body.indexOf('stream') >>> 0));
    if (found) toUnicode.add(PDFRef.of(Number(found[1]), Number(found[2])));
  }
  for (const ref of toUnicode) load(ref);
  context.trailerInfo = { Root: root, ...(info ? { Info: info } : {}) };
  const id = trailer.get(PDFName.of('ID'));

  // The constructor is private in the typings; PDFDocument.load calls it the same way.
  const Document = PDFDocument as unknown as new (
    context: PDFContext,
    ignoreEncryption: boolean,
    updateMetadata: boolean,
  ) => PDFDocument;
  const pdf = new Document(context, false, false);
  const appended = new AppendedObjects();

  const finish = (): Uint8Array => {
    const changed: Array<[PDFRef, PDFObject]> = [];
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      const before = original.get(ref);
      if (!before || before.object !== object || (before.text !== null && before.text !== object.toString()))
        changed.push([ref, object]);
    }
    changed.sort((a, b) => a[0].objectNumber - b[0].objectNumber);
    // Sized first, then written into one buffer: the update is megabytes (fonts, page overlays) and
    // tens of thousands of objects, and pdf-lib's own copyBytesInto copies stream contents and raw
    // objects a byte at a time.
    const heads = changed.map(([ref]) => `${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const sizes = changed.map(([, object]) => object.sizeInBytes());
    const tail = objectTail;
    // The appended objects come first, right after the printed bytes; then the changed ones.
    const appendedAt = bytes.length + 1;
    const where: Array<[number, number]> = appended.offsets.map(([n, at]) => [n, appendedAt + at]);
    let offset = appendedAt + appended.size;
    changed.forEach(([ref], i) => {
      where.push([ref.objectNumber, offset]);
      offset += heads[i]!.length + sizes[i]! + tail.length;
    });
    where.sort((a, b) => a[0] - b[0]);
    const xrefAt = offset;
    let table = 'xref\n';
    for (let i = 0; i < where.length;) {
      let j = i;
      while (j + 1 < where.length && where[j + 1]![0] === where[j]![0] + 1) j++;
      table += `${where[i]![0]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) table += `${String(where[k]![1]).padStart(10, '0')} 00000 n\r\n`;
      i = j + 1;
    }
    const trailerInfo = context.trailerInfo;
    const entries = [
      `/Size ${context.largestObjectNumber + 1}`,
      `/Root ${String(trailerInfo.Root)}`,
      ...(trailerInfo.Info ? [`/Info ${String(trailerInfo.Info)}`] : []),
      ...(id ? [`/ID ${id.toString()}`] : []),
      `/Prev ${xref.startxref}`,
    ];
    table += `trailer\n<< ${entries.join(' ')} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    // Everything written here is ASCII (object headers, the xref table): Latin-1 is byte for byte.
    const out = Buffer.allocUnsafe(xrefAt + table.length);
    out.set(bytes, 0);
    // Text (object headers and tails, raw text objects) is gathered and written in one call per run
    // of it: Buffer#write costs microseconds a call, and an update has tens of thousands of pieces.
    out.write('\n', bytes.length, 'latin1');
    appended.copyInto(out, appendedAt);
    let at = appendedAt + appended.size;
    let text = '';
    const flush = (): void => {
      at += out.write(text, at, 'latin1');
      text = '';
    };
    changed.forEach(([, object], i) => {
      text += heads[i]!;
      if (object instanceof RawTextObject) text += object.text;
      else {
        flush();
        at += copyObjectInto(object, out, at);
      }
      text += tail;
    });
    text += table;
    flush();
    if (at !== out.length) throw new Error(`Incremental update is ${at} bytes, expected ${out.length}`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  };
  return {
    pdf,
    toUnicode: [...toUnicode],
    links,
    appendRaw: (ref, text) => appended.add(ref, text),
    finish,
  };
}
