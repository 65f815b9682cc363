/**
 * The figure status names the reviewer sees in the legend, by status id, for the annotated PDF's
 * notes, /Contents, cover and appendix: a team mark's own label, a built-in's name in the UI language
 * (its `figures` i18n key). Main and the CLI have no i18next bundles, so the dialog sends these with
 * the request; without them custom names and the UI's wording never reached the PDF.
 */
import type { FigureStatusDef } from '../../../shared/figures/statuses';

export function legendStatusLabels(
  legend: readonly FigureStatusDef[],
  translate: (key: string) => string,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const status of legend) {
    const label = status.label ?? (status.labelKey ? translate(`figures:${status.labelKey}`) : '');
    // An unknown key comes back as the key itself: leave the export's own name for that status.
    if (label && label !== `figures:${status.labelKey}` && label !== status.labelKey)
      labels[status.id] = label.slice(0, 200);
  }
  return labels;
}
