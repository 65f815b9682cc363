import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { formatValue, locatorLabel, unitLabel } from './status-label';

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

describe('places in a source in the UI language', () => {
  it('names a DOCX table in the UI language and leaves sheet names as the workbook writes them', async () => {
    const hant = await createI18n('zh-Hant');
    expect(locatorLabel(hant.t, { kind: 'cell', sheet: 'Table 2', cell: 'C4' })).toBe('表 2!C4');
    expect(locatorLabel(hant.t, { kind: 'cell', sheet: '附表1', cell: 'D5' })).toBe('附表1!D5');
    const en = await createI18n('en');
    expect(locatorLabel(en.t, { kind: 'cell', sheet: 'Table 2', cell: 'C4' })).toBe('Table 2!C4');
  });
});
