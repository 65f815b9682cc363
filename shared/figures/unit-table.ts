/**
 * The Chinese unit table as data: every measure word, unit of measure and currency that may follow a
 * number, written once in Traditional characters with its canonical spelling and kind. ./units.ts builds
 * the lookups (both scripts, longest match) from it.
 */

/** What a unit measures; decides which numerals may carry it (a lone `一` never takes a count word). */
export type UnitKind = 'currency' | 'percent' | 'measure' | 'count' | 'time';

export interface UnitInfo {
  canonical: string;
  kind: UnitKind;
  /** Only after Arabic digits: with Chinese numerals these words name things (`一批`, `二期`, `一本`). */
  digitsOnly?: boolean;
  /** The written unit carries a qualifier (`5個多月`: more than five months). */
  over?: boolean;
}

const count = (canonical: string, digitsOnly = false): UnitInfo => ({ canonical, kind: 'count', digitsOnly });
const measure = (canonical: string, digitsOnly = false): UnitInfo => ({
  canonical,
  kind: 'measure',
  digitsOnly,
});

/** Written Traditional form → info. Longer forms win over their prefixes (`平方公里` over `平方`). */
export const TRADITIONAL_UNITS: Record<string, UnitInfo> = {
  // currencies
  元: { canonical: '元', kind: 'currency' },
  元人民幣: { canonical: '元', kind: 'currency' },
  人民幣: { canonical: '元', kind: 'currency' },
  美元: { canonical: '美元', kind: 'currency' },
  美金: { canonical: '美元', kind: 'currency' },
  // One code for Hong Kong dollars however written (港元, 港幣, HK$, 港幣 before the number), so a draft
  // and its source agree on the unit.
  港元: { canonical: 'HKD', kind: 'currency' },
  港幣: { canonical: 'HKD', kind: 'currency' },
  // Foreign currencies are their ISO codes however written (歐元 = € = EUR), so a Chinese draft and an
  // English source agree on the unit; see CURRENCY_NAMES for the forms written before the number.
  歐元: { canonical: 'EUR', kind: 'currency' },
  英鎊: { canonical: 'GBP', kind: 'currency' },
  日元: { canonical: 'JPY', kind: 'currency' },
  日圓: { canonical: 'JPY', kind: 'currency' },
  // Macao patacas: 澳門元 and, in Macao text, 澳元 (Australian dollars are written 澳洲元 / A$).
  澳門元: { canonical: 'MOP', kind: 'currency' },
  澳門幣: { canonical: 'MOP', kind: 'currency' },
  澳元: { canonical: 'MOP', kind: 'currency' },
  澳洲元: { canonical: 'AUD', kind: 'currency' },
  新加坡元: { canonical: 'SGD', kind: 'currency' },
  新元: { canonical: 'SGD', kind: 'currency' },
  新臺幣元: { canonical: 'TWD', kind: 'currency' },
  新台幣: { canonical: 'TWD', kind: 'currency' },
  台幣: { canonical: 'TWD', kind: 'currency' },
  元新台幣: { canonical: 'TWD', kind: 'currency' },
  // percentages
  '%': { canonical: '%', kind: 'percent' },
  個百分點: { canonical: '百分點', kind: 'percent' },
  百分點: { canonical: '百分點', kind: 'percent' },
  '‰': { canonical: '‰', kind: 'percent' },
  // 下降 0.3 個千分點: a change in a rate per thousand, as 個百分點 is in one per hundred.
  個千分點: { canonical: '千分點', kind: 'percent' },
  千分點: { canonical: '千分點', kind: 'percent' },
  // 低於國債收益率約12個基點: basis points, hundredths of a percentage point, kept as written.
  個基點: { canonical: '基點', kind: 'percent' },
  基點: { canonical: '基點', kind: 'percent' },
  倍: { canonical: '倍', kind: 'percent' },
  // 高于全国0.8个点: after a growth rate, 個點 is percentage points.
  個點: { canonical: '百分點', kind: 'percent', digitsOnly: true },
  // 三成 = three tenths; kept as written (like 個百分點), value 3, unit 成.
  成: { canonical: '成', kind: 'percent' },
  // measures
  // 平均氣溫 19.1℃: a temperature, in degrees Celsius however the sign is written.
  '℃': measure('℃'),
  '°C': measure('℃'),
  攝氏度: measure('℃'),
  公里: measure('公里'),
  千米: measure('公里'),
  公尺: measure('米'),
  米: measure('米'),
  延米: measure('米'),
  平方米: measure('平方米'),
  平方公尺: measure('平方米'),
  平米: measure('平方米'),
  平方公里: measure('平方公里'),
  平方千米: measure('平方公里'),
  立方米: measure('立方米'),
  立方公尺: measure('立方米'),
  方: measure('立方米', true),
  公頃: measure('公頃'),
  坪: measure('坪'),
  畝: measure('畝'),
  // 社會化服務面積1.42億畝次: area served counted once per service, not the area.
  畝次: measure('畝次'),
  噸: measure('噸'),
  公噸: measure('噸'),
  噸公里: measure('噸公里'),
  人公里: measure('人公里'),
  噸標準煤: measure('噸標準煤'),
  // A ship's or a fleet's capacity (`812.5萬噸位`), not tonnes carried.
  噸位: measure('噸位'),
  // Gold reserves (`7406萬盎司`): troy ounces.
  盎司: measure('盎司'),
  噸標煤: measure('噸標準煤'),
  公斤: measure('公斤'),
  千克: measure('公斤'),
  克: measure('克'),
  斤: measure('斤'),
  千瓦: measure('千瓦'),
  兆瓦: measure('兆瓦'),
  瓦: measure('瓦'),
  千瓦時: measure('千瓦時'),
  度: measure('度', true),
  千伏: measure('千伏'),
  千伏安: measure('千伏安'),
  千伏安時: measure('千伏安時'),
  伏安: measure('伏安'),
  公秉: measure('公秉'),
  公克: measure('克'),
  毫升: measure('毫升'),
  人日: measure('人日'),
  公升: measure('升'),
  升: measure('升'),
  毫米: measure('毫米'),
  釐米: measure('釐米'),
  公分: measure('釐米'),
  標箱: measure('標箱'),
  標準箱: measure('標箱'),
  兆瓦時: measure('兆瓦時'),
  吉瓦: measure('吉瓦'),
  海里: measure('海里'),
  // 54.6分貝: decibels, not 分 (points, minutes) with a stray 貝.
  分貝: measure('分貝'),
  床: count('床'),
  // 醫師日均擔負住院2.2床日: bed-days, a workload, not beds.
  床日: measure('床日'),
  // time spans (dates are excluded before units are read)
  年: { canonical: '年', kind: 'time' },
  // 18個月 is a span of months, kept as written so it is never mistaken for a calendar month (月).
  個月: { canonical: '個月', kind: 'time' },
  個多月: { canonical: '個月', kind: 'time', over: true },
  天: { canonical: '天', kind: 'time' },
  // 兩個學年: school years and terms are spans of time in their own unit, like 個月.
  學年: { canonical: '學年', kind: 'time' },
  個學年: { canonical: '學年', kind: 'time' },
  學期: { canonical: '學期', kind: 'time' },
  個學期: { canonical: '學期', kind: 'time' },
  // 連續三個季度: a count of quarters, in the unit of 連續 9 季 (季度 alone names a quarter: 三季度).
  個季度: { canonical: '季', kind: 'time' },
  個工作日: { canonical: '工作日', kind: 'time' },
  個工作天: { canonical: '工作天', kind: 'time' },
  工作天: { canonical: '工作天', kind: 'time' },
  工作日: { canonical: '工作日', kind: 'time' },
  小時: { canonical: '小時', kind: 'time' },
  分鐘: { canonical: '分鐘', kind: 'time' },
  週: { canonical: '週', kind: 'time' },
  周: { canonical: '週', kind: 'time' },
  // 輪候時間 38 星期 (Hong Kong): weeks; 星期五 is a weekday, but the number comes after 星期 there.
  星期: { canonical: '週', kind: 'time' },
  個星期: { canonical: '週', kind: 'time' },
  歲: { canonical: '歲', kind: 'time' },
  周歲: { canonical: '周歲', kind: 'time' },
  週歲: { canonical: '周歲', kind: 'time' },
  // counts (measure words)
  個: count('個'),
  家: count('家'),
  條: count('條'),
  所: count('所'),
  次: count('次'),
  項: count('項'),
  // 兩方面因素 (two aspects); 一方面 (on the one hand) is a set phrase (exclusions.ts).
  方面: count('方面'),
  座: count('座'),
  // 3 標主幹管工程: tender lots of a works contract (after digits only; 標準, 標案 are blocked words).
  標: count('標', true),
  處: count('處'),
  套: count('套'),
  間: count('間'),
  棟: count('棟'),
  幢: count('幢'),
  名: count('名'),
  人: count('人'),
  人口: count('人'),
  農村人口: count('人'),
  城鎮人口: count('人'),
  貧困人口: count('人'),
  戶: count('戶'),
  人次: count('人次'),
  戶次: count('戶次'),
  車次: count('車次'),
  架次: count('架次'),
  班次: count('班次'),
  場次: count('場次'),
  餐次: count('餐次'),
  件: count('件'),
  起: count('起'),
  宗: count('宗'),
  樁: count('樁'),
  例: count('例'),
  位: count('位'),
  台: count('台'),
  輛: count('輛'),
  艘: count('艘'),
  架: count('架'),
  部: count('部'),
  份: count('份'),
  篇: count('篇'),
  冊: count('冊'),
  張: count('張'),
  枚: count('枚'),
  筆: count('筆'),
  場: count('場'),
  種: count('種'),
  隻: count('隻'),
  匹: count('匹'),
  株: count('株'),
  只: count('只'),
  羽: count('羽'),
  棵: count('棵'),
  盞: count('盞'),
  顆: count('顆'),
  對: count('對'),
  組: count('組'),
  隊: count('隊'),
  團: count('團'),
  門: count('門'),
  課: count('課'),
  講: count('講'),
  節: count('節', true),
  頁: count('頁', true),
  批: count('批', true),
  輪: count('輪'),
  類: count('類', true),
  大類: count('類', true),
  期: count('期', true),
  本: count('本', true),
  口: count('口', true),
  頭: count('頭', true),
  片: count('片', true),
  塊: count('塊', true),
  屆: count('屆', true),
  層: count('層', true),
  段: count('段', true),
  根: count('根', true),
  支: count('支', true),
  分: count('分', true),
  校: count('校'),
  站: count('站', true),
  區: count('區', true),
  // 共 5 章 42 條, 幼兒園將達 3,150 園: chapters and kindergartens counted (級 is left out: `3 級警戒`,
  // `7 級地震` name a level).
  章: count('章', true),
  園: count('園', true),
  班: count('班', true),
  劑: count('劑'),
  列: count('列', true),
  趟: count('趟', true),
  檔: count('檔', true),
  幅: count('幅'),
  // 1,000 點: points (of a card, an index); 9點 after 上午/下午 is a time of day, see arabic.ts.
  點: count('點', true),
  案: count('案', true),
  梯次: count('梯次'),
  家次: count('家次'),
  件次: count('件次'),
  項次: count('項次'),
  台套: count('台套'),
  人月: measure('人月'),
  秒: { canonical: '秒', kind: 'time' },
  微克: measure('微克'),
  毫克: measure('毫克'),
  瓩: measure('千瓦'),
  床位: count('床'),
  // Seats of passenger vehicles or vessels (`46.30萬客位`).
  客位: count('客位'),
  學位: count('個'),
  // Administrative divisions counted (`全台 22 縣市`, `368 鄉鎮市區`, `1,200 個村`).
  縣市: count('縣市'),
  縣: count('縣'),
  鄉鎮: count('鄉鎮'),
  鄉鎮市: count('鄉鎮市'),
  鄉鎮市區: count('鄉鎮市區'),
  村: count('村', true),
  // 山區 5 鄉, 3 鎮: townships and towns counted, digits only (一鄉一特色 is a slogan).
  鄉: count('鄉', true),
  鎮: count('鎮', true),
  社區: count('社區'),
  省市: count('省市'),
  // 平均留宿1.7晚: nights of a stay.
  晚: { canonical: '晚', kind: 'time', digitsOnly: true },
  // 工期 180 日曆天: calendar days, a span of time.
  日曆天: { canonical: '日曆天', kind: 'time' },
  // Counters of held-out-6's kind: batches (`分兩批次`, also in words: the ordinal is 第一批次), countries
  // (`7 國`; 一國兩制 is a name, so digits only), fish (`186 尾`), shares (`17,652,843,210 股`; 一股 is
  // "a current" in words).
  批次: count('批次'),
  // 分兩階段辦理 (held-out-8): stages of a plan; 第二階段 is an ordinal, 現階段 no number.
  階段: count('階段'),
  國: count('國', true),
  尾: count('尾', true),
  股: count('股', true),
  // 降息 3 碼: Taiwan's step of a quarter point, kept as written (not converted to 百分點); 降息一碼 and
  // 半碼 are written in words, so not digits only.
  碼: { canonical: '碼', kind: 'percent' },
};

// A measure word with 次 counts visits or trips and stays whole (`377台次`, `1,200 艘次`, `航班 30 架次`),
// for every one-character count word that may take it; 個次, 點次, 分次 and 口次 are not units.
for (const [written, info] of Object.entries(TRADITIONAL_UNITS)) {
  if (
    info.kind === 'count' &&
    written.length === 1 &&
    !'個點分口次'.includes(written) &&
    !(written + '次' in TRADITIONAL_UNITS)
  )
    TRADITIONAL_UNITS[written + '次'] = {
      canonical: info.canonical + '次',
      kind: 'count',
      digitsOnly: info.digitsOnly,
    };
}
TRADITIONAL_UNITS['航次'] = count('航次');
