import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { noticeText } from './notice-text';

describe('noticeText', () => {
  it('says how big the file is and what the limit is, in each language', async () => {
    const notice = {
      id: '1',
      code: 'too-large' as const,
      fileName: '預算.pdf',
      detail: { sizeMb: 61.2, limitMb: 50 },
    };
    const en = await createI18n('en');
    expect(noticeText(en.t, notice, 'en')).toContain('預算.pdf is 61.2 MB, over the 50 MB limit');
    const hant = await createI18n('zh-Hant');
    expect(noticeText(hant.t, notice, 'zh-Hant')).toContain('預算.pdf 有 61.2 MB，超過 50 MB 的上限');
    const hans = await createI18n('zh-Hans');
    expect(noticeText(hans.t, notice, 'zh-Hans')).toContain('超过 50 MB 的上限');
  });

  it('tells a scanned PDF (pages, no text) from an empty file', async () => {
    const en = await createI18n('en');
    const scanned = {
      id: '1',
      code: 'empty-file' as const,
      fileName: 'scan.pdf',
      detail: { fileName: 'scan.pdf', pages: 3 },
    };
    expect(noticeText(en.t, scanned, 'en')).toContain('its 3 pages are images');
    const empty = { id: '2', code: 'empty-file' as const, fileName: null, detail: { fileName: 'e.txt' } };
    expect(noticeText(en.t, empty, 'en')).toBe('e.txt is empty: there is no text to review.');
  });

  it('names the file even when the failure carries no detail', async () => {
    const hant = await createI18n('zh-Hant');
    expect(noticeText(hant.t, { id: '1', code: 'quota', fileName: null }, 'zh-Hant')).toContain('該檔案');
  });
});
