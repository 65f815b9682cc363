/**
 * The documents of the PDF fixture set: the bundled sample (Traditional), a Simplified statistical
 * bulletin with a 主要指标 table and justified figures, and an English budget statement. Each is kept as
 * blocks (headings, paragraphs, table rows) so a test knows the original text, its paragraph count and
 * its figures, whatever the PDF makes of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplifiedReport } from './sample-texts';

export type FixtureBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

export interface FixtureDocument {
  name: string;
  lang: 'zh-Hant' | 'zh-Hans' | 'en';
  title: string;
  blocks: FixtureBlock[];
  /** Space between table cells in ems (default: the makers' own, 1.2–1.5 em). */
  tableGapEm?: number;
}

/** The original text, title first, one block per line (table rows one per line, cells tab-separated). */
export function originalText(document: FixtureDocument): string {
  return [
    document.title,
    ...document.blocks.flatMap((block) =>
      block.kind === 'table' ? block.rows.map((row) => row.join('\t')) : [block.text],
    ),
  ].join('\n');
}

/** Paragraphs a reader should find: the title, headings, paragraphs and table rows. */
export const originalParagraphCount = (document: FixtureDocument): number =>
  1 + document.blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length : 1), 0);

const isHeading = (line: string): boolean =>
  line.length < 40 &&
  /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/.test(line);

function fromLines(lines: readonly string[]): FixtureBlock[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text) => (isHeading(text) ? { kind: 'heading', text } : { kind: 'paragraph', text }));
}

/** The bundled sample report, whole. */
export function sampleDocument(root = process.cwd()): FixtureDocument {
  const text = readFileSync(join(root, 'resources/samples/hecheng-work-report.txt'), 'utf8');
  const lines = text.split('\n');
  return { name: 'sample', lang: 'zh-Hant', title: lines[0]!.trim(), blocks: fromLines(lines.slice(1)) };
}

const bulletinTable: string[][] = [
  ['指标', '单位', '绝对数', '比上年增长(%)'],
  ['地区生产总值', '亿元', '2640.5', '4.9'],
  ['一般公共预算收入', '亿元', '91.2', '-10.2'],
  ['社会消费品零售总额', '亿元', '1405.5', '12.7'],
  ['城镇居民人均可支配收入', '元', '42305', '5.8'],
];

/** A Simplified bulletin: the encoding fixture's report, more figures, a table. */
export function simplifiedBulletin(): FixtureDocument {
  const lines = simplifiedReport.split('\n');
  return {
    name: 'bulletin-hans',
    lang: 'zh-Hans',
    title: lines[0]!,
    blocks: [
      ...fromLines(lines.slice(1)),
      // The report twice more, so that the bulletin runs over pages in every layout.
      ...[1, 2].flatMap((copy) =>
        fromLines(lines.slice(1)).map((block) =>
          block.kind === 'heading' ? { ...block, text: `${block.text}（续${copy}）` } : block,
        ),
      ),
      { kind: 'heading', text: '三、农业和畜牧业' },
      {
        kind: 'paragraph',
        text:
          '全年粮食总产量86.4万吨，比上年增长2.1%。其中，夏粮产量21.3万吨，秋粮产量65.1万吨。全年生猪出栏12.5万头，' +
          '比上年增长3.2%；牛出栏1.8万头，羊出栏2.4万只，家禽出栏310万羽。年末生猪存栏9.6万头，下降1.5%。',
      },
      {
        kind: 'paragraph',
        text:
          '全年农林牧渔业总产值148.48亿元，比上年增长3.5%。新增高标准农田5.2万亩，农业机械总动力达到20.6万千瓦，' +
          '农村居民人均可支配收入19608元，增长7.3%，城乡居民收入比缩小到2.16。',
      },
      { kind: 'heading', text: '四、主要指标' },
      { kind: 'table', rows: bulletinTable },
      {
        kind: 'paragraph',
        text:
          '全年户籍人口户数增加1.2万户，年末常住人口达到318.6万人。全市共有各级各类学校50所，在校学生12.3万人；' +
          '医疗卫生机构386个，床位1.9万张，卫生技术人员2.6万人。',
      },
    ],
  };
}

