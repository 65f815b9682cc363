/**
 * The TrueType fonts the export draws its own page furniture with (notes, markers, running header,
 * page numbers) straight into the PDF with pdf-lib, instead of printing a second HTML document: a CJK
 * face and a Latin face, embedded as subsets. Tickmark ships its own (resources/fonts); the system
 * lookup is a fallback for a build without them. pdf-lib cannot embed TrueType collections (.ttc) and its
 * CFF subsets are broken (../shared/toolchain.md), so only plain .ttf files qualify; without one the
 * export falls back to printing the notes with Chromium (./export-annotated-pdf.ts).
 *
 * Text is split into runs by which face has the glyph (Latin first: DroidSansFallback has no Latin
 * digits worth the name), widths come from the fonts' advance widths, cached per face and code point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface NoteFontFiles {
  cjk: string;
  latin: string;
  latinBold: string | null;
}

const cjkCandidates = [
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/truetype/droid/DroidSansFallback.ttf',
  '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\simhei.ttf',
  'C:\\Windows\\Fonts\\kaiu.ttf',
];
const latinCandidates = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/Library/Fonts/Arial.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
];
const boldCandidates = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  '/Library/Fonts/Arial Bold.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

/** The fonts that ship with Tickmark (resources/fonts, see its README for their licences). */
export const bundledFontNames = {
  cjk: 'DroidSansFallbackFull.ttf',
  latin: 'DejaVuSans.ttf',
  latinBold: 'DejaVuSans-Bold.ttf',
} as const;

/**
 * Folders that may hold the bundled fonts: the packaged app's resources (`fonts/`, electron-builder
 * extraResources), then `resources/fonts` above this module (the repository, for the dev app, the
 * harness, the tests and the CLI run from a checkout or its dist/).
 */
