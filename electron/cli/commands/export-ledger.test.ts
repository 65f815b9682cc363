import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleReview } from '../../../shared/annotations/sample-review';
import {
  serialiseCollection,
  sha256OfText,
  toAnnotationCollection,
} from '../../../shared/annotations/w3c-export';
import { detectFigures } from '../../../shared/figures/detect';
import { sampleText } from '../../services/ledger/ledger-fixture';
import { captureIo } from '../cli-io';
import { exportLedgerCommand } from './export-ledger';

describe('tickmark export-ledger', () => {
  let dir: string;
  let draft: string;
  let annotations: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-ledger-cli-'));
    draft = join(dir, 'report.txt');
    await writeFile(draft, sampleText, 'utf8');
    const review = makeSampleReview(sampleText, { documentId: 'd', versionId: 'v' });
    const links = new Map([
      [
        review.annotations[4]!.id,
        [
          {
            source: 'bulletin.xlsx',
            locator: { kind: 'cell' as const, sheet: 'GDP', cell: 'B7' },
            quote: '264',
          },
        ],
      ],
    ]);
    const collection = toAnnotationCollection({
      ...review,
      textSha256: await sha256OfText(sampleText),
      label: 'x',
      links,
    });
    annotations = join(dir, 'review.jsonld');
    await writeFile(annotations, serialiseCollection(collection), 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('CSV: every detected figure, decisions and links from the annotations', async () => {
    const out = join(dir, 'ledger.csv');
    const io = captureIo();
    expect(await exportLedgerCommand([draft, '--annotations', annotations, '--out', out], io)).toBe(0);
    const rows = Papa.parse<Record<string, string>>((await readFile(out, 'utf8')).replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(detectFigures(sampleText).length);
    expect(rows.find((r) => r['Figure as written'] === '264億元')).toMatchObject({
      Value: '26400000000',
      Status: 'V',
      'Status label': 'Verified',
      Source: 'bulletin.xlsx',
      Locator: 'GDP!B7',
      Reviewer: '陳審閱',
    });
    expect(rows.find((r) => r['Figure as written'] === '9.1億元')).toMatchObject({
      Status: 'D',
      Note: '公報為9.7億元',
    });
    expect(rows.filter((r) => r.Status === 'U' && r.Reviewer === '').length).toBeGreaterThan(40);
    expect(io.stdout).toMatch(/ledger\.csv: \d+ figures \(3 with a decision\), 1 source links/);
  });

  it('XLSX without annotations: every figure unverified', async () => {
    const out = join(dir, 'ledger.xlsx');
    expect(await exportLedgerCommand([draft, `--out=${out}`], captureIo())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Figures')!;
    expect(sheet.rowCount - 1).toBe(detectFigures(sampleText).length);
    expect(
      sheet
        .getColumn(6)
        .values.slice(2)
        .every((v) => v === 'U'),
    ).toBe(true);
  });

  it('annotations for another document are refused and nothing is written', async () => {
    const other = join(dir, 'other.txt');
    await writeFile(other, 'An unrelated budget speech: revenue rose 12% to $4.2 billion.', 'utf8');
    const out = join(dir, 'other.csv');
    const io = captureIo();
    expect(await exportLedgerCommand([other, '--annotations', annotations, '--out', out], io)).toBe(1);
    expect(io.stderr).toContain("This file's annotations are for another document: only 0 of 7");
    await expect(readFile(out)).rejects.toThrow();
  });

  it('usage errors exit 2', async () => {
    const io = captureIo();
    expect(await exportLedgerCommand([draft, '--out', join(dir, 'x.pdf')], io)).toBe(2);
    expect(io.stderr).toContain('--out must end in .csv or .xlsx');
  });
});
