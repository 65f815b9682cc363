/**
 * Small inline SVG icons for glyphs that fonts do not reliably have: an emoji such as 🔗 draws as an
 * empty box where no emoji font is installed (many Linux desktops, locked-down Windows images).
 */
export function LinkIcon({ title }: { title?: string }) {
  return (
    <svg
      className="tm-icon"
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2" />
      <path d="M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
    </svg>
  );
}
