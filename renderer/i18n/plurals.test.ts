/** Counts read naturally in every language: "1 draft", "2 drafts", Chinese without plural forms. */
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

describe('plural strings', () => {
  it('says "1 draft" and "3 drafts" in English, one form in Chinese', async () => {
    const en = await createI18n('en');
    expect(en.t('draftDialog.existing', { count: 1, date: 'today' })).toBe(
      'Existing: 1 draft, last opened today',
    );
    expect(en.t('draftDialog.existing', { count: 3, date: 'today' })).toBe(
      'Existing: 3 drafts, last opened today',
    );
    const hant = await createI18n('zh-Hant');
    expect(hant.t('draftDialog.existing', { count: 1, date: '今天' })).toBe('現有：1 稿，上次開啟於 今天');
  });
});
