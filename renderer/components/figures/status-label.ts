/** Display helpers for the figures feature: a status's translated label, a figure's value, a locator. */
import type { TFunction } from 'i18next';
import type { SourceLocator } from '../../../shared/figures/matching/locator';
import type { FigureStatusDef } from '../../../shared/figures/statuses';

/** The label of a status: translated for built-ins, as typed for team marks. */
export const statusLabel = (t: TFunction, status: FigureStatusDef): string =>
  status.labelKey ? t(`figures:${status.labelKey}`) : (status.label ?? status.id);

/**
 * A canonical unit in the UI language (`年` → "years", `畝` → "mu" in English, `亩` in Simplified); a unit
 * the `units` namespace does not know is shown as written.
 */
export const unitLabel = (t: TFunction, unit: string, count?: number): string =>
  unit
    ? t(unit, {
        ns: 'units',
        defaultValue: unit,
        keySeparator: false,
        nsSeparator: false,
        ...(count !== undefined ? { count } : {}),
      })
    : '';

/** `26,400,000,000 yuan`, `3–5 %`; with `t`, the unit in the UI language. */
export function formatValue(value: number | null, unit: string, high?: number, t?: TFunction): string {
  const shown = t ? unitLabel(t, unit, value === null ? undefined : (high ?? value)) : unit;
  if (value === null) return shown;
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return `${n(value)}${high !== undefined ? `–${n(high)}` : ''} ${shown}`.trim();
}

export function locatorLabel(t: TFunction, locator: SourceLocator): string {
  // The page as the document numbers it (its printed label) when the PDF reader found one.
  if (locator.kind === 'page')
    return t('figures:sources.locatorPage', { page: locator.label ?? locator.page });
  if (locator.kind === 'cell')
    return t('figures:sources.locatorCell', { sheet: tableName(t, locator.sheet), cell: locator.cell });
  return '';
}

/**
 * A DOCX table's name in the UI language: extraction names them `Table 1`, `Table 2`…
 * (electron/services/sources/docx-source.ts), as a workbook names its sheets.
 */
export function tableName(t: TFunction, sheet: string): string {
  const n = /^Table (\d+)$/.exec(sheet)?.[1];
  return n ? t('sources:pane.table', { n }) : sheet;
}
