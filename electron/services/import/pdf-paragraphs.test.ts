import { describe, expect, it } from 'vitest';
import { findGutters, fragmentsOf } from './pdf-layout';
import type { PdfPageRuns, PdfRun } from './pdf-reader';
import { paragraphsOfPages } from './pdf-to-doc';

const size = 10;
/** Width of text set in a font where ideographs are 1 em and everything else half an em. */
const widthOf = (text: string, fontSize = size): number =>
  [...text].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 1 : 0.5), 0) * fontSize;

const run = (text: string, x: number, y: number, fontSize = size): PdfRun => ({
  text,
  x,
  right: x + widthOf(text, fontSize),
  y,
  fontSize,
});

/** One run per ideograph or word, spread over `width` as justification does. */
const spread = (text: string, x: number, y: number, width: number): PdfRun[] => {
  const chars = text.match(/[\u2e80-\uffef]|[^\u2e80-\uffef]+/g) ?? [];
  const natural = widthOf(text);
  const extra = chars.length > 1 ? (width - natural) / (chars.length - 1) : 0;
  let at = x;
  return chars.map((char) => {
    const r = run(char, at, y);
    at = r.right + extra;
    return r;
  });
};

/** Wraps `text` into lines that fit `columnWidth`, the first indented by `indent` ems. */
const wrap = (text: string, columnWidth: number, indent = 2): string[] => {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const room = columnWidth - (lines.length === 0 ? indent * size : 0);
    let take = 0;
    while (take < rest.length && widthOf(rest.slice(0, take + 1)) <= room) take++;
    // Never cut a number: back off to before it, as a line breaker would.
    while (take < rest.length && take > 1 && /[0-9.,%]/.test(rest[take]!) && /[0-9.,]/.test(rest[take - 1]!))
      take--;
    lines.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  return lines;
};

/** Sets `lines` from `top` at `x`, justified to `columnWidth` except the paragraph's last line. */
const setLines = (
  lines: readonly string[],
  x: number,
  top: number,
  columnWidth: number,
  options: { indentFirst?: number; lastIsEnd?: boolean } = {},
): PdfRun[] =>
  lines.flatMap((line, i) => {
    const start = x + (i === 0 ? (options.indentFirst ?? 0) * size : 0);
    const y = top - i * size * 1.5;
    const last = i === lines.length - 1 && (options.lastIsEnd ?? true);
    return last ? [run(line, start, y)] : spread(line, start, y, x + columnWidth - start);
  });

/** A whole paragraph set as a column. */
const column = (text: string, x: number, top: number, columnWidth: number, indent = 2): PdfRun[] =>
  setLines(wrap(text, columnWidth, indent), x, top, columnWidth, { indentFirst: indent });

const page = (number: number, runs: PdfRun[]): PdfPageRuns => ({
  page: number,
  width: 595,
  height: 842,
  runs,
});
const texts = (pages: PdfPageRuns[]): string[] =>
  paragraphsOfPages(pages).flatMap((p) => p.paragraphs.map((q) => q.text));

const left1 =
  '全年實現區內生產總值264億元,同比增長4.9%;完成公共財政收入9.1億元,同比下降10.21%,為預算調整的105.57%。';
const left2 = '地方財政收入5.51億元,同比下降19.87%;完成社會固定資產投資148.48億元,同比下降20.8%。';
const right1 =
  '實現社會消費品零售總額140.55億元,同比增長12.7%;城鄉居民收入分別達到23705元、9608元,增長8.8%。';

describe('reading order', () => {
  it('reads two columns one after the other, under a full-width heading', () => {
    const runs = [
      run('鶴城區政府工作報告', 200, 780, 20),
      ...column(left1 + left2, 60, 740, 220),
      ...column(right1 + left1, 310, 740, 220),
    ];
    const paragraphs = paragraphsOfPages([page(1, runs)])[0]!.paragraphs;
    expect(paragraphs).toEqual([
      { text: '鶴城區政府工作報告', headingLevel: 1 },
      { text: left1 + left2, headingLevel: 0 },
      { text: right1 + left1, headingLevel: 0 },
    ]);
  });

  it('reads three columns left to right', () => {
    const runs = [
      ...column(left1, 40, 760, 150),
      ...column(left2, 220, 760, 150),
      ...column(right1, 400, 760, 150),
    ];
    expect(findGutters(fragmentsOf(runs))).toHaveLength(2);
    expect(texts([page(1, runs)])).toEqual([left1, left2, right1]);
  });

  it('continues a paragraph across a column break and a page break, and decides its end per column', () => {
    // The left column is narrower than the right: a line that fills it is not short.
    const text = left1 + left2 + right1;
    const lines = wrap(text, 200);
    const first = setLines(lines.slice(0, 3), 60, 600, 200, { indentFirst: 2, lastIsEnd: false });
    const second = setLines(wrap(lines.slice(3).join(''), 240, 0).slice(0, 3), 300, 760, 240, {
      lastIsEnd: false,
    });
    const rest = wrap(lines.slice(3).join(''), 240, 0).slice(3).join('');
    const third = setLines(wrap(rest, 200, 0), 60, 760, 200);
    expect(
      texts([page(1, [...column(right1 + left2, 60, 760, 200), ...first, ...second]), page(2, third)]),
    ).toEqual([right1 + left2, text]);
  });
});

