/** Display helpers for the figures feature: a status's translated label, a figure's value, a locator. */
import type { TFunction } from 'i18next';
import type { SourceLocator } from '../../../shared/figures/matching/locator';
import type { FigureStatusDef } from '../../../shared/figures/statuses';

/** The label of a status: translated for built-ins, as typed for team marks. */
export const statusLabel = (t: TFunction, status: FigureStatusDef): string =>
  status.labelKey ? t(`figures:${status.labelKey}`) : (status.label ?? status.id);

/** `26,400,000,000 元`, `3–5 %`. */
export function formatValue(value: number | null, unit: string, high?: number): string {
  if (value === null) return unit;
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return `${n(value)}${high !== undefined ? `–${n(high)}` : ''} ${unit}`.trim();
}

export function locatorLabel(t: TFunction, locator: SourceLocator): string {
  if (locator.kind === 'page') return t('figures:sources.locatorPage', { page: locator.page });
  if (locator.kind === 'cell')
    return t('figures:sources.locatorCell', { sheet: locator.sheet, cell: locator.cell });
  return '';
}
