import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorruptPdf, makePdfWithChromium, makeXlsx } from '../../services/testing/fixtures';
import { captureIo } from '../cli-io';
import { checkCommand } from './check';

interface Report {
  figures: {
    text: string;
    matches: {
      source: string;
      locator: { kind: string; page?: number; cell?: string };
      agreement: string;
      quote: string;
    }[];
    mismatches: { text: string; source: string }[];
    findings: string[];
  }[];
  findings: { kind: string; explanation: string }[];
}

const draft = [
  '鶴城區政府工作報告',
  '',
  '一、20xx年工作回顧',
  '',
  '全年實現地區生產總值264億元，同比增長4.9%；完成公共財政收入9.8億元；城鎮居民人均可支配收入23705元。',
  '',
  '二、其他',
  '',
  '地區生產總值246億元。全區共有學校50所，其中小學、初中、高中分別為30所、15所、7所。',
].join('\n');

describe('tickmark check', () => {
  let dir: string;
  let draftPath: string;
  let xlsx: string;
  let pdf: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-check-'));
    draftPath = join(dir, 'draft.txt');
    await writeFile(draftPath, draft, 'utf8');
    xlsx = await makeXlsx(dir);
    pdf = await makePdfWithChromium(
      dir,
      '<p>統計公報</p><p style="page-break-after:always">全區地区生产总值2,640,000万元。</p><p>公共財政收入9.1億元。</p>',
      'bulletin.pdf',
    );
  }, 30_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints figures with source matches, locators, mismatches and findings as JSON', async () => {
    const io = captureIo();
    expect(await checkCommand([draftPath, '--source', xlsx, '--source', pdf, '--json'], io)).toBe(0);
    const report = JSON.parse(io.stdout) as Report;
    const gdp = report.figures.find((f) => f.text === '264億元')!;
    expect(gdp.matches.map((m) => [m.source, m.locator.kind, m.agreement])).toEqual(
      expect.arrayContaining([
        ['bulletin.xlsx', 'cell', 'exact'],
        ['bulletin.pdf', 'page', 'exact'],
      ]),
    );
    expect(gdp.matches.find((m) => m.source === 'bulletin.pdf')!.locator.page).toBe(1);
    expect(gdp.matches.find((m) => m.source === 'bulletin.xlsx')!.locator.cell).toBe('B2');
    const revenue = report.figures.find((f) => f.text === '9.8億元')!;
    expect(revenue.matches).toEqual([]);
    expect(revenue.mismatches.map((m) => m.source).sort()).toEqual(['bulletin.pdf', 'bulletin.xlsx']);
    expect(report.figures.find((f) => f.text === '23705元')!.matches[0]!.source).toBe('bulletin.xlsx');
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['repeated-measure', 'total']);
    expect(report.figures.find((f) => f.text === '246億元')!.findings).toContain('repeated-measure');
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const io = captureIo();
    expect(await checkCommand([draftPath, '--source', xlsx], io)).toBe(0);
    expect(io.stdout).toContain('MISMATCH');
    expect(io.stdout).toMatch(/bulletin\.xlsx 統計公報!B2/);
  });

  it('reports a bad source and exits 1, and usage errors with 2', async () => {
    const corrupt = await makeCorruptPdf(dir);
    const io = captureIo();
    expect(await checkCommand([draftPath, '--source', corrupt], io)).toBe(1);
    expect(io.stderr).toMatch(/corrupt\.pdf/);
    expect(await checkCommand(['--source'], captureIo())).toBe(2);
    expect(await checkCommand([], captureIo())).toBe(2);
  });
});
