/** Locale-aware formatting of dates and sizes for the UI. */

/** A date-time such as "24 Nov 2026, 22:51" in the UI language. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A byte count in MB with one decimal ("50 MB", "61.2 MB"). */
export function formatMegabytes(megabytes: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(megabytes)} MB`;
}
