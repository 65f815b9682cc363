/**
 * Unit families for matching: two figures can only be the same quantity when their units fold to the
 * same key. The detector already strips multipliers (`億元` → `元` × 1e8) and prefers Traditional forms;
 * this folds what is left (Simplified characters, English names) so a Simplified draft matches a
 * Traditional bulletin and `percent` matches `%`.
 */

// Simplified → Traditional for the characters that occur in units.
const simplifiedToTraditional: Record<string, string> = {
  亩: '畝',
  个: '個',
  吨: '噸',
  处: '處',
  条: '條',
  项: '項',
  万: '萬',
  亿: '億',
  辆: '輛',
  间: '間',
  户: '戶',
  张: '張',
  时: '時',
  顷: '頃',
  点: '點',
  岁: '歲',
  场: '場',
  门: '門',
  级: '級',
  种: '種',
  笔: '筆',
  批: '批',
  块: '塊',
  节: '節',
  单: '單',
  园: '園',
  册: '冊',
  篇: '篇',
  机: '機',
  车: '車',
  艘: '艘',
  页: '頁',
  届: '屆',
  区: '區',
  镇: '鎮',
  乡: '鄉',
  币: '幣',
  台: '臺',
  湾: '灣',
  标: '標',
  准: '準',
  电: '電',
  气: '氣',
};

const englishUnits: Record<string, string> = {
  percent: '%',
  'per cent': '%',
  pct: '%',
  'percentage point': '百分點',
  'percentage points': '百分點',
  pp: '百分點',
  year: '年',
  years: '年',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  yuan: '元',
  rmb: '元',
  cny: '元',
  mu: '畝',
  people: '人',
  persons: '人',
  person: '人',
  km: '公里',
  kilometres: '公里',
  kilometers: '公里',
  tonnes: '噸',
  tons: '噸',
  households: '戶',
};

/** The key two units must share to be compared (`亩` and `畝`, `percent` and `%` fold together). */
export function unitFamily(unit: string): string {
  const trimmed = unit.trim();
  const english = englishUnits[trimmed.toLowerCase()];
  if (english) return english;
  let out = '';
  for (const ch of trimmed) out += simplifiedToTraditional[ch] ?? ch;
  // 臺/台 are both used in Traditional text for the same measure word.
  return out.replace(/臺/g, '台');
}