/** An English budget statement with amounts in millions and billions and hyphenated compounds. */
export function englishStatement(): FixtureDocument {
  const paragraphs = [
    'The Financial Secretary presented the budget for the coming year to the Legislative Council. Total ' +
      'government expenditure is estimated at $4.2 billion, an increase of 3.5 percent over the revised ' +
      'estimate for the current year, while revenue is forecast at $3.9 billion.',
    'Recurrent spending on education will rise to $812 million, and spending on health care to $1.1 billion, ' +
      'which together account for two-thirds of the increase. Capital works will receive $640 million, of ' +
      'which $120 million is set aside for flood-prevention projects in low-lying districts.',
    'Fixed-asset investment by public enterprises reached $148.48 billion last year, down 20.8 percent, and ' +
      'the fiscal deficit is expected to narrow to 1.6 percent of gross domestic product. The government will ' +
      'create 12,000 jobs through the infrastructure programme over the next three years.',
    'Revenue from land sales fell by 10.21 percent to $910 million. Salaries tax receipts grew by 4.9 percent, ' +
      'and profits tax receipts by 5.8 percent, reflecting a steady recovery in the second half of the year.',
    'Reserves stood at $26.4 billion at the end of March, equivalent to about 18 months of government ' +
      'expenditure. The Financial Secretary proposed a one-off rebate of 75 percent of salaries tax, capped ' +
      'at $6,000 per case, which will benefit 1.9 million taxpayers and cost $2.1 billion.',
    'Public housing production will reach 23,705 units, and the waiting time for general applicants is ' +
      'expected to fall to 5.6 years. A further $350 million will go to community-care services for elderly ' +
      'people, and 2,500 additional subsidised places will be provided.',
  ];
  return {
    name: 'statement-en',
    lang: 'en',
    title: 'Budget Statement',
    blocks: [
      { kind: 'heading', text: 'Overview' },
      ...paragraphs.slice(0, 3).map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading', text: 'Revenue and reserves' },
      ...paragraphs.slice(3).map((text) => ({ kind: 'paragraph' as const, text })),
      // Once more, so that the statement runs over pages in every layout.
      { kind: 'heading', text: 'Summary of measures' },
      ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    ],
  };
}

/**
 * A bulletin's 主要指标 table set tight, cells `gapEm` apart, between two paragraphs: the case where a
 * reader that cuts rows only at wide gaps runs the cells together as text.
 */
export function tightTableHans(gapEm: number): FixtureDocument {
  return {
    name: `table-hans-${gapEm}em`,
    lang: 'zh-Hans',
    title: '2024年国民经济和社会发展统计公报',
    tableGapEm: gapEm,
    blocks: [
      {
        kind: 'paragraph',
        text: '初步核算，全年全市地区生产总值2640.5亿元，按不变价格计算，比上年增长4.9%。主要指标如下表。',
      },
      { kind: 'heading', text: '一、主要指标' },
      {
        kind: 'table',
        rows: [
          ['指标', '单位', '绝对数', '增长(%)'],
          ['地区生产总值', '亿元', '2640.5', '4.9'],
          ['第一产业增加值', '亿元', '148.48', '3.5'],
          ['一般公共预算收入', '亿元', '91.2', '-10.2'],
          ['社会消费品零售总额', '亿元', '1405.5', '12.7'],
          ['城镇居民人均可支配收入', '元', '42305', '5.8'],
          ['粮食总产量', '万吨', '86.4', '2.1'],
        ],
      },
      {
        kind: 'paragraph',
        text: '全年居民消费价格比上年上涨0.3%。年末常住人口318.6万人，城镇化率为62.4%，比上年末提高0.8个百分点。',
      },
    ],
  };
}

/** The same kind of table in English, cells `gapEm` apart; its labels hold word spaces of their own. */
export function tightTableEn(gapEm: number): FixtureDocument {
  return {
    name: `table-en-${gapEm}em`,
    lang: 'en',
    title: 'Statistical Bulletin 2024',
    tableGapEm: gapEm,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Gross domestic product reached $264.05 billion, up 4.9 percent in real terms. The main indicators are set out below.',
      },
      { kind: 'heading', text: 'Main indicators' },
      {
        kind: 'table',
        rows: [
          ['Indicator', 'Unit', 'Amount', 'Change (%)'],
          ['Gross domestic product', '$ billion', '264.05', '4.9'],
          ['Primary industry', '$ billion', '14.85', '3.5'],
          ['Public budget revenue', '$ billion', '9.12', '-10.2'],
          ['Retail sales', '$ billion', '140.55', '12.7'],
          ['Disposable income per head', '$', '42,305', '5.8'],
          ['Grain output', 'kilotonnes', '864', '2.1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Consumer prices rose by 0.3 percent. The resident population stood at 3.186 million at the end of the year.',
      },
    ],
  };
}
