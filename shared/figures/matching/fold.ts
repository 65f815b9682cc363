/**
 * Folding of measure names so a Simplified draft, a Traditional bulletin and an English table can name
 * one measure: Simplified characters common in statistical prose map to Traditional, case and spacing go,
 * and a few names with many spellings (GDP, public budget revenue) map to one.
 */

// Characters of economic and administrative prose, Simplified → Traditional.
const pairs =
  '区區内內产產总總财財资資会會费費额額乡鄉农農业業规規长長务務项項实實现現发發经經济濟预預计計划劃' +
  '达達为為亿億万萬万萬亩畝个個吨噸处處条條辆輛户戶张張时時顷頃点點级級种種单單园園机機车車页頁届屆' +
  '镇鎮币幣标標电電气氣营營销銷进進出出贸貿国國税稅财財务務储儲贷貸银銀币幣汇匯价價贫貧员員师師' +
  '医醫疗療卫衛险險养養老老学學园園校校职職训訓扩擴围圍网網络絡数數绿綠环環乐樂游遊览覽厅廳馆館' +
  '线線铁鐵路路桥橋运運输輸邮郵观觀设設备備库庫仓倉储儲门門厂廠矿礦质質动動态態构構织織应應续續' +
  '减減增增转轉变變价價积積压壓热熱烟煙灾災组組团團队隊户戶类類占佔过過这這边邊样樣间間对對于於' +
  '与與从從后後里裡两兩东東样樣让讓认認识識读讀书書画畫话話说說请請调調查查统統审審问問题題论論' +
  '关關联聯动動车車综綜准準剧劇剩剩补補贴貼报報纳納费費确確节節约約结結构構';
const toTraditional = new Map<string, string>();
for (let i = 0; i + 1 < pairs.length; i += 2) toTraditional.set(pairs[i]!, pairs[i + 1]!);

/** Simplified → Traditional for the characters above; others unchanged. */
export function foldChinese(text: string): string {
  let out = '';
  for (const ch of text) out += toTraditional.get(ch) ?? ch;
  return out;
}

const synonyms: [RegExp, string][] = [
  [/(?:地區|區內|全區|全市|全縣|全省|國內|本地|地方)?生產總值|gross domestic product|\bgdp\b/g, 'GDP'],
  [
    /一般公共預算收入|公共財政預算收入|公共財政收入|general public budget revenue|public budget revenue/g,
    '公共財政收入',
  ],
  [/社會消費品零售總額|retail sales of consumer goods/g, '社會消費品零售總額'],
  [/(?:全社會|社會)?固定資產投資|fixed[- ]asset investment/g, '固定資產投資'],
];

// A source names a few hundred measures thousands of times (a table row's label for each of its
// columns), so keys are memoised; the cache is dropped when it grows past a bound.
const keyCache = new Map<string, string>();
const keyCacheLimit = 20_000;

/** The comparable key of a measure name: folded script, lower case, no spaces or punctuation. */
export function measureKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  let key = foldChinese(name).toLowerCase();
  for (const [pattern, canonical] of synonyms) key = key.replace(pattern, canonical);
  key = key.replace(/[\s"'“”‘’「」『』《》〈〉()（）·.,，、:：]/g, '');
  if (keyCache.size >= keyCacheLimit) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

const numerals = /[0-9一二三四五六七八九十兩两]/g;

/** The numerals of a key in order (`第12區第一產業` → `12一`): keys that differ in them are different measures. */
export const numeralsOf = (key: string): string => (key.match(numerals) ?? []).join('');

/**
 * Dice coefficient over character bigrams of two keys, 0…1. Keys that name different numbered things
 * (`第一產業` vs `第二產業`) score 0: they are different measures however alike they look.
 */
export function measureSimilarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  if (!a || !b) return 0;
  if (numeralsOf(a) !== numeralsOf(b)) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
