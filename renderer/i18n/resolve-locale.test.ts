import { describe, expect, it } from 'vitest';
import { isUiLanguage, resolveUiLanguage } from './resolve-locale';

describe('resolveUiLanguage', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ZH-tw', 'zh-Hant'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(resolveUiLanguage(locale)).toBe(expected);
  });

  it('recognises only the three UI languages', () => {
    expect(isUiLanguage('zh-Hant')).toBe(true);
    expect(isUiLanguage('zh-TW')).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});
