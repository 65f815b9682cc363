import { describe, expect, it } from 'vitest';
import { bodyFontSize, linesToParagraphs, normaliseRadicals } from './pdf-paragraphs';
import type { PdfLine } from './pdf-reader';

/** A line at baseline `y`, from `x` to `right`, in 12 pt unless given. */
const line = (text: string, y: number, x = 72, right = 520, fontSize = 12): PdfLine => ({
  text,
  x,
  right,
  y,
  fontSize,
});

describe('linesToParagraphs', () => {
  it('joins wrapped lines: CJK without a space, Latin with one, de-hyphenating words', () => {
    const paragraphs = linesToParagraphs(
      [
        line('全年實現區內生產總值264億元,同比', 700),
        line('增長4.9%。', 682, 72, 140),
        line('Revenue fell by ten per-', 650),
        line('cent in the year and rose', 632),
        line('again later.', 614, 72, 150),
      ],
      12,
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '全年實現區內生產總值264億元,同比增長4.9%。',
      'Revenue fell by ten percent in the year and rose again later.',
    ]);
  });

  it('breaks on a larger gap, on sentence punctuation and on a first-line indent', () => {
    const paragraphs = linesToParagraphs(
      [
        line('第一段的第一行文字內容很長很長很長很長很長', 700),
        line('第一段的第二行文字內容也很長很長很長很長很', 682),
        line('第二段在一個較大的間距之後開始寫很長很長很', 640),
        line('第二段結束於句號很長很長很長很長很長很長。', 622),
        line('第三段緊接著開始很長很長很長很長很長很長很', 604),
        line('第三段最後一行寫滿整行很長很長很長很長很長', 586),
        line('第四段有首行縮排很長很長很長很長很長很長', 568, 96),
      ],
      12,
    );
    expect(paragraphs.map((p) => p.text.slice(0, 3))).toEqual(['第一段', '第二段', '第三段', '第四段']);
    expect(paragraphs[0]!.text).toContain('第二行');
  });

  it('marks clearly larger lines as headings', () => {
    const paragraphs = linesToParagraphs(
      [line('工作報告', 760, 72, 200, 24), line('一、工作回顧', 720, 72, 200, 18), line('正文。', 700)],
      12,
    );
    expect(paragraphs.map((p) => p.headingLevel)).toEqual([1, 2, 0]);
  });

  it('finds the body size by characters set in it', () => {
    const pages = [
      { lines: [line('Title', 760, 72, 200, 24), line('x'.repeat(80), 700), line('y'.repeat(80), 682)] },
    ];
    expect(bodyFontSize(pages)).toBe(12);
  });
});

describe('normaliseRadicals', () => {
  it('maps Kangxi and supplement radicals to ideographs and leaves other text alone', () => {
    expect(normaliseRadicals('⼈⺠政府⼯作報告,增⻑4.9%')).toBe('人民政府工作報告,增長4.9%');
    expect(normaliseRadicals('全角，ＡＢＣ')).toBe('全角，ＡＢＣ');
  });
});
