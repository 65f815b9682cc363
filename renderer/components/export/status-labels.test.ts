import { describe, expect, it } from 'vitest';
import { buildLegend } from '../../../shared/figures/statuses';
import { createI18n } from '../../i18n/i18n';
import { legendStatusLabels } from './status-labels';

describe('legendStatusLabels', () => {
  it('sends team marks by their own label and built-ins in the UI language', async () => {
    const i18n = await createI18n('zh-Hant');
    const legend = buildLegend([
      {
        id: 'custom:cross-checked',
        letter: 'X',
        colour: '#0072B2',
        underline: 'solid',
        group: 'verified',
        label: '已與統計處核對',
      },
    ]);
    const labels = legendStatusLabels(legend, (key) => i18n.t(key));
    expect(labels['custom:cross-checked']).toBe('已與統計處核對');
    expect(labels.verified).toBe('已核實');
    expect(labels.disputed).toBe(i18n.t('figures:status.disputed'));
    expect(Object.keys(labels)).toHaveLength(legend.length);
  });

  it('leaves out a built-in whose translation is missing (the export uses its own name)', () => {
    const legend = buildLegend([]);
    const labels = legendStatusLabels(legend, (key) => key);
    expect(labels).toEqual({});
  });
});
