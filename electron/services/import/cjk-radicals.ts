/**
 * Radical code points → the unified ideographs a document means. Chromium, Word and other producers
 * write the ToUnicode table of an embedded CJK font from the font's cmap, and where one glyph serves both
 * a radical (⼯ U+2F2F) and an ideograph (工 U+5DE5) they sometimes pick the radical. The text then looks
 * right and matches nothing.
 *
 * The data is Unicode's EquivalentUnifiedIdeograph.txt (UCD 15.1,
 * https://www.unicode.org/Public/UCD/latest/ucd/EquivalentUnifiedIdeograph.txt), restricted to the
 * Kangxi Radicals block (U+2F00–U+2FD5, all 214) and the CJK Radicals Supplement entries that stand for
 * whole characters. It is embedded rather than computed with NFKC because NFKC is wrong twice over: it
 * would also fold compatibility ideographs and full-width forms (which documents write on purpose), and
 * it turns the Kangxi door radical into Traditional 戶 even in a Simplified document, where the glyph is
 * 户. Where the Simplified and Traditional forms of such a radical differ, the document's script decides
 * (`scriptVariants`).
 */

/** Kangxi radical U+2F00 + i → the i-th character (EquivalentUnifiedIdeograph.txt, 2F00..2FD5). */
const kangxi =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾' +
  '弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢' +
  '石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里' +
  '金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/** CJK Radicals Supplement entries of EquivalentUnifiedIdeograph.txt that are whole characters. */
const supplement: Readonly<Record<string, string>> = {
  '\u2e81': '厂',
  '\u2e84': '乙',
  '\u2e85': '亻',
  '\u2e86': '冂',
  '\u2e87': '几',
  '\u2e89': '刂',
  '\u2e8a': '卜',
  '\u2e8b': '㔾',
  '\u2e8c': '小',
  '\u2e8e': '兀',
  '\u2e8f': '尣',
  '\u2e90': '尢',
  '\u2e92': '巳',
  '\u2e93': '幺',
  '\u2e94': '彑',
  '\u2e96': '忄',
  '\u2e98': '扌',
  '\u2e99': '攵',
  '\u2e9b': '旡',
  '\u2e9c': '日',
  '\u2e9d': '月',
  '\u2e9e': '歺',
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ea1': '氵',
  '\u2ea2': '氺',
  '\u2ea3': '灬',
  '\u2ea4': '爫',
  '\u2ea6': '丬',
  '\u2ea8': '犭',
  '\u2ea9': '王',
  '\u2eaa': '疋',
  '\u2eab': '罒',
  '\u2eac': '示',
  '\u2ead': '礻',
  '\u2eaf': '糹',
  '\u2eb0': '纟',
  '\u2eb2': '罒',
  '\u2eb3': '㓁',
  '\u2eb9': '耂',
  '\u2eba': '肀',
  '\u2ebb': '聿',
  '\u2ebe': '艹',
  '\u2ec1': '虎',
  '\u2ec2': '衤',
  '\u2ec3': '覀',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ecf': '阝',
  '\u2ed0': '钅',
  '\u2ed1': '長',
  '\u2ed2': '镸',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed6': '阝',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2edf': '飠',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eeb': '斉',
  '\u2eec': '齐',
  '\u2eed': '歯',
  '\u2eee': '齿',
  '\u2eef': '竜',
  '\u2ef0': '龙',
  '\u2ef2': '亀',
  '\u2ef3': '龟',
};

export type CjkScript = 'simplified' | 'traditional';

/**
 * Radicals whose equivalent unified ideograph is one script's form of a character that the other
 * script writes with a near-identical glyph, so a font may share the glyph: the document's script
 * decides. 靑 U+9751 is the table's answer for ⾭, but both scripts write 青 U+9752 today.
 */
const scriptVariants: Readonly<Record<string, Readonly<Record<CjkScript, string>>>> = {
  '\u2f3e': { simplified: '户', traditional: '戶' },
  '\u2fc8': { simplified: '黄', traditional: '黃' },
  '\u2ee9': { simplified: '黄', traditional: '黃' },
  '\u2fad': { simplified: '青', traditional: '青' },
};

const radical = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** The unified ideograph a radical code point stands for in a document of `script`, or the radical. */
export function unifiedIdeograph(char: string, script: CjkScript): string {
  const variant = scriptVariants[char];
  if (variant) return variant[script];
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2f00 && code <= 0x2fd5) return kangxi[code - 0x2f00]!;
  return supplement[char] ?? char;
}

/** Replaces radical code points in `text`; everything else (compatibility ideographs, ＡＢＣ) stays. */
export function normaliseRadicals(text: string, script: CjkScript = 'traditional'): string {
  if (!/[\u2e80-\u2fdf]/.test(text)) return text;
  return text.replace(radical, (char) => unifiedIdeograph(char, script));
}

/** Pairs of frequent characters written differently in Simplified (first) and Traditional (second). */
const pairs =
  '们們个個来來时時这這国國为為会會说說对對学學发發经經过過还還样樣与與东東区區长長门門业業产產从從动動关關现現' +
  '开開进進实實总總体體设設务務济濟发發县縣镇鎮乡鄉农農计計划劃资資项項费費财財综綜应應';

const simplifiedOnly = new Set<string>();
const traditionalOnly = new Set<string>();
for (let i = 0; i + 1 < pairs.length; i += 2) {
  if (pairs[i] === pairs[i + 1]) continue;
  simplifiedOnly.add(pairs[i]!);
  traditionalOnly.add(pairs[i + 1]!);
}

/**
 * The script a text is written in, by counting characters that only one script uses. Ties (no
 * evidence, or an English text) go to Traditional, which is what the table itself answers.
 */
export function detectCjkScript(text: string): CjkScript {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (simplifiedOnly.has(char)) simplified++;
    else if (traditionalOnly.has(char)) traditional++;
  }
  return simplified > traditional ? 'simplified' : 'traditional';
}
