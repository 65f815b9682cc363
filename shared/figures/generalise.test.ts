/**
 * Classes of error found on documents the detector had never seen (issue 10), each with examples of our
 * own in the same style: spaced numbers, compound amounts in spaced parts, Minguo years, unit words,
 * qualifiers after the unit, numerals that name a session or a plan, English unit words, and figures
 * split by a line break. Decisions the spec left open are recorded in docs/figures-spec.md, "Decisions".
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import type { Expected } from './testing/expect-figures';
import { expectFigure, figures } from './testing/expect-figures';

describe('a space between the number and its unit or multiplier', () => {
  it.each<[string, Expected]>([
    ['約有 315 萬人受惠', { text: '315 萬人', value: 3150000, unit: '人', qualifier: 'about' }],
    ['增加值 187.26 亿元，', { text: '187.26 亿元', value: 18726000000, unit: '元' }],
    ['發行 112 檔債券', { text: '112 檔', value: 112, unit: '檔' }],
    ['面積 36.5 万亩', { value: 365000, unit: '畝' }],
    ['補助 2,400\u00a0萬元', { value: 24000000, unit: '元' }],
    ['核定　48　案', { text: '48　案', value: 48, unit: '案' }],
    ['成長 3.2  %，', { value: 3.2, unit: '%' }],
    ['經費 12 億 元', { value: 1200000000, unit: '元' }],
    ['每 10 萬人口有病床 58 床', { text: '58 床', value: 58, unit: '床' }],
    ['第 3 條 共 5 項', { text: '5 項', value: 5, unit: '項' }],
    ['編列新臺幣 4,562 億元', { text: '新臺幣 4,562 億元', value: 456200000000, unit: 'TWD' }],
    ['超過 2,000 家廠商', { value: 2000, unit: '家', qualifier: 'over' }],
    ['減少 1.5 個百分點', { value: 1.5, unit: '百分點' }],
    ['辦理 3 至 5 場次', { value: 3, high: 5, unit: '場次' }],
    ['成長 2 - 4%', { value: 2, high: 4, unit: '%' }],
    ['補助 3,000 元至 5,000 元', { value: 3000, high: 5000, unit: '元' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('compound amounts in spaced parts', () => {
  it.each<[string, Expected]>([
    ['歲出 5 兆 2,310 億元', { text: '5 兆 2,310 億元', value: 5231000000000, unit: '元' }],
    ['受理 2 萬 3,500 件', { value: 23500, unit: '件' }],
    ['服務 61 萬 2,004 人', { value: 612004, unit: '人' }],
    ['歲入新臺幣 2 兆 8,012 億 3,400 萬元', { value: 2801234000000, unit: 'TWD' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('keeps the English rules for bare amounts out of spaced Chinese text', () => {
    expect(figures('合計 1,234 （占 3.5%）')).toEqual([{ text: '3.5%', value: 3.5, unit: '%' }]);
    expect(figures('The debt fell to 329,000, the lowest')).toEqual([
      { text: '329,000', value: 329000, unit: '' },
    ]);
  });

  it('does not join an amount to a following year', () => {
    expect(figures('編列 5 億 2024 年起')).toEqual([{ text: '5 億', value: 500000000, unit: '' }]);
  });
});

describe('Minguo (ROC) years are dates', () => {
  it.each<[string]>([
    ['112 年以來，'],
    ['115 年 7 月 1 日起施行'],
    ['民國 113 年施政'],
    ['113 年度總預算'],
    ['112 至 115 年期間'],
    ['112-115 年'],
  ])('%s', (text) => expect(figures(text), text).toEqual([]));

  it.each<[string, Expected]>([
    ['111 年底增加 3,480 億元', { text: '3,480 億元', value: 348000000000, unit: '元' }],
    ['較 112 年成長 5.2%', { value: 5.2, unit: '%' }],
    ['近 5 年來', { value: 5, unit: '年', qualifier: 'about' }],
    ['建校 60 年來', { value: 60, unit: '年' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('unit words that are part of the unit', () => {
  it.each<[string, Expected]>([
    ['工期 18 個月', { text: '18 個月', value: 18, unit: '個月' }],
    ['工期18个月', { value: 18, unit: '個月' }],
    ['歷時 5 個多月', { value: 5, unit: '個月', qualifier: 'over' }],
    ['增长高于全国0.8个点', { text: '0.8个点', value: 0.8, unit: '百分點' }],
    ['变电容量120万千伏安时', { value: 1200000, unit: '千伏安時' }],
    ['主变容量36万千伏安', { value: 360000, unit: '千伏安' }],
    ['宽带速率达1000Mbps', { value: 1000, unit: 'Mbps' }],
    ['旅客周转量12.5亿人公里', { value: 1250000000, unit: '人公里' }],
    ['央行三度下調利率', { text: '三度', value: 3, unit: '度' }],
    ['梯次 12 梯次', { value: 12, unit: '梯次' }],
    ['服務 3,000 人日', { value: 3000, unit: '人日' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('keeps the 個月 unit and folds 月/months to it for scoring', async () => {
    const { foldUnitForScoring } = await import('./evaluate');
    expect(foldUnitForScoring('月')).toBe(foldUnitForScoring('個月'));
    expect(foldUnitForScoring('months')).toBe(foldUnitForScoring('个月'));
    expect(foldUnitForScoring('week')).toBe(foldUnitForScoring('weeks'));
  });
});

describe('qualifiers after the unit', () => {
  it.each<[string, Expected]>([
    ['出口增長2倍多', { text: '2倍多', value: 2, unit: '倍', qualifier: 'over' }],
    ['歷時3年多，', { value: 3, unit: '年', qualifier: 'over' }],
    ['增長 1.5 倍以上', { value: 1.5, unit: '倍', qualifier: 'over' }],
    ['年滿70歲或以上的長者', { text: '70歲或以上', value: 70, unit: '歲', qualifier: 'over' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('keeps 多 that begins a word after the unit out of the figure', () => {
    expect(figures('增加3倍多元化經營')).toEqual([{ text: '3倍', value: 3, unit: '倍' }]);
  });
});

describe('numerals that name a session, a plan or a period', () => {
  it.each<[string]>([
    ['市五届人大二次会议'],
    ['十四屆全國人大三次會議'],
    ['省委十二届三次全会'],
    ['第十四个五年规划'],
    ['奋力拼搏的五年'],
    ['极不平凡的三年，'],
  ])('%s', (text) => expect(figures(text), text).toEqual([]));

  it.each<[string, Expected]>([
    ['全年召開會議二次', { value: 2, unit: '次' }],
    ['用了五年时间', { value: 5, unit: '年' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('English unit words', () => {
  it.each<[string, Expected]>([
    ['The office adds 2.5 FTE this year.', { text: '2.5 FTE', value: 2.5, unit: 'FTE' }],
    ['It hires 40 FTEs.', { value: 40, unit: 'FTE' }],
    ['The line was finished three years early.', { text: 'three years', value: 3, unit: '年' }],
    ['It funds a three-year pilot.', { text: 'three-year', value: 3, unit: '年' }],
    ['It funds a 3-year pilot.', { text: '3-year', value: 3, unit: '年' }],
    ['after a 6-week course', { text: '6-week', value: 6, unit: 'weeks' }],
    ['broadband at 100 Mbps', { value: 100, unit: 'Mbps' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('figures split by a line break inside a paragraph', () => {
  it.each<[string, Expected]>([
    ['預算數為 57.32\n億元，較上年', { text: '57.32\n億元', value: 5732000000, unit: '元' }],
    ['預算數為57.32\r\n億元', { value: 5732000000, unit: '元' }],
    ['The grant is $18.4\nmillion over', { text: '$18.4\nmillion', value: 18400000, unit: 'USD' }],
    ['growth of 2-\n4% a year', { text: '2-\n4%', value: 2, high: 4, unit: '%' }],
    ['增長 3.5\n%，', { value: 3.5, unit: '%' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('does not join two lines of a list', () => {
    expect(figures('項目\n1. 人事費\n2. 業務費')).toEqual([]);
    expect(figures('總計 12\n\n億元')).toEqual([]);
  });
});

describe('found on the blind set, fixed as classes (examples of our own)', () => {
  it.each<[string, Expected]>([
    // a currency named before the number is its ISO code, like 新臺幣 → TWD
    ['撥款港幣120億元', { value: 12000000000, unit: 'HKD' }],
    ['撥款120億港元', { value: 12000000000, unit: 'HKD' }],
    // a range written with two percentage words
    ['提高百分之五至百分之八', { value: 5, high: 8, unit: '%' }],
    // a duration in two parts is one figure in the smaller unit
    ['平均等候 3 分 45 秒', { value: 225, unit: '秒' }],
    ['車程縮短至 1 小時 20 分鐘', { value: 80, unit: '分鐘' }],
    // points of a card or an index
    ['每人可領 500 點', { value: 500, unit: '點' }],
    ['首批6幅用地', { value: 6, unit: '幅' }],
    ['年满 70 周岁', { value: 70, unit: '周歲' }],
    // a decimal before 年 is a span of years, never a year
    ['平均年期 7.5 年', { value: 7.5, unit: '年' }],
    // a four-digit amount with decimals is not a year and a month
    ['增加值1876.42亿元', { value: 187642000000, unit: '元' }],
    ['The fees varied from $200 to $900.', { value: 200, high: 900, unit: 'USD' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it.each<[string]>([['上午 9 點開會'], ['下午3點'], ['2024.10 起實施']])('%s', (text) =>
    expect(figures(text), text).toEqual([]),
  );

  it.each<[string, Expected]>([
    ['新增床位 1.5 个百\n分点以上', { value: 1.5, unit: '百分點', qualifier: 'over' }],
    ['人均达到 3.18 万\n元，', { value: 31800, unit: '元' }],
    ['修建道路 14 公\n里', { value: 14, unit: '公里' }],
    ['惠及群众\n2.3 万人次。', { value: 23000, unit: '人次' }],
  ])('a unit broken across lines: %s', (written, expected) => {
    const text = written.replace(/\\n/g, '\n');
    const found = detectFigures(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it('keeps a break that ends a table row', () => {
    expect(figures('收入\t3,400\t4.3\n    个人所得税\t12')).toEqual([]);
  });
});

describe('currencies in one table (codes for every foreign currency, however written)', () => {
  it.each<[string, Expected]>([
    ['全年收入2,265億澳門元，', { text: '2,265億澳門元', value: 226500000000, unit: 'MOP' }],
    ['每人每月發放 1,987澳門元', { text: '1,987澳門元', value: 1987, unit: 'MOP' }],
    ['補貼約 45 億澳元', { text: '45 億澳元', value: 4500000000, unit: 'MOP', qualifier: 'about' }],
    ['資助上限為MOP 20,000，', { text: 'MOP 20,000', value: 20000, unit: 'MOP' }],
    ['a grant of MOP$8,000 each', { text: 'MOP$8,000', value: 8000, unit: 'MOP' }],
    ['撥款澳門幣 3,600 萬元', { value: 36000000, unit: 'MOP' }],
    ['出口 2,000 萬英鎊', { value: 20000000, unit: 'GBP' }],
    ['a levy of £3.4 million', { value: 3400000, unit: 'GBP' }],
    ['投資 500 萬歐元', { value: 5000000, unit: 'EUR' }],
    ['EUR 120 million in bonds', { value: 120000000, unit: 'EUR' }],
    ['日圓 3億 的訂單', { text: '日圓 3億', value: 300000000, unit: 'JPY' }],
    ['融資 80 億日圓', { value: 8000000000, unit: 'JPY' }],
    ['JPY 5 billion of loans', { value: 5000000000, unit: 'JPY' }],
    ['raised S$2.3 billion', { value: 2300000000, unit: 'SGD' }],
    ['外資 12 億新加坡元', { value: 1200000000, unit: 'SGD' }],
    ['sales of NT$5,000 each', { value: 5000, unit: 'TWD' }],
    ['RMB 30 million of aid', { value: 30000000, unit: '元' }],
    ['人民幣 500 萬元', { value: 5000000, unit: '元' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('one physical unit, many spellings, is one unit for scoring', () => {
  it.each<[string, string]>([
    ['立方公尺', '立方米'],
    ['公尺', '米'],
    ['平方公尺', '平方米'],
    ['平米', '平方米'],
    ['瓩', '千瓦'],
    ['公噸', '噸'],
    ['公升', '升'],
    ['公克', '克'],
    ['千米', '公里'],
    ['澳門元', 'MOP'],
    ['澳门元', 'MOP'],
    ['英鎊', 'GBP'],
    ['£', 'GBP'],
    ['歐元', 'EUR'],
    ['日圓', 'JPY'],
    ['美元', 'USD'],
    ['US$', 'USD'],
    ['人民幣', '元'],
    ['RMB', '元'],
    ['新臺幣', 'TWD'],
    ['NT$', 'TWD'],
  ])('%s = %s', async (a, b) => {
    const { foldUnitForScoring } = await import('./evaluate');
    expect(foldUnitForScoring(a)).toBe(foldUnitForScoring(b));
  });

  it('keeps different units apart', async () => {
    const { foldUnitForScoring } = await import('./evaluate');
    expect(foldUnitForScoring('米')).not.toBe(foldUnitForScoring('平方米'));
    expect(foldUnitForScoring('公里')).not.toBe(foldUnitForScoring('米'));
    expect(foldUnitForScoring('MOP')).not.toBe(foldUnitForScoring('HKD'));
    expect(foldUnitForScoring('元')).not.toBe(foldUnitForScoring('USD'));
  });

  it('the detector itself writes the canonical unit', () => {
    expect(figures('容量 3 立方公尺、長 30 公尺、500 瓩、20 公噸').map((f) => f.unit)).toEqual([
      '立方米',
      '米',
      '千瓦',
      '噸',
    ]);
  });
});

describe('Chinese numerals and units split by a PDF line break, measure words with 次', () => {
  it.each<[string, Expected]>([
    ['調查顯示有百分之二十\n三的人支持', { text: '百分之二十\n三', value: 23, unit: '%' }],
    ['經濟增長百分\n之七點四，', { text: '百分\n之七點四', value: 7.4, unit: '%' }],
    ['經濟增長百分之\n七點四，', { value: 7.4, unit: '%' }],
    ['共建成兩\n萬套住房', { value: 20000, unit: '套' }],
    ['投入三千\n萬元', { value: 30000000, unit: '元' }],
    ['出動 377台次', { text: '377台次', value: 377, unit: '台次' }],
    ['出動 377台\n次', { value: 377, unit: '台次' }],
    ['進出船舶 1,200 艘次', { value: 1200, unit: '艘次' }],
    ['起降 3,400 架次', { value: 3400, unit: '架次' }],
    ['服務 25 萬人次', { value: 250000, unit: '人次' }],
    ['分 3批次 完成', { value: 3, unit: '批次' }],
    ['新建3條次要道路', { text: '3條', value: 3, unit: '條' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('does not join a line to a list item or a heading', () => {
    expect(figures('主要有以下二\n三、其他事項')).toEqual([]);
    expect(figures('一、概況\n二、措施')).toEqual([]);
  });
});

describe('English ranges with the unit at both ends, and labels that are not figures', () => {
  it.each<[string, Expected]>([
    ['It will cost £20 billion to £25 billion.', { value: 2e10, high: 2.5e10, unit: 'GBP' }],
    ['a cost of between £20 billion and £25 billion', { value: 2e10, high: 2.5e10, unit: 'GBP' }],
    [
      'grants of $3 million to $5 million each',
      { text: '$3 million to $5 million', value: 3e6, high: 5e6, unit: 'USD' },
    ],
    ['a budget of HK$2 billion-HK$3 billion', { value: 2e9, high: 3e9, unit: 'HKD' }],
    ['£500 million to £1 billion a year', { value: 5e8, high: 1e9, unit: 'GBP' }],
    ['growth of between 5.5 and 6.0 per cent', { value: 5.5, high: 6, unit: '%' }],
    ['growth of between 5.5 per cent and 6.0 per cent', { value: 5.5, high: 6, unit: '%' }],
    ['a wait of 3 years to 5 years', { value: 3, high: 5, unit: '年' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('keeps a change from one amount to another as two figures', () => {
    expect(figures('rose from £85,000 to £90,000').map((f) => f.value)).toEqual([85000, 90000]);
    expect(figures('from 3 per cent to 5 per cent').map((f) => f.value)).toEqual([3, 5]);
    expect(figures('raised by £2 billion to £5 billion').map((f) => f.value)).toEqual([2e9, 5e9]);
    expect(figures('grew £2 million to £45 million').map((f) => f.value)).toEqual([2e6, 4.5e7]);
    expect(figures('costs of £3 million to €5 million').map((f) => f.unit)).toEqual(['GBP', 'EUR']);
  });

  it.each<[string]>([
    ['The wave 5 response rate was lower.'],
    ['In Wave 3 respondents were asked again.'],
    ['Cohort 2 pupils and Option 4 plans'],
    ['See version 2.1 of the guidance.'],
    ['call +44 (0)1633 455 400 for help'],
    ['Tel: 2810 2345'],
    ['洽詢電話（02）2321-2200。'],
  ])('%s', (text) => expect(figures(text), text).toEqual([]));
});

describe('spans of time after 連續, 為期 and 每 in spaced Taiwan style', () => {
  it('finds both figures in 連續 3 個月低於 2 %', () => {
    expect(figures('消費者物價已連續 3 個月低於 2 %，')).toEqual([
      { text: '3 個月', value: 3, unit: '個月' },
      { text: '2 %', value: 2, unit: '%', qualifier: 'under' },
    ]);
  });

  it.each<[string, Expected]>([
    ['為期 6 個月的計畫', { text: '6 個月', value: 6, unit: '個月' }],
    ['每 3 個月檢討一次', { text: '3 個月', value: 3, unit: '個月' }],
    ['每3個月檢討', { value: 3, unit: '個月' }],
    ['每三個月檢討', { value: 3, unit: '個月' }],
    ['每 2 年辦理評鑑', { value: 2, unit: '年' }],
    ['連續 12 個月成長', { value: 12, unit: '個月' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it.each<[string]>([['每 10 萬人口'], ['每千人口'], ['每一萬元'], ['每一年都在進步']])(
    '%s is the base of a rate or a phrase, not a figure',
    (text) => expect(figures(text), text).toEqual([]),
  );
});
