/** Dice similarity of character bigrams: a cheap, order-free "are these the same sentence?" score. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const gram = a.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const gram = b.slice(i, i + 2);
    const left = counts.get(gram);
    if (left) {
      shared++;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

const isHan = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xa3;

/**
 * The grams two sentences are compared on: words for Latin text (lower-cased, digits included) and
 * character bigrams for Chinese. Character bigrams of English ("th", "e ", "in") are shared by almost
 * any two sentences, so English sentences about different things scored as alike.
 */
function gramsOf(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (gram: string): void => {
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  };
  let word = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (isWordChar(code)) {
      if (word < 0) word = i;
      continue;
    }
    if (word >= 0) add(text.slice(word, i).toLowerCase());
    word = -1;
    if (isHan(code)) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      add(isHan(next) ? text.slice(i, i + 2) : text[i]!);
    }
  }
  return grams;
}

/** Dice similarity of words (Latin) and character bigrams (Chinese): "is this the same sentence edited?" */
export function sentenceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = gramsOf(a);
  const gb = gramsOf(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of ga.values()) sizeA += count;
  for (const [gram, count] of gb) {
    sizeB += count;
    shared += Math.min(count, ga.get(gram) ?? 0);
  }
  return sizeA + sizeB > 0 ? (2 * shared) / (sizeA + sizeB) : 0;
}
