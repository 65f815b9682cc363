/**
 * Repairs a PDF ToUnicode CMap whose targets are Kangxi radicals (U+2F00–2FDF), CJK radical supplement
 * characters (U+2E80–2EFF) or CJK compatibility ideographs instead of the unified ideographs the text
 * used. Chromium (Skia) writes them for Noto CJK: the font maps 工 and ⼯ to one glyph and Skia keeps the
 * lowest code point, so pdf.js, Acrobat and search read "⼯業" where the draft says "工業" (poppler hides
 * it by normalising on extraction). Font choice does not help — every Noto CJK face shares the cmap — so
 * the export rewrites the CMap: the glyphs stay, only what they mean as text is corrected.
 */

const radicalSupplement: Record<string, string> = {
  '⺠': '民',
  '⻓': '长',
  '⻔': '门',
  '⻢': '马',
  '⻅': '见',
  '⻛': '风',
  '⻋': '车',
  '⻜': '飞',
  '⻬': '齐',
  '⻰': '龙',
  '⻝': '食',
  '⻘': '青',
  '⻄': '西',
  '⻆': '角',
  '⻚': '页',
  '⻉': '贝',
  '⻩': '黄',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⺟': '母',
  '⺇': '几',
  '⻑': '長',
  '⻣': '骨',
  '⻤': '鬼',
  '⻧': '鹵',
  '⻮': '齒',
  '⻯': '龍',
  '⻳': '龟',
  '⻭': '齿',
  '⻙': '韦',
  '⻗': '雨',
  '⻊': '足',
  '⺩': '王',
  '⺬': '示',
  '⺮': '竹',
  '⺷': '羊',
  '⻟': '飠',
  '⻠': '饣',
  '⻡': '首',
  '⻱': '龟',
  '⺼': '肉',
  '⻌': '辶',
  '⻍': '辶',
  '⺶': '羊',
};

const suspicious = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/;

/** The unified ideograph for a radical or compatibility ideograph; other text unchanged. */
export function unifyIdeographs(value: string): string {
  if (!suspicious.test(value)) return value;
  return value.replace(/[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g, (char) => {
    if (char >= '\u2f00' && char <= '\u2fdf') return char.normalize('NFKC');
    if (char >= '\u2e80' && char <= '\u2eff') return radicalSupplement[char] ?? char;
    return char.normalize('NFC');
  });
}

const hexToText = (hex: string): string => {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};

const textToHex = (value: string): string =>
  [...value]
    .flatMap((ch) => {
      const s = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)];
      return s;
    })
    .map((unit) => unit.toString(16).toUpperCase().padStart(4, '0'))
    .join('');

/** The code after `hex` (same width), for walking a bfrange. */
const nextTarget = (hex: string, offset: number): string => {
  const last = Number.parseInt(hex.slice(-4), 16) + offset;
  return hex.slice(0, -4) + last.toString(16).toUpperCase().padStart(4, '0');
};

/**
 * Rewrites the bfchar and bfrange targets of a CMap program. Returns null when nothing needed fixing,
 * so the caller leaves the stream untouched.
 */
export function repairToUnicodeCMap(cmap: string): string | null {
  let changed = false;
  const fix = (hex: string): string => {
    const value = hexToText(hex);
    const fixed = unifyIdeographs(value);
    if (fixed === value) return hex;
    changed = true;
    return textToHex(fixed);
  };
  let out = cmap.replace(/beginbfchar([\s\S]*?)endbfchar/g, (_, body: string) => {
    const fixedBody = body.replace(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g, (__, src: string, dst: string) => {
      return `<${src}> <${fix(dst)}>`;
    });
    return `beginbfchar${fixedBody}endbfchar`;
  });
  out = out.replace(/beginbfrange([\s\S]*?)endbfrange/g, (_, body: string) => {
    const fixedBody = body.replace(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
      (whole, lo: string, hi: string, start?: string, list?: string) => {
        if (list !== undefined) {
          const items = [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => `<${fix(m[1]!)}>`);
          return `<${lo}> <${hi}> [${items.join(' ')}]`;
        }
        const count = Number.parseInt(hi, 16) - Number.parseInt(lo, 16) + 1;
        const targets = Array.from({ length: Math.max(0, count) }, (__, k) => nextTarget(start!, k));
        if (!targets.some((t) => suspicious.test(hexToText(t)))) return whole;
        return `<${lo}> <${hi}> [${targets.map((t) => `<${fix(t)}>`).join(' ')}]`;
      },
    );
    return `beginbfrange${fixedBody}endbfrange`;
  });
  return changed ? out : null;
}
