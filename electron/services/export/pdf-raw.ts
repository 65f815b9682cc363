/**
 * PDF objects written straight as bytes, for the thousands of annotation dicts an export adds. Building
 * them as pdf-lib objects (a PDFDict of PDFNames, PDFNumbers, PDFHexStrings per key) and serialising
 * them again cost most of the review-annotation stage of a 5,000-annotation export and a large share
 * of its garbage collection (README "Exporting an annotated PDF"). The result is registered as a
 * pdf-lib `PDFInvalidObject`, which both writers (the incremental update and `PDFDocument.save`) copy
 * byte for byte; readers of the finished file see ordinary dicts. Objects serialised as one string
 * (`RawTextObject`) skip even the byte array: the incremental writer writes their text straight into
 * its output buffer.
 */
import { PDFInvalidObject, PDFObject, PDFRef, type PDFContext } from 'pdf-lib';

/** A PDF name (written as `/Value`); the value must be a plain name without delimiters. */
export class RawName {
  constructor(readonly value: string) {}
}
export const rawName = (value: string): RawName => new RawName(value);

/** A literal to write as it is (a pre-formatted number list, a date string in parentheses…). */
export class RawText {
  constructor(readonly value: string) {}
}
export const rawText = (value: string): RawText => new RawText(value);

/** Key whose RawText value is a run of already serialised `/Key value` pairs, written as it is. */
export const rawPairs = '…pairs';

/** Serialises a dict's entries as `/Key value` pairs (no brackets), to splice in with `rawPairs`. */
export function rawPairsOf(dict: Record<string, RawValue | undefined>): RawText {
  const text = rawValue(dict);
  return new RawText(text.slice(3, -3));
}

export type RawValue =
  | number
  | boolean
  | string
  | RawName
  | RawText
  | PDFRef
  | readonly RawValue[]
  | { readonly [key: string]: RawValue | undefined };

/**
 * A text string as UTF-16BE hex with its byte order mark (§7.9.2.2), like pdf-lib's `fromText`. Made
 * by Buffer's encoders: a string built a code unit at a time is a deep rope that V8 flattens again
 * each time it is written out, which cost more than the rest of writing a large export's annotations.
 */
export function hexText(value: string): string {
  const units = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${units.toString('hex').toUpperCase()}>`;
}

/** A number the way PDF wants it: no exponent, at most 4 decimals. */
export function rawNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  // The common case (coordinates rounded to 1/100 pt): JS's own shortest form, when it has no exponent.
  const plain = String(value);
  if (!plain.includes('e') && plain.length - plain.indexOf('.') <= 5) return plain;
  const fixed = value.toFixed(4);
  return fixed.replace(/\.?0+$/, '');
}

/** Written hundredths by their integer count: coordinates repeat on every line of every page. */
const hundredthsCache = new Map<number, string>();

/** `value` rounded to 1/100 and written as JS writes it (`String`), memoised. */
export function hundredths(value: number): string {
  const count = Math.round(value * 100);
  let text = hundredthsCache.get(count);
  if (text === undefined) {
    text = String(count / 100);
    if (hundredthsCache.size > 100000) hundredthsCache.clear();
    hundredthsCache.set(count, text);
  }
  return text;
}

/** Serialises a value; JS strings become text strings (hex), numbers plain numbers. */
export function rawValue(value: RawValue): string {
  if (typeof value === 'number') return rawNumber(value);
  if (typeof value === 'string') return hexText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof RawName) return `/${value.value}`;
  if (value instanceof RawText) return value.value;
  if (value instanceof PDFRef) return `${value.objectNumber} ${value.generationNumber} R`;
  if (Array.isArray(value)) return `[${(value as readonly RawValue[]).map(rawValue).join(' ')}]`;
  let out = '<<';
  for (const [key, entry] of Object.entries(value as Record<string, RawValue | undefined>))
    if (key === rawPairs && entry instanceof RawText) out += ` ${entry.value}`;
    else if (entry !== undefined) out += ` /${key} ${rawValue(entry)}`;
  return `${out} >>`;
}

// Everything serialised here is ASCII (text strings go out as hex): Latin-1 encoding is the fastest.
const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');

/** Assigns the serialised dict to `ref` (or a new ref) in the context; returns the ref. */
export function assignRaw(context: PDFContext, value: RawValue, ref: PDFRef = context.nextRef()): PDFRef {
  context.assign(ref, PDFInvalidObject.of(ascii(rawValue(value))));
  return ref;
}

/**
 * An indirect object already serialised as PDF source text (ASCII only: text strings as hex). Kept as
 * the string itself, so thousands of them cost no byte arrays until the writer copies them out
 * (./pdf-incremental.ts writes `text` straight into its buffer; `PDFDocument.save` calls
 * `copyBytesInto`).
 */
export class RawTextObject extends PDFObject {
  constructor(readonly text: string) {
    super();
  }

  override clone(): RawTextObject {
    return new RawTextObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { text } = this;
    for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
    return text.length;
  }
}

/** Assigns serialised `text` (ASCII) to `ref` (or a new ref) in the context; returns the ref. */
export function assignRawText(context: PDFContext, text: string, ref: PDFRef = context.nextRef()): PDFRef {
  context.assign(ref, new RawTextObject(text));
  return ref;
}

/** `n g R`: a reference as written inside an object. */
export const refText = (ref: PDFRef): string => `${ref.objectNumber} ${ref.generationNumber} R`;
