/** A quote shown inside its context, the quote highlighted. */
export function QuoteInContext({
  parts,
  testId,
}: {
  parts: { before: string; quote: string; after: string };
  testId: string;
}) {
  return (
    <p className="tm-carry-context" data-testid={testId}>
      <span className="tm-muted">…{parts.before}</span>
      <mark>{parts.quote}</mark>
      <span className="tm-muted">{parts.after}…</span>
    </p>
  );
}
