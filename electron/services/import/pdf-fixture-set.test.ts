/**
 * The PDF reader against the fixture set (testing/pdf-fixture-set.ts): Chromium-printed documents in
 * one and two columns with running headers and page numbers, and line-by-line PDFs with embedded
 * subset fonts (pdf-lib + fontkit). For each, the
 * imported text equals the original up to whitespace and paragraph breaks, paragraphs are within 10 %,
 * no page number became a paragraph, no space stands between CJK characters, and every figure of the
 * original is detected in the import with the same value and unit.
 */
import DiffMatchPatch from 'diff-match-patch';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFigures } from '../../../shared/figures';
import type { ImportedDraft } from '../../../shared/model/document';
import {
  englishStatement,
  originalParagraphCount,
  originalText,
  sampleDocument,
  simplifiedBulletin,
} from '../testing/pdf-documents';
import { printFixtureSet, writeCidFixtureSet, type FixturePdf } from '../testing/pdf-fixture-set';
import { importDocumentBytes } from './import-document';
import { cjkClass } from './pdf-text-join';

const dmp = new DiffMatchPatch();
/** 1 − edit distance / length, over the texts with all whitespace removed. */
function similarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  const distance = dmp.diff_levenshtein(dmp.diff_main(x, y));
  return 1 - distance / Math.max(x.length, y.length, 1);
}

/** Characters two texts share (as multisets, whitespace aside), over the longer one's length. */
function sharedCharacters(a: string, b: string): number {
  const counts = new Map<string, number>();
  const x = [...a.replace(/\s+/g, '')];
  const y = [...b.replace(/\s+/g, '')];
  for (const ch of x) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of y) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(ch, left - 1);
    }
  }
  return shared / Math.max(x.length, y.length, 1);
}

const figureKeys = (text: string): string[] =>
  detectFigures(text).map((f) => `${f.value}${f.high === undefined ? '' : `-${f.high}`} ${f.unit}`);

/** Figures of `original` not found (same value and unit, counted) in `imported`. */
function missingFigures(original: string, imported: string): string[] {
  const found = new Map<string, number>();
  for (const key of figureKeys(imported)) found.set(key, (found.get(key) ?? 0) + 1);
  const missing: string[] = [];
  for (const key of figureKeys(original)) {
    const left = found.get(key) ?? 0;
    if (left > 0) found.set(key, left - 1);
    else missing.push(key);
  }
  return missing;
}

// Tabs separate table cells; spaces are what justification must not leave.
const spaceBetweenCjk = new RegExp(`[${cjkClass}][ \\u00a0]+[${cjkClass}]`);

let fixtures: FixturePdf[] = [];
const drafts = new Map<FixturePdf, ImportedDraft>();
beforeAll(async () => {
  const documents = [sampleDocument(), simplifiedBulletin(), englishStatement()];
  fixtures = [
    ...(await printFixtureSet(documents, ['one-column', 'two-columns'])),
    ...(await writeCidFixtureSet(documents, ['one-column', 'two-columns'])),
  ];
  for (const fixture of fixtures) {
    const result = await importDocumentBytes(`${fixture.document.name}.pdf`, await readFile(fixture.path));
    if (!result.ok) throw new Error(`${fixture.path}: ${result.error.message}`);
    drafts.set(fixture, result.value);
  }
}, 240_000);

const cases = [
  ['sample', 'chromium', 'one-column'],
  ['sample', 'chromium', 'two-columns'],
  ['bulletin-hans', 'chromium', 'one-column'],
  ['bulletin-hans', 'chromium', 'two-columns'],
  ['statement-en', 'chromium', 'one-column'],
  ['statement-en', 'chromium', 'two-columns'],
  ['sample', 'pdf-lib', 'one-column'],
  ['sample', 'pdf-lib', 'two-columns'],
  ['bulletin-hans', 'pdf-lib', 'one-column'],
  ['bulletin-hans', 'pdf-lib', 'two-columns'],
  ['statement-en', 'pdf-lib', 'one-column'],
  ['statement-en', 'pdf-lib', 'two-columns'],
] as const;

describe.each(cases)('%s printed by %s in %s', (name, maker, layout) => {
  const get = (): { fixture: FixturePdf; draft: ImportedDraft } => {
    const fixture = fixtures.find(
      (f) => f.document.name === name && f.maker === maker && f.layout === layout,
    );
    if (!fixture) throw new Error(`no fixture ${name} ${maker} ${layout}`);
    return { fixture, draft: drafts.get(fixture)! };
  };

  it('has more than one page, so headers, footers and page breaks are exercised', () => {
    expect(get().draft.pages).toBeGreaterThan(1);
  });

  it('reads the original text back (whitespace-free similarity ≥ 0.995)', () => {
    const { fixture, draft } = get();
    expect(similarity(originalText(fixture.document), draft.text)).toBeGreaterThanOrEqual(0.995);
  });

  it('rebuilds the paragraphs (count within 10 %)', () => {
    const { fixture, draft } = get();
    const expected = originalParagraphCount(fixture.document);
    expect(Math.abs(draft.paragraphs - expected)).toBeLessThanOrEqual(Math.ceil(expected * 0.1));
  });

  it('leaves page numbers and running headers out', () => {
    const { fixture, draft } = get();
    const paragraphs = draft.text.split('\n');
    expect(paragraphs.filter((p) => /^\s*(-\s*\d+\s*-|Page \d+ of \d+|\d+)\s*$/.test(p))).toEqual([]);
    expect(paragraphs.filter((p) => p.trim() === fixture.document.title).length).toBeLessThanOrEqual(1);
  });

  it('puts no space between CJK characters', () => {
    expect(get().draft.text).not.toMatch(spaceBetweenCjk);
  });

  it('keeps every figure of the original with its value and unit', () => {
    const { fixture, draft } = get();
    expect(missingFigures(originalText(fixture.document), draft.text)).toEqual([]);
  });
});

describe('line-by-line PDFs made with pdf-lib', () => {
  const lineFixtures = (): FixturePdf[] => fixtures.filter((f) => f.maker === 'pdf-lib');

  it('embed their fonts as subsets, as poppler sees them (pdffonts: emb yes, sub yes, uni yes)', () => {
    expect(lineFixtures()).toHaveLength(6);
    for (const fixture of lineFixtures()) {
      const rows = execFileSync('pdffonts', [fixture.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length, fixture.path).toBeGreaterThan(0);
      for (const row of rows) {
        // name type... encoding emb sub uni object ID: the three flags stand before the object number.
        expect(row, fixture.path).toMatch(/^[A-Z]{6}\+\S+ .* yes +yes +yes +\d+ +\d+$/);
      }
    }
  });

  it('hold the original characters for poppler too (pdftotext, ≥ 99 % of them, in any order)', () => {
    for (const fixture of lineFixtures()) {
      const text = execFileSync('pdftotext', [fixture.path, '-'], { encoding: 'utf8' })
        // poppler keeps what the reader leaves out: running headers and page numbers.
        .split('\n')
        .filter((line) => !/^\s*(-\s*\d+\s*-|\d+)\s*$/.test(line) && line.trim() !== fixture.document.title)
        .join('\n');
      const original = originalText(fixture.document).split('\n').slice(1).join('\n');
      // poppler's reading order of spread lines is its own; the ToUnicode maps are what is checked here.
      expect(sharedCharacters(original, text), fixture.path).toBeGreaterThanOrEqual(0.99);
    }
  });
});
