import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { formatValue, unitLabel } from './status-label';

describe('units in the UI language', () => {
  it('names canonical units in English, Traditional and Simplified Chinese', async () => {
    const en = await createI18n('en');
    expect(formatValue(2, '年', undefined, en.t)).toBe('2 years');
    expect(formatValue(1, '項', undefined, en.t)).toBe('1 item');
    expect(formatValue(26_400_000_000, '元', undefined, en.t)).toBe('26,400,000,000 yuan');
    expect(unitLabel(en.t, 'USD', 2)).toBe('US dollars');
    expect(unitLabel(en.t, 'widgets')).toBe('widgets');
    const hans = await createI18n('zh-Hans');
    expect(formatValue(2.6, '畝', undefined, hans.t)).toBe('2.6 亩');
    expect(unitLabel(hans.t, 'USD')).toBe('美元');
    const hant = await createI18n('zh-Hant');
    expect(formatValue(3, '年', undefined, hant.t)).toBe('3 年');
  });
});
