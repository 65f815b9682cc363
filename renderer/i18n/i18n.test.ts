/** Every language has every key of English, in every namespace, and each error code has a message. */
import { describe, expect, it } from 'vitest';
import { createI18n, loadResources } from './i18n';
import { uiLanguages } from './resolve-locale';

const errorCodes = [
  'cancelled',
  'not-found',
  'unreadable',
  'empty-file',
  'binary-file',
  'too-large',
  'corrupt',
  'encrypted',
  'unsupported-format',
  'invalid-argument',
  'internal',
  'quota',
  'storage',
];

/** Plural forms differ by language (English `_one`/`_other`, Chinese only `_other`): compare base keys. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translation resources', () => {
  const resources = loadResources();

  it.each(uiLanguages)('%s has every key English has, non-empty', (language) => {
    for (const [namespace, english] of Object.entries(resources.en ?? {})) {
      const translated = resources[language]?.[namespace];
      expect(translated, `${language}/${namespace}.json`).toBeDefined();
      const base = (key: string) => key.replace(pluralSuffix, '');
      const have = new Set(keys(translated).map(base));
      const missing = keys(english)
        .map(base)
        .filter((key) => !have.has(key));
      expect(missing, `${language}/${namespace}.json lacks`).toEqual([]);
    }
  });

  it('has a message for every error code, with the file name', async () => {
    for (const language of uiLanguages) {
      const i18n = await createI18n(language);
      for (const code of errorCodes) {
        const text = i18n.t(`errors.${code}`, { fileName: 'draft.docx', size: '61 MB', limit: '50 MB' });
        expect(text, `${language} errors.${code}`).not.toBe(`errors.${code}`);
        expect(text).toContain('draft.docx');
      }
      expect(i18n.t('errors.too-large', { fileName: 'x', size: '61 MB', limit: '50 MB' })).toContain('50 MB');
    }
  });

  it('switches language', async () => {
    const i18n = await createI18n('zh-Hant');
    expect(i18n.t('toolbar.settings')).toBe('設定');
    await i18n.changeLanguage('zh-Hans');
    expect(i18n.t('toolbar.settings')).toBe('设置');
    await i18n.changeLanguage('en');
    expect(i18n.t('toolbar.settings')).toBe('Settings');
  });
});