export function bundledFontDirs(
  moduleDir: string = import.meta.dirname,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string[] {
  const dirs: string[] = [];
  if (resourcesPath) dirs.push(join(resourcesPath, 'fonts'));
  for (let dir = moduleDir, up = 0; up < 8; up++) {
    dirs.push(join(dir, 'resources', 'fonts'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

/**
 * The fonts to draw notes with, or null: the bundled ones first (the same output on every platform),
 * else a CJK and a Latin .ttf found on this machine. `TICKMARK_NOTE_FONTS` = "cjk.ttf:latin.ttf"
 * (path delimiter of the platform) overrides the search; an empty value disables drawn notes.
 */
export function findNoteFonts(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  dirs: readonly string[] = bundledFontDirs(),
): NoteFontFiles | null {
  const override = env.TICKMARK_NOTE_FONTS;
  if (override !== undefined) {
    const [cjk, latin] = override.split(process.platform === 'win32' ? ';' : ':');
    return cjk && latin && exists(cjk) && exists(latin) ? { cjk, latin, latinBold: null } : null;
  }
  for (const dir of dirs) {
    const cjk = join(dir, bundledFontNames.cjk);
    const latin = join(dir, bundledFontNames.latin);
    if (!exists(cjk) || !exists(latin)) continue;
    const bold = join(dir, bundledFontNames.latinBold);
    return { cjk, latin, latinBold: exists(bold) ? bold : null };
  }
  const cjk = cjkCandidates.find(exists);
  const latin = latinCandidates.find(exists);
  if (!cjk || !latin) return null;
  return { cjk, latin, latinBold: boldCandidates.find(exists) ?? null };
}

const fileCache = new Map<string, Uint8Array>();
const read = (path: string): Uint8Array => {
  let bytes = fileCache.get(path);
  if (!bytes) fileCache.set(path, (bytes = new Uint8Array(readFileSync(path))));
  return bytes;
};

/**
 * fontkit behind a cache of parsed fonts by file bytes: parsing Droid Sans Fallback (4 MB) on every
 * export cost more than drawing the sample's notes. A parsed font is only read (glyphs, metrics);
 * each export's subset is its own object, so sharing is safe.
 */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
    let font = parsedFonts.get(bytes);
    if (!font) parsedFonts.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};

interface SubsetInternals {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(id: number): number;
}

/** A glyf record padded to an even length, as a short-format `loca` (offsets / 2) requires. */
export function evenGlyph(glyph: Uint8Array): Uint8Array {
  if (glyph.length % 2 === 0) return glyph;
  const padded = new Uint8Array(glyph.length + 1);
  padded.set(glyph);
  return padded;
}

let subsetsPadded = false;
/**
 * fontkit's TrueType subset copies each glyph record as it is, and DroidSansFallback's records have odd
 * lengths (its long `loca` allows that); a small subset gets a short `loca`, whose offsets are halved,
 * so every glyph after an odd one starts a byte early and readers draw it blank. Each record is padded.
 */
function padSubsetGlyphs(sample: { createSubset(): unknown }): void {
  if (subsetsPadded) return;
  subsetsPadded = true;
  const proto = Object.getPrototypeOf(sample.createSubset()) as SubsetInternals;
  const original = proto._addGlyph;
  proto._addGlyph = function (this: SubsetInternals, id: number): number {
    const index = original.call(this, id);
    const before = this.glyf[index]!;
    const after = evenGlyph(before);
    if (after !== before) {
      // fontkit's writer takes only its own Buffer class (a Uint8Array subclass).
      this.glyf[index] = Object.setPrototypeOf(after, Object.getPrototypeOf(before) as object) as Uint8Array;
      this.offset += after.length - before.length;
    }
    return index;
  };
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
/** pdf-lib's subset embedder behind a PDFFont, and its fontkit font. */
interface EmbedderInternals {
  font: { glyphForCodePoint(code: number): FontkitGlyph; unitsPerEm: number };
  subset: { includeGlyph(glyph: FontkitGlyph): number };
  glyphs: FontkitGlyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}
const internals = (font: PDFFont): EmbedderInternals =>
  (font as unknown as { embedder: EmbedderInternals }).embedder;

/** The resource names the faces are drawn under: CJK, Latin, Latin bold. */
export type FaceName = 'TmC' | 'TmL' | 'TmB';

interface MetricFont {
  glyphForCodePoint(code: number): FontkitGlyph;
  unitsPerEm: number;
  characterSet: number[];
}

/**
 * Which face draws each character and how wide it is, from the fonts' own tables (fontkit), without
 * a PDF: kept per set of files for the life of the process, so an export can set its notes while
 * Chromium is still printing, and the next export starts with the widths cache warm.
 */
export class FontMetrics {
  private static readonly cache = new Map<string, FontMetrics>();
  private readonly latinSet: Set<number>;
  private readonly cjkSet: Set<number>;

  private constructor(
    private readonly cjk: MetricFont,
    private readonly latin: MetricFont,
    private readonly bold: MetricFont,
  ) {
    this.latinSet = new Set(latin.characterSet);
    this.cjkSet = new Set(cjk.characterSet);
  }

  static for(files: NoteFontFiles): FontMetrics {
    const key = [files.cjk, files.latin, files.latinBold ?? ''].join('\u0000');
    let metrics = FontMetrics.cache.get(key);
    if (!metrics) {
      const open = (path: string): MetricFont => cachingFontkit.create(read(path)) as unknown as MetricFont;
      const latin = open(files.latin);
      metrics = new FontMetrics(open(files.cjk), latin, files.latinBold ? open(files.latinBold) : latin);
      FontMetrics.cache.set(key, metrics);
    }
    return metrics;
  }

  /** The face for a character: Latin first, then CJK; neither = Latin's stand-in '?'. */
  nameOf(code: number, bold: boolean): FaceName {
    return this.latinSet.has(code) || !this.cjkSet.has(code) ? (bold ? 'TmB' : 'TmL') : 'TmC';
  }

  /** The code point drawn for `ch` in face `name`: '?' when neither face has it. */
  glyphCode(name: FaceName, ch: string): number {
    return this.drawnCode(name, ch.codePointAt(0)!);
  }

  /** Advance widths at size 1 by face and drawn code point, filled as characters are met. */
  private readonly widths = {
    TmC: new Map<number, number>(),
    TmL: new Map<number, number>(),
    TmB: new Map<number, number>(),
  };

  /** Width at size 1 of code point `code` (already `glyphCode`'s) in face `name`. */
  widthOf(name: FaceName, code: number): number {
    const cache = this.widths[name];
    let w = cache.get(code);
    if (w === undefined) {
      const font = name === 'TmC' ? this.cjk : name === 'TmB' ? this.bold : this.latin;
      w = font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm;
      cache.set(code, w);
    }
    return w;
  }

  /**
   * Width in points at `size`, from per-character advance widths (no kerning: notes are small). Walks
   * code points by index: it runs for every word of every note, and string keys per character were
   * most of its cost.
   */
  measure = (text: string, size: number, bold = false): number => {
    let total = 0;
    for (let i = 0; i < text.length;) {
      const code = text.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      const name = this.nameOf(code, bold);
      total += this.widthOf(name, this.drawnCode(name, code));
    }
    return total * size;
  };

  /** `glyphCode` for a code point. */
  drawnCode(name: FaceName, code: number): number {
    return name !== 'TmC' && !this.latinSet.has(code) ? 63 : code;
  }
}

/** A run of text in one face, ready to show: its name, glyph ids as a hex string, width at size 1. */
export interface ShapedRun {
  name: FaceName;
  hex: string;
  width: number;
}

export class NoteFonts {
  private constructor(
    readonly cjk: PDFFont,
    readonly latin: PDFFont,
    readonly bold: PDFFont,
    readonly metrics: FontMetrics,
  ) {}

  static async embed(pdf: PDFDocument, files: NoteFontFiles): Promise<NoteFonts> {
    pdf.registerFontkit(cachingFontkit);
    const [cjk, latin, bold] = await Promise.all([
      pdf.embedFont(read(files.cjk), { subset: true }),
      pdf.embedFont(read(files.latin), { subset: true, features: { liga: false, kern: false } }),
      files.latinBold
        ? pdf.embedFont(read(files.latinBold), { subset: true, features: { liga: false, kern: false } })
        : null,
    ]);
    padSubsetGlyphs(cachingFontkit.create(read(files.latin)) as unknown as { createSubset(): unknown });
    return new NoteFonts(cjk, latin, bold ?? latin, FontMetrics.for(files));
  }

  /** Subset glyph ids as 4-digit hex, by face and drawn code point. */
  private readonly codes = {
    TmC: new Map<number, string>(),
    TmL: new Map<number, string>(),
    TmB: new Map<number, string>(),
  };
  private readonly shaped = new Map<string, ShapedRun[]>();

  /**
   * `text` as runs of one face each with their glyph hex and width at size 1, in one pass over its
   * code points, cached per string: headers, numbers and folios repeat on every page. Characters
   * neither face has become the Latin face's '?'.
   */
  shape(text: string, bold = false): ShapedRun[] {
    const key = `${bold ? 'B' : 'R'}${text}`;
    let shaped = this.shaped.get(key);
    if (shaped) return shaped;
    shaped = [];
    let name: FaceName | null = null;
    let hex = '';
    let width = 0;
    for (let i = 0; i < text.length;) {
      const code = text.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      const face = this.metrics.nameOf(code, bold);
      const drawn = this.metrics.drawnCode(face, code);
      if (face !== name) {
        if (name) shaped.push({ name, hex: `<${hex}>`, width });
        name = face;
        hex = '';
        width = 0;
      }
      hex += this.glyphHex(face, drawn);
      width += this.metrics.widthOf(face, drawn);
    }
    if (name) shaped.push({ name, hex: `<${hex}>`, width });
    if (this.shaped.size > 50000) this.shaped.clear();
    this.shaped.set(key, shaped);
    return shaped;
  }

  /**
   * The subset glyph id of a code point as 4 hex digits. pdf-lib shapes every string with fontkit's
   * full layout engine; notes need no shaping, so each character is added to the subset once, in the
   * order it is first drawn (a 169-page export draws ~100,000 strings).
   */
  private glyphHex(name: FaceName, code: number): string {
    const codes = this.codes[name];
    let hex = codes.get(code);
    if (hex === undefined) {
      // What CustomFontSubsetEmbedder.encodeText does, for one glyph and without the layout engine.
      const embedder = internals(this.fontOf(name));
      const glyph = embedder.font.glyphForCodePoint(code);
      const id = embedder.subset.includeGlyph(glyph);
      embedder.glyphs[id - 1] = glyph;
      embedder.glyphIdMap.set(glyph.id, id);
      embedder.glyphCache.invalidate();
      hex = id.toString(16).padStart(4, '0');
      codes.set(code, hex);
    }
    return hex;
  }

  fontOf(name: FaceName): PDFFont {
    return name === 'TmC' ? this.cjk : name === 'TmB' ? this.bold : this.latin;
  }

  /** Width in points at `size` (./FontMetrics). */
  get measure(): FontMetrics['measure'] {
    return this.metrics.measure;
  }

  /** Writes the subsets into the PDF (call once, after the last text is drawn). */
  async finish(): Promise<void> {
    await Promise.all([...new Set([this.cjk, this.latin, this.bold])].map((font) => font.embed()));
  }
}
