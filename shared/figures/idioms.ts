/**
 * Idioms and set phrases in which a numeral is no quantity (`百年一遇`, `八項規定`, `九年義務教育`), and the test
 * for them. A list of data, apart from the rules in ./exclusions.ts.
 */

/**
 * Phrases in which a numeral names something or is an idiom: policy slogans that are written without
 * quotes (`八項規定`, `四個意識`) and set phrases (`百年一遇`, `千方百計`, `一崗雙責`). Both scripts.
 */
const IDIOMS = [
  '百年一遇',
  '千方百計',
  '千方百计',
  '一崗雙責',
  '一岗双责',
  '八項規定',
  '八项规定',
  '九條規定',
  '九条规定',
  '約法三章',
  '约法三章',
  '一年來',
  '一年来',
  '一次性',
  '三番五次',
  '四面八方',
  '千家萬戶',
  '千家万户',
  '一條龍',
  '一条龙',
  '一站式',
  '一把手',
  '一票否決',
  '一票否决',
  '兩個維護',
  '两个维护',
  '兩個確立',
  '两个确立',
  '四個意識',
  '四个意识',
  '四個自信',
  '四个自信',
  '四個全面',
  '四个全面',
  '五位一體',
  '五位一体',
  '一帶一路',
  '一带一路',
  '一國兩制',
  '一国两制',
  '三大攻堅戰',
  '三大攻坚战',
  '兩學一做',
  '两学一做',
  '一個中心',
  '一个中心',
  '兩個基本點',
  '两个基本点',
  '三個代表',
  '三个代表',
  '一代人',
  '一方面',
  '一部分',
  '兩手抓',
  '两手抓',
  '十個手指',
  '三天打魚',
  '一級',
  '二級',
  '一類',
  '二類',
  '三類',
  '一期',
  '二期',
  '三期',
  '一線',
  '二線',
  '一對一',
  '一对一',
  '點對點',
  '三年級',
  '三年级',
  '五年級',
  '五年级',
  '八小時以外',
  '八小时以外',
  '三次產業',
  '三次产业',
  '一人一策',
  '一企一策',
  '一村一品',
  '一戶一策',
  '一户一策',
  '五個一',
  '五个一',
  '兩個一百年',
  '两个一百年',
  '一個不能少',
  '一个不能少',
  '一個都不能少',
  '一个都不能少',
  '一家人',
  '百分百',
  '千人一面',
  '一天到晚',
  '一成不變',
  '十年樹木',
  '百年樹人',
  '十年树木',
  '百年树人',
  '四年一度',
  '一成不变',
  // 零 (zero) starting the words for parts, not a count of none: `電子零組件業`, `汽車零部件`.
  ...['零件', '零部件', '零組件', '零组件', '零配件'],
  // The stages of schooling named by their years: `九年義務教育`, `九年一貫制學校`, `學前三年毛入園率`.
  ...[
    '九年義務教育',
    '九年义务教育',
    '九年一貫',
    '九年一贯',
    '十二年一貫',
    '十二年一贯',
    '學前三年',
    '学前三年',
  ],
];
/** For each numeral character, the idioms containing it and where it sits in them. */
const IDIOMS_BY_NUMERAL = new Map<string, Array<{ idiom: string; offset: number }>>();
for (const idiom of IDIOMS) {
  for (let offset = 0; offset < idiom.length; offset++) {
    const ch = idiom[offset]!;
    if (!'〇零一二兩两三四五六七八九十百千萬万億亿兆'.includes(ch)) continue;
    const list = IDIOMS_BY_NUMERAL.get(ch) ?? [];
    list.push({ idiom, offset });
    IDIOMS_BY_NUMERAL.set(ch, list);
  }
}

/** True when an idiom or slogan (`百年一遇`, `八項規定`) covers the numeral that starts at `index`. */
export function isInIdiom(text: string, index: number): boolean {
  const candidates = IDIOMS_BY_NUMERAL.get(text[index] ?? '');
  if (!candidates) return false;
  for (const { idiom, offset } of candidates) {
    if (offset <= index && text.startsWith(idiom, index - offset)) return true;
  }
  return false;
}
