/**
 * The language of a draft's text as a BCP 47 tag for the `lang` attribute, so that the browser picks
 * the right fonts and line-breaking rules and CSS can give Chinese text full-width punctuation
 * (document.css). Decided from the first 20,000 characters: mostly Han characters → Chinese, Traditional
 * or Simplified by which form of common characters (們/们, 這/这, 國/国…) occurs more; mostly Latin
 * letters → English; otherwise undefined (no `lang`, the UI's applies).
 */

/** Common characters whose Traditional and Simplified forms differ, pairwise. */
const traditional = '們這個國會來時說經區為與對發業後總於實現當開長進關產設濟體歲點';
const simplified = '们这个国会来时说经区为与对发业后总于实现当开长进关产设济体岁点';

export type DocumentLanguage = 'zh-Hant' | 'zh-Hans' | 'zh' | 'en' | undefined;

export function detectDocumentLanguage(text: string): DocumentLanguage {
  const sample = text.slice(0, 20_000);
  let han = 0;
  let latin = 0;
  let hant = 0;
  let hans = 0;
  for (const char of sample) {
    if (/\p{Script=Han}/u.test(char)) {
      han++;
      if (traditional.includes(char)) hant++;
      else if (simplified.includes(char)) hans++;
    } else if (/[A-Za-z]/.test(char)) latin++;
  }
  // A Latin word averages ~5 letters against one Han character per word.
  if (han > 0 && han * 3 >= latin) return hant > hans ? 'zh-Hant' : hans > hant ? 'zh-Hans' : 'zh';
  if (latin > 0) return 'en';
  return undefined;
}
