/**
 * One test per rule of docs/figures-spec.md, with positive and negative cases in Traditional and
 * Simplified Chinese and English. Labelled whole documents are scored in evaluate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import type { Expected } from './testing/expect-figures';
import { expectFigure, expectNone, figures } from './testing/expect-figures';

describe('amounts with a unit, multipliers applied', () => {
  it.each<[string, Expected]>([
    ['地區生產總值264億元,同比增長', { text: '264億元', value: 26400000000, unit: '元' }],
    ['人均收入23705元。', { value: 23705, unit: '元' }],
    ['境外資金2760萬美元,', { value: 27600000, unit: '美元' }],
    ['農機總動力達20.6萬千瓦,', { value: 206000, unit: '千瓦' }],
    ['惠及民眾1.2萬人。', { value: 12000, unit: '人' }],
    ['參保人數達36.8萬人次,', { value: 368000, unit: '人次' }],
    ['地区生产总值1,286.4亿元，', { value: 128640000000, unit: '元' }],
    ['建成高标准农田2.8万亩，', { value: 28000, unit: '畝' }],
    ['总产量14.6万吨。', { value: 146000, unit: '噸' }],
    ['The budget totals $4.2 billion this year.', { text: '$4.2 billion', value: 4200000000, unit: 'USD' }],
    ['The economy added 12,000 jobs last year.', { text: '12,000 jobs', value: 12000, unit: 'jobs' }],
    ['Grants of $75m will connect homes.', { value: 75000000, unit: 'USD' }],
    ['It funds 450 school counselors.', { value: 450, unit: 'counselors' }],
    ['It hires 3,500 more police officers.', { value: 3500, unit: 'officers' }],
    ['Three residents support it.', { value: 3, unit: 'residents' }],
    ['It builds 6,000 to 8,000 homes.', { value: 6000, high: 8000, unit: 'homes' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('percentages and percentage points', () => {
  it.each<[string, Expected]>([
    ['同比增長4.9%;', { value: 4.9, unit: '%' }],
    ['為預算調整的105.57%;', { value: 105.57, unit: '%' }],
    ['執行率96.8％，', { value: 96.8, unit: '%' }],
    ['成長百分之八十。', { text: '百分之八十', value: 80, unit: '%' }],
    ['增长百分之三点五，', { value: 3.5, unit: '%' }],
    ['Revenue grew 3.5 percent in the year.', { value: 3.5, unit: '%' }],
    ['Revenue grew 3.5 per cent in the year.', { value: 3.5, unit: '%' }],
    ['提高0.5個百分點。', { value: 0.5, unit: '百分點' }],
    ['高于全市0.7个百分点；', { value: 0.7, unit: '百分點' }],
    ['The rate fell 0.3 percentage points to', { value: 0.3, unit: '百分點' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('counts with a measure word', () => {
  it.each<[string, Expected]>([
    ['規模養殖場5家,', { value: 5, unit: '家' }],
    ['背街小巷提質改造123條,', { value: 123, unit: '條' }],
    ['无公害农产品认证6个，', { value: 6, unit: '個' }],
    ['周轉房283套,', { value: 283, unit: '套' }],
    ['建農村敬老院2所。', { value: 2, unit: '所' }],
    ['舉辦汽博會4次,', { value: 4, unit: '次' }],
    ['改扩建项目34项，', { value: 34, unit: '項' }],
    ['改造农村危房500户。', { value: 500, unit: '戶' }],
    ['下放審批事項9大類,', { value: 9, unit: '類' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('ranges', () => {
  it.each<[string, Expected]>([
    ['產量增長3-5%左右。', { value: 3, high: 5, unit: '%', qualifier: 'about' }],
    ['加工企業2-3 家、', { value: 2, high: 3, unit: '家' }],
    ['龍頭企業1-2家,', { value: 1, high: 2, unit: '家' }],
    ['棚改融資2-3億元。', { value: 200000000, high: 300000000, unit: '元' }],
    ['用3至5年時間', { value: 3, high: 5, unit: '年' }],
    ['over 3–5 years.', { value: 3, high: 5, unit: '年' }],
    ['a 40–45 percent cut', { value: 40, high: 45, unit: '%' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('does not read a change (由…至…) as a range', () => {
    expect(figures('補助由3%調增至6%。').map((f) => f.value)).toEqual([3, 6]);
  });
});

describe('fractions and ratios', () => {
  it.each<[string, Expected]>([
    ['審批效率提高1/3。', { value: 1 / 3, unit: '' }],
    ['佔三分之一。', { value: 1 / 3, unit: '' }],
    ['roughly two-thirds of revenue', { value: 2 / 3, unit: '' }],
    ['sales tax is about one third.', { value: 1 / 3, unit: '' }],
    ['the list has fallen by a quarter since', { text: 'a quarter', value: 0.25, unit: '' }],
    ['a third of all schools', { value: 1 / 3, unit: '' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('durations, not dates', () => {
  it.each<[string, Expected]>([
    ['3-5年內消除村級集體經濟空殼村', { value: 3, high: 5, unit: '年' }],
    ['連續5年提高', { value: 5, unit: '年' }],
    ['企业开办时间压减至1个工作日', { value: 1, unit: '工作日' }],
    ['wait times fall to 45 days.', { value: 45, unit: 'days' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('Chinese numerals', () => {
  it.each<[string, Expected]>([
    ['投資三千萬元興建', { value: 30000000, unit: '元' }],
    ['吸引兩萬人參加', { value: 20000, unit: '人' }],
    ['两万人', { value: 20000, unit: '人' }],
    ['抓好六個方面工作', { value: 6, unit: '個' }],
    ['常住人口十二萬人', { value: 120000, unit: '人' }],
    ['新增一百零五家', { value: 105, unit: '家' }],
    ['總計3千萬元', { value: 30000000, unit: '元' }],
    ['全長一公里', { value: 1, unit: '公里' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('compound amounts and compound units', () => {
  it.each<[string, Expected]>([
    ['餘額1億8,245萬3,762元。', { value: 182453762, unit: '元' }],
    ['餘額1億 8,245萬 3,762元。', { value: 182453762, unit: '元' }],
    ['經費2億4千萬元。', { value: 240000000, unit: '元' }],
    ['貨運量3.2億噸公里,', { value: 320000000, unit: '噸公里' }],
    ['發電量12萬千瓦時,', { value: 120000, unit: '千瓦時' }],
    ['路網密度45.6公里/百平方公里,', { value: 45.6, unit: '公里/百平方公里' }],
    ['住房1,950平方米,', { value: 1950, unit: '平方米' }],
    ['面积3.5平方公里，', { value: 3.5, unit: '平方公里' }],
    ['蓄水1.2亿立方米，', { value: 120000000, unit: '立方米' }],
    ['装机300兆瓦，', { value: 300, unit: '兆瓦' }],
    ['造林86公頃,', { value: 86, unit: '公頃' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('currencies', () => {
  it.each<[string, Expected]>([
    ['grants of US$1.5 million', { text: 'US$1.5 million', value: 1500000, unit: 'USD' }],
    ['paid 3 million dollars', { value: 3000000, unit: 'USD' }],
    ['valued at HK$2.5 billion', { value: 2500000000, unit: 'HKD' }],
    ['committed NT$9 billion', { value: 9000000000, unit: 'TWD' }],
    ['歲入新臺幣1,562億元,', { text: '新臺幣1,562億元', value: 156200000000, unit: 'TWD' }],
    ['歲入新台幣300萬元,', { value: 3000000, unit: 'TWD' }],
    ['收入人民幣500萬元,', { value: 5000000, unit: '元' }],
    ['co-financing of €40 million', { value: 40000000, unit: 'EUR' }],
    ['a payment of £390 million', { value: 390000000, unit: 'GBP' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('qualifiers', () => {
  it.each<[string, Expected]>([
    ['投入6300餘萬元,', { text: '6300餘萬元', value: 63000000, unit: '元', qualifier: 'over' }],
    ['運輸率穩定在3%以下。', { text: '3%以下', value: 3, unit: '%', qualifier: 'under' }],
    ['約415億元', { value: 41500000000, qualifier: 'about' }],
    ['约200人', { value: 200, qualifier: 'about' }],
    ['近3年', { value: 3, unit: '年', qualifier: 'about' }],
    ['200多人', { value: 200, unit: '人', qualifier: 'over' }],
    ['超過800家', { value: 800, qualifier: 'over' }],
    ['交易額突破12億元。', { value: 1200000000, qualifier: 'over' }],
    ['不到5%', { value: 5, qualifier: 'under' }],
    ['增長10%左右', { value: 10, qualifier: 'about' }],
    ['about 13 percent of revenue', { value: 13, qualifier: 'about' }],
    ['more than 40,000 people', { value: 40000, unit: 'people', qualifier: 'over' }],
    ['fewer than 50 employees', { value: 50, qualifier: 'under' }],
    ['nearly 2,000 homes', { value: 2000, qualifier: 'about' }],
  ])('%s', (text, expected) => expectFigure(text, expected));
});

describe('not figures', () => {
  it.each<[string]>([
    // calendar years, dates and times
    ['2014年,是我區經濟發展很不平凡的一年。'],
    ['20xx年工作回顧'],
    ['2015年3月召開'],
    ['1月1日起施行'],
    ['截至2024-03-01止'],
    ['Budget Summary FY2024'],
    ['The budget for FY 2025-26 is'],
    ['Presented on March 3, 2024.'],
    ['Call before 3 March 2024.'],
    ['The meeting starts at 10:30 sharp.'],
    ['民國113年施政'],
    ['113年度總決算'],
    ['二〇二四年工作'],
    ['in 2024 schools reopened'],
    // ordinals
    ['第12屆運動會'],
    ['全省第三輪教育督導'],
    ['入選第四批名錄'],
    ['繼續保持全市第一,'],
    ['the 3rd consecutive year'],
    ['the 21st century'],
    // identifiers and codes
    ['G209國道改線工程'],
    ['S223省道石門路段'],
    ['趙家山1#安置區'],
    ['“135”工程'],
    ['“十三五”規劃'],
    ['反對四風'],
    ['落實中央八項規定'],
    ['规划“一园三区”产业布局'],
    ['“兩園兩區”建設'],
    ['建設“五個鶴城”而努力'],
    ['call (555) 201-4400 now'],
    ['Call 1-800-555-0199 today.'],
    ['聯絡電話:0745-2712345。'],
    ['in the second quarter of 2024'],
    ['PM2.5濃度下降'],
    ['See Table 3 and Section 4 for details.'],
    ['COVID-19 cases'],
    // heading and list numbering
    ['一、20xx年工作回顧'],
    ['(一)攻堅產業園區'],
    ['（三）突出城鄉統籌'],
    ['1. Overview'],
    ['(3) Transport'],
    ['1）加強管理'],
    // idioms
    ['抗擊百年一遇洪澇災害'],
    ['落實一崗雙責'],
    ['千方百計爭取資金'],
    ['引進一批項目'],
    ['一年來,在市委領導下'],
    ['進一步完善機制'],
    ['推進城鄉一體化'],
    ['a once-in-a-generation opportunity'],
    ['one of the largest'],
    ['吸引數十家企業'],
    ['2020-2025年規劃'],
    ['1-9月累計'],
  ])('%s', (text) => expectNone(text));
});

describe('output contract', () => {
  const text = '一、總體\n投入6300餘萬元,增長3-5%左右;2014年新增5家。Revenue rose 3.5 percent.';
  const found = detectFigures(text);
  it('cuts text from the input at [start, end) and sorts without overlap', () => {
    expect(found.length).toBe(4);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });
  it('keeps offsets when the input has full-width digits', () => {
    const wide = '增長４．９％，';
    const [f] = detectFigures(wide);
    expect(f).toMatchObject({ start: 2, end: 6, text: '４．９％', value: 4.9, unit: '%' });
  });
});

describe('hardening rules (held-back style documents)', () => {
  it.each<[string, Expected]>([
    // 成 = tenths, kept as written like 個百分點
    ['近三成县（市）', { text: '三成', value: 3, unit: '成', qualifier: 'about' }],
    ['占比达到九成以上。', { text: '九成以上', value: 9, unit: '成', qualifier: 'over' }],
    ['恢復至疫情前的六成。', { value: 6, unit: '成' }],
    // a lone 一 counts one thing after a verb of building or adding
    ['今年新建一所學校。', { text: '一所', value: 1, unit: '所' }],
    ['建成一家三甲医院', { text: '一家', value: 1, unit: '家' }],
    // spans of years with 40 or more years
    ['已持續50年。', { text: '50年', value: 50, unit: '年' }],
    ['建校60年來，', { text: '60年', value: 60, unit: '年' }],
    ['已有100年的歷史', { value: 100, unit: '年' }],
    ['50多年来，', { text: '50多年', value: 50, unit: '年', qualifier: 'over' }],
    ['土地使用期限70年。', { value: 70, unit: '年' }],
    // English
    ['Tobacco excise yielded roughly half the 2014 peak.', { text: 'half', value: 0.5, qualifier: 'about' }],
    ['Emissions were cut by half.', { text: 'half', value: 0.5 }],
    ['Around two in three taxpayers lodged online.', { text: 'two in three', value: 2 / 3 }],
    ['Nearly 3 in 10 adults smoke.', { text: '3 in 10', value: 0.3, qualifier: 'about' }],
    ['Employment increased by 41,700 and', { text: '41,700', value: 41700, unit: '' }],
    ['The economy added 12 000 jobs.', { text: '12 000 jobs', value: 12000, unit: 'jobs' }],
    ['The economy added 12\u2009000 jobs.', { value: 12000, unit: 'jobs' }],
    ['The budget funds 1950 new beds.', { text: '1950 new beds', value: 1950, unit: 'beds' }],
    ['It will hire about 2000 teachers.', { value: 2000, unit: 'teachers', qualifier: 'about' }],
    ['GDP is forecast to grow 2¼ per cent next year.', { text: '2¼ per cent', value: 2.25, unit: '%' }],
    ['GDP 突破10萬億元大關', { text: '10萬億元', value: 1e13, unit: '元', qualifier: 'over' }],
    // compound amounts with 兆 and a last part in 億
    ['歲入編列新臺幣2兆9,645億元，', { text: '新臺幣2兆9,645億元', value: 2964500000000, unit: 'TWD' }],
    // ranges whose unit is written after both ends
    ['每輛補助3,000元至5,000元，', { text: '3,000元至5,000元', value: 3000, high: 5000, unit: '元' }],
    ['預計吸引3萬至5萬人', { value: 30000, high: 50000, unit: '人' }],
    // Chinese numerals with a decimal part
    ['比上年下降零点三个百分点', { text: '零点三个百分点', value: 0.3, unit: '百分點' }],
    ['惠及两万五千人', { value: 25000, unit: '人' }],
    // signs and glued indicators
    ['工業增加值增長-2.3%，', { text: '-2.3%', value: -2.3, unit: '%' }],
    ['人均GDP1.2万美元', { text: '1.2万美元', value: 12000, unit: '美元' }],
    ['集装箱吞吐量356万标准箱', { value: 3560000, unit: '標箱' }],
    // English
    ['Unemployment rose 0.5pp in the year.', { text: '0.5pp', value: 0.5, unit: '百分點' }],
    ['The fund raised USD 450 million.', { text: 'USD 450 million', value: 450000000, unit: 'USD' }],
    ['It reaches about 1.5m people.', { text: '1.5m people', value: 1500000, unit: 'people' }],
    [
      'Half a million families will gain.',
      { text: 'Half a million families', value: 500000, unit: 'families' },
    ],
    ['and 300 extra planning officers will', { value: 300, unit: 'officers' }],
    // round hundreds and tenths
    ['參加廠商百餘家', { text: '百餘家', value: 100, unit: '家', qualifier: 'over' }],
    ['吸引近千家企業', { text: '千家', value: 1000, unit: '家', qualifier: 'about' }],
    ['覆蓋率達八成五', { text: '八成五', value: 8.5, unit: '成' }],
    ['辦公面積1,200坪', { value: 1200, unit: '坪' }],
    ['a cut of 25 basis points', { text: '25 basis points', value: 25, unit: 'basis points' }],
    ['Nine out of ten schools', { text: 'Nine out of ten', value: 0.9 }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('reads a change from one amount to another as two figures, not a range', () => {
    expect(figures('撥款增加46億元至1,033億元，').map((f) => f.value)).toEqual([4600000000, 103300000000]);
    expect(figures('The threshold rises from £85,000 to £90,000.').map((f) => f.value)).toEqual([
      85000, 90000,
    ]);
  });

  it.each([
    ['一成不變的做法'],
    ['九成新的设备'],
    ['形成一批成果'],
    ['建成一個中心'],
    ['民國50年'],
    ['於112年完成'],
    ['50年代的建築'],
    ['在全省GDP突破萬億元大關之後'],
    ['培育千億級產業集群'],
    ['in the first half of 2025'],
    ['half-year results'],
    ['In 2024 schools reopened.'],
    ['By 2030 schools will be carbon neutral.'],
    ['For enquiries, call 1800 020 608.'],
    ['Tables 2.1 to 2.14 are adjusted.'],
    ['The 2024 elections were held.'],
    ['The 3:1 ratio holds.'],
    ['A 3m wall was built.'],
    ['三点意见'],
    ['每10萬人口'],
    ['新签约亿元以上项目'],
    ['百年大計'],
    ['最近百年'],
    ['十年樹木'],
    ['Year 7 pupils start in September.'],
    ['堅持兩個“毫不動搖”'],
    ['COVID-19 cases fell.'],
  ])('%s', (text) => expectNone(text));
});
