/**
 * Icons of the side pane's tabs, drawn as inline SVG (no icon or emoji font is assumed). When the labels
 * do not fit on one row (Chinese at 1024 px, a narrow pane) the tabs show these icons, with the active
 * tab's label beside its icon and every label kept as the tab's name and tooltip (SidePaneTabs).
 */
import type { ReactNode } from 'react';

const paths: Record<string, ReactNode> = {
  outline: (
    <>
      <path d="M3 4h10M5 8h8M5 12h8" />
    </>
  ),
  annotations: <path d="M3 3.5h10v7H7l-3 2.5v-2.5H3z" />,
  figures: <path d="M6 2.5l-1.5 11M11.5 2.5L10 13.5M3 6h10.5M2.5 10H13" />,
  sources: (
    <>
      <path d="M4 2.5h5.5L12 5v8.5H4z" />
      <path d="M6 8h4M6 10.5h4" />
    </>
  ),
  drafts: (
    <>
      <path d="M3 13l1-3.5 6.5-6.5 2.5 2.5L6.5 12z" />
      <path d="M9.5 4l2.5 2.5" />
    </>
  ),
  coverage: <path d="M3 13.5h10M4.5 13V9M8 13V4.5M11.5 13V7" />,
};

/** The icon of tab `id`; a tab without one (a future feature) shows the first letter of its label. */
export function SideTabIcon({ id, label }: { id: string; label: string }) {
  const path = paths[id];
  if (!path)
    return (
      <span className="tm-tab-icon tm-tab-letter" aria-hidden="true">
        {label.slice(0, 1)}
      </span>
    );
  return (
    <svg
      className="tm-tab-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {path}
    </svg>
  );
}
