/**
 * Real source files for the matching bench: a 50-sheet statistical workbook written by exceljs (each
 * sheet an annex with a merged title, a unit note, a merged two-row year header and 40 indicator rows)
 * and a 200-page bulletin PDF printed by Chromium, plus a 1,000-figure draft drawn from both.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makePdfWithChromium } from '../electron/services/testing/pdf-fixtures';

const indicators = [
  '地區生產總值',
  '第一產業增加值',
  '第二產業增加值',
  '第三產業增加值',
  '公共財政收入',
  '稅收收入',
  '公共財政支出',
  '民生支出',
  '固定資產投資',
  '社會消費品零售總額',
  '進出口總額',
  '旅遊總收入',
  '金融機構存款餘額',
  '金融機構貸款餘額',
  '城鎮居民人均可支配收入',
  '農村居民人均可支配收入',
];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export interface BenchSources {
  xlsx: Uint8Array;
  pdf: Uint8Array;
  /** `[measure, value in 億元 as written]` pairs stated in the sources, to draw a draft from. */
  statements: [string, string][];
}

export async function makeBenchSources(sheets = 50, pages = 200): Promise<BenchSources> {
  const next = random(3);
  const statements: [string, string][] = [];
  const workbook = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s++) {
    const sheet = workbook.addWorksheet(`附表${s}`);
    const region = `第${s}區`;
    sheet.addRow([`附表${s} ${region}主要經濟指標`]);
    sheet.addRow(['單位：億元']);
    sheet.addRow(['指標', '2023年', null, '2024年', null]);
    sheet.addRow([null, '數值', '增長（%）', '數值', '增長（%）']);
    for (let r = 0; r < 40; r++) {
      const name = `${region}${indicators[r % indicators.length]}${r >= indicators.length ? `（${Math.floor(r / indicators.length) + 1}）` : ''}`;
      const now = Number((next() * 900 + 10).toFixed(2));
      sheet.addRow([
        name,
        Number((now * 0.93).toFixed(2)),
        Number((next() * 9).toFixed(1)),
        now,
        Number((next() * 9).toFixed(1)),
      ]);
      statements.push([name, String(now)]);
    }
    for (const range of ['A1:E1', 'A2:E2', 'A3:A4', 'B3:C3', 'D3:E3']) sheet.mergeCells(range);
  }
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const html: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      const name = `第${p}鎮${indicators[Math.floor(next() * indicators.length)]}`;
      const value = (next() * 900 + 10).toFixed(2);
      statements.push([name, value]);
      lines.push(`${name}${value}億元，比上年增長${(next() * 12).toFixed(1)}%。`);
    }
    html.push(`<p style="${p > 1 ? 'break-before:page' : ''}">${lines.join('')}</p>`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'tickmark-bench-'));
  try {
    const pdf = new Uint8Array(await readFile(await makePdfWithChromium(dir, html.join(''), 'bulletin.pdf')));
    return { xlsx, pdf, statements };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A draft of `count` figures: statements from the sources, some rounded, some changed. */
export function makeBenchDraft(statements: readonly [string, string][], count = 1000): string {
  const next = random(5);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const [name, value] = statements[Math.floor(next() * statements.length)]!;
    const v = Number(value);
    const stated = next() < 0.3 ? v.toFixed(1) : next() < 0.1 ? (v + 1).toFixed(2) : value;
    sentences.push(`全年${name}${stated}億元。`);
  }
  return sentences.join('\n');
}
