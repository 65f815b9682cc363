import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/model';
import { createTarget } from '../annotations/selectors';
import { exportLabels, pickExportLanguage } from './export-labels';
import { defaultExportPdfOptions } from './export-options';
import { buildPrintDocument } from './print-document';

const text = '第一段說明。\n第二段數字 264 億元。';
const doc = {
  type: 'doc',
  content: text.split('\n').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
};
const annotations = [
  createAnnotation({
    documentId: 'd',
    versionId: 'v',
    target: createTarget(text, 12, 15),
    body: {
      kind: 'figure',
      status: 'verified',
      note: '',
      origin: 'detected',
      value: 264e8,
      unit: '元',
      dismissed: false,
    },
    author: 'A',
  }),
];
const print = (language?: 'en' | 'zh-Hant' | 'zh-Hans') =>
  buildPrintDocument({
    version: { title: '報告', fileName: 'r.txt', sha256: 'a'.repeat(64), number: 2, doc, text },
    annotations,
    replies: [],
    options: defaultExportPdfOptions,
    exportedAt: new Date('2026-12-01T00:00:00Z'),
    ...(language ? { language } : {}),
  });

describe('export labels', () => {
  it('prints the cover, appendix and header in the UI language', () => {
    const hant = print('zh-Hant');
    expect(hant.html).toContain('審閱批註 · 第 2 稿');
    expect(hant.html).toContain('<h1>附錄</h1>');
    expect(hant.html).toContain('甲、數字核對表（1）');
    expect(hant.html).toContain('已核實');
    expect(hant.header.draft).toBe('第 2 稿');
    const hans = print('zh-Hans');
    expect(hans.html).toContain('审阅批注 · 第 2 稿');
    expect(hans.html).toContain('<h1>附录</h1>');
    expect(hans.html).toContain('已核实');
    const en = print();
    expect(en.html).toContain('Annotated review · Draft 2');
    expect(en.html).toContain('A. Figure verification schedule (1)');
    expect(en.html).not.toMatch(/附錄|附录/);
  });

  it('maps UI and BCP 47 tags to an export language', () => {
    expect(pickExportLanguage('zh-Hant')).toBe('zh-Hant');
    expect(pickExportLanguage('zh-TW')).toBe('zh-Hant');
    expect(pickExportLanguage('zh-Hans')).toBe('zh-Hans');
    expect(pickExportLanguage('zh-CN')).toBe('zh-Hans');
    expect(pickExportLanguage('en-GB')).toBe('en');
    expect(pickExportLanguage(undefined)).toBe('en');
    expect(exportLabels('zh-Hant').kinds.comment).toBe('意見');
  });
});
