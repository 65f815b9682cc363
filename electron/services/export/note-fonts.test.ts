import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundledFontDirs, bundledFontNames, findNoteFonts, NoteFonts } from './note-fonts';

const repoFonts = resolve(import.meta.dirname, '../../../resources/fonts');

describe('note fonts', () => {
  it('prefers the fonts bundled in resources/fonts, with their licences beside them', () => {
    const found = findNoteFonts({});
    expect(found).toEqual({
      cjk: join(repoFonts, bundledFontNames.cjk),
      latin: join(repoFonts, bundledFontNames.latin),
      latinBold: join(repoFonts, bundledFontNames.latinBold),
    });
    // Real TrueType files (sfnt version 1.0), not LFS pointers.
    for (const file of Object.values(found!))
      expect([...readFileSync(file!).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(readFileSync(join(repoFonts, 'LICENSE-DroidSansFallback-Apache-2.0.txt'), 'utf8')).toMatch(
      /Apache License\s+Version 2\.0/,
    );
    expect(readFileSync(join(repoFonts, 'LICENSE-DejaVu.txt'), 'utf8')).toMatch(/Bitstream Vera/);
  });

  it("looks in the packaged app's resources first, then above the module", () => {
    const dirs = bundledFontDirs('/opt/app/resources/app.asar/dist/electron', '/opt/app/resources');
    expect(dirs[0]).toBe(join('/opt/app/resources', 'fonts'));
    expect(dirs).toContain(join('/opt/app/resources/app.asar', 'resources', 'fonts'));
    expect(bundledFontDirs('/x', undefined)).toEqual([
      join('/x', 'resources', 'fonts'),
      join('/', 'resources', 'fonts'),
    ]);
  });

  it('falls back to the system fonts only when no bundled ones are found', () => {
    const system = new Set([
      '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    ]);
    expect(findNoteFonts({}, (p) => system.has(p), ['/nowhere'])).toEqual({
      cjk: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
      latin: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      latinBold: null,
    });
    expect(findNoteFonts({}, () => false, ['/nowhere'])).toBeNull();
    expect(findNoteFonts({ TICKMARK_NOTE_FONTS: '' })).toBeNull();
  });

  it('ships the fonts with the packaged app (electron-builder extraResources)', () => {
    const yml = readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/- from: resources\/fonts\n\s+to: fonts/);
  });

  it('shapes text into one run per face, with widths that add up to its measure and one glyph id per character', async () => {
    const fonts = await NoteFonts.embed(await PDFDocument.create(), findNoteFonts({})!);
    const text = '核對 264 億元 ok 核\u{F0001}';
    const runs = fonts.shape(text);
    expect(runs.map((r) => r.name)).toEqual(['TmC', 'TmL', 'TmC', 'TmL', 'TmC', 'TmL']);
    const total = runs.reduce((sum, r) => sum + r.width, 0);
    expect(total * 7).toBeCloseTo(fonts.measure(text, 7), 9);
    // Four hex digits a glyph: a private-use character neither face has is one '?' (not two halves of a pair).
    expect(runs.at(-1)!.hex).toMatch(/^<[0-9a-f]{4}>$/);
    expect(runs.at(-1)!.width).toBeCloseTo(fonts.measure('?', 1), 9);
    // The same character is the same subset glyph wherever it is drawn.
    expect(runs[4]!.hex).toBe(runs[0]!.hex.slice(0, 5) + '>');
    expect(fonts.shape(text)).toBe(runs);
    expect(fonts.shape(text, true).map((r) => r.name)).toEqual(['TmC', 'TmB', 'TmC', 'TmB', 'TmC', 'TmB']);
  });
});