describe('justified CJK', () => {
  it('inserts no space between spread CJK characters and keeps a spread figure whole', () => {
    const first = '今年全市生猪出栏12.5万头，比上年增长3.2%，牛出栏1.8万头，羊出栏2.4万只，家禽出栏';
    const line = spread(first, 60, 700, 475);
    const next = run('310万羽。', 60, 685);
    expect(texts([page(1, [...line, next])])).toEqual([`${first}310万羽。`]);
  });

  it('drops the fake spaces a producer wrote into a spread line', () => {
    expect(texts([page(1, [run('出 栏 12.5 万 头', 60, 700)])])).toEqual(['出栏12.5万头']);
  });
});

describe('Latin text', () => {
  it('rejoins hyphenated words unless the document writes them with a hyphen, and keeps split figures whole', () => {
    const lines = [
      'Fixed-asset investment reached $148.48 bil-',
      'lion, a decline of 20.8 per-',
      'cent; revenue fell to 1,',
      '234 million and fixed-',
      'asset spending to 3-',
      '5% of output.',
    ];
    const runs = lines.map((text, i) => run(text, 60, 700 - i * 15));
    // Make every line but the last reach the same right edge, as justification does.
    const right = Math.max(...runs.map((r) => r.right));
    for (const r of runs.slice(0, -1)) r.right = right;
    expect(texts([page(1, runs)])).toEqual([
      'Fixed-asset investment reached $148.48 billion, a decline of 20.8 percent; revenue fell to 1,234 ' +
        'million and fixed-asset spending to 3-5% of output.',
    ]);
  });
});

describe('page furniture', () => {
  it('leaves running headers and page numbers out, keeps the numbers as labels, and joins across pages', () => {
    const body = (left1 + left2 + right1).repeat(2);
    const lines = wrap(body, 300);
    const perPage = Math.ceil(lines.length / 3);
    const pages = [0, 1, 2].map((i) =>
      page(i + 1, [
        run('鶴城區政府工作報告', 250, 800, 9),
        run(`- ${i + 11} -`, 290, 40, 9),
        ...setLines(lines.slice(i * perPage, (i + 1) * perPage), 60, 760, 300, {
          indentFirst: i === 0 ? 2 : 0,
          lastIsEnd: i === 2,
        }),
      ]),
    );
    const result = paragraphsOfPages(pages);
    expect(result.map((p) => p.label)).toEqual(['11', '12', '13']);
    expect(result.flatMap((p) => p.paragraphs.map((q) => q.text))).toEqual([body]);
  });
});

describe('tables', () => {
  it('puts each row on one line with its cells separated by tabs', () => {
    const rows = [
      ['指标', '单位', '数值'],
      ['地区生产总值', '亿元', '2640'],
      ['一般公共预算收入', '亿元', '91.2'],
      ['城镇新增就业', '万人', '3.2'],
    ];
    const runs = rows.flatMap((cells, r) => [
      run(cells[0]!, 60, 700 - r * 18),
      run(cells[1]!, 260, 700 - r * 18),
      run(cells[2]!, 400, 700 - r * 18),
    ]);
    expect(texts([page(1, [...column(left1, 60, 760, 475), ...runs])])).toEqual([
      left1,
      ...rows.map((cells) => cells.join('\t')),
    ]);
  });
});

describe('radicals', () => {
  it('maps radicals to the ideograph the document means, by its script', () => {
    expect(texts([page(1, [run('这个⼾籍人口增⻓了,门⼾开放。', 60, 700)])])).toEqual([
      '这个户籍人口增长了,门户开放。',
    ]);
    expect(texts([page(1, [run('這個⼾籍⼈⼝增⻑了。', 60, 700)])])).toEqual(['這個戶籍人口增長了。']);
    expect(texts([page(1, [run('全角，ＡＢＣ，兀', 60, 700)])])).toEqual(['全角，ＡＢＣ，兀']);
  });
});
