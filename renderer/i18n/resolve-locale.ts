/**
 * Maps a BCP 47 system locale onto one of the UI languages. Chinese is split by script, not region:
 * Taiwan, Hong Kong and Macau read Traditional, mainland China and Singapore Simplified; a bare `zh`
 * defaults to Simplified (the larger readership). Everything else falls back to English.
 */

/** The UI languages, in the order the language menu lists them. */
export const uiLanguages = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** True when `value` is one of the UI languages. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

const traditionalRegions = new Set(['tw', 'hk', 'mo']);

/** The UI language for a system locale such as `zh-TW`, `zh_CN`, `zh-Hant-HK` or `en-US`. */
export function resolveUiLanguage(systemLocale: string | null | undefined): UiLanguage {
  const parts = (systemLocale ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  if (parts.some((part) => traditionalRegions.has(part))) return 'zh-Hant';
  return 'zh-Hans';
}
