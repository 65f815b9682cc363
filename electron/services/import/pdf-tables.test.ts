/**
 * Tables set tight, as bulletins set their 主要指标 tables: cells 1 and 2 ems apart, in Chinese and
 * English, printed by Chromium and written cell by cell with pdf-lib (embedded fonts). Every row must
 * come out as one line with its cells separated by tabs, so that a figure stays with its label and
 * unit, and the paragraphs around the table must stay text.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { tightTableEn, tightTableHans, type FixtureDocument } from '../testing/pdf-documents';
import { printFixtureSet, writeCidFixtureSet, type FixturePdf } from '../testing/pdf-fixture-set';
import { importDocumentBytes } from './import-document';

const documents = [tightTableHans(1), tightTableHans(2), tightTableEn(1), tightTableEn(2)];
const texts = new Map<FixturePdf, string>();
let fixtures: FixturePdf[] = [];

beforeAll(async () => {
  fixtures = [
    ...(await printFixtureSet(documents, ['one-column'])),
    ...(await writeCidFixtureSet(documents, ['one-column'])),
  ];
  for (const fixture of fixtures) {
    const result = await importDocumentBytes(`${fixture.document.name}.pdf`, await readFile(fixture.path));
    if (!result.ok) throw new Error(`${fixture.path}: ${result.error.message}`);
    texts.set(fixture, result.value.text);
  }
}, 120_000);

const rowsOf = (document: FixtureDocument): string[][] =>
  document.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));

const cases = documents.flatMap((document) =>
  (['chromium', 'pdf-lib'] as const).map((maker) => [document.name, maker] as const),
);

describe.each(cases)('%s made by %s', (name, maker) => {
  const get = (): { document: FixtureDocument; lines: string[] } => {
    const fixture = fixtures.find((f) => f.document.name === name && f.maker === maker);
    if (!fixture) throw new Error(`no fixture ${name} ${maker}`);
    return { document: fixture.document, lines: texts.get(fixture)!.split('\n') };
  };

  it('reads every row as one line, cells separated by tabs', () => {
    const { document, lines } = get();
    const cells = (line: string): string[] => line.split('\t').map((cell) => cell.trim());
    for (const row of rowsOf(document)) {
      expect(lines.map(cells), row.join(' | ')).toContainEqual(row);
    }
  });

  it('never runs two cells together, so no figure is read with its neighbour', () => {
    const { document, lines } = get();
    const text = lines.join('\n');
    for (const row of rowsOf(document)) {
      for (let i = 1; i < row.length; i++) {
        // Read as running text, `亿元` + `2640.5` or `2640.5` + `4.9` would make other figures.
        expect(text).not.toContain(`${row[i - 1]}${row[i]}`);
        expect(text).not.toContain(`${row[i - 1]} ${row[i]}`);
      }
    }
  });

  it('leaves the paragraphs around the table as text, with no tab', () => {
    const { document, lines } = get();
    for (const block of document.blocks) {
      if (block.kind === 'paragraph') expect(lines).toContain(block.text);
    }
  });
});
