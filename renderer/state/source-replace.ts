/**
 * Replacing a source, the renderer's half: which draft figure each link to the old source belongs to
 * and what the old source said about it (the input of shared/figures/matching/replace-plan.ts), and the
 * moved links to write once the reviewer confirms. Pure functions over the store's state.
 */
import type { AuditSource } from '../../shared/figures/matching/audit';
import type { LedgerRow } from '../../shared/figures/matching/ledger';
import { profileFigures, type FigureProfile } from '../../shared/figures/matching/profile';
import {
  planReplacement,
  type CarryOutcome,
  type LinkToCarry,
} from '../../shared/figures/matching/replace-plan';
import type { ImportedSource } from '../../shared/model/source';
import type { FigureLink } from '../db/figure-link-repository';

/** A replacement waiting for the reviewer's confirmation. */
export interface PendingReplace {
  oldSourceId: string;
  oldName: string;
  next: ImportedSource;
  /** The old source's links as stored. */
  links: FigureLink[];
  /** One per link, in the same order. */
  outcomes: CarryOutcome[];
  /** The figure each link belongs to, as the ledger shows it (`264億元`), '' when not in this draft. */
  figureTexts: string[];
}

/** The profile of a ledger row's figure: the audit's, or a fresh one for a figure added by hand. */
function profileOf(text: string, row: LedgerRow, figures: readonly FigureProfile[]): FigureProfile | null {
  if (row.index >= 0) return figures[row.index] ?? null;
  if (row.value === null) return null;
  const figure = { start: row.start, end: row.end, text: row.text, value: row.value, unit: row.unit };
  return profileFigures(text, [row.high !== undefined ? { ...figure, high: row.high } : figure])[0] ?? null;
}

/** Plans the replacement of `oldSourceId` by `next` for the links of the open draft's ledger. */
export function planPendingReplace(input: {
  text: string;
  rows: readonly LedgerRow[];
  figures: readonly FigureProfile[];
  oldSourceId: string;
  oldName: string;
  links: FigureLink[];
  next: ImportedSource;
}): PendingReplace {
  const { rows, oldSourceId } = input;
  // Listed in text order, links to figures of other drafts last.
  const at = (l: FigureLink) => rows.find((r) => r.annotationId === l.annotationId)?.start ?? Infinity;
  const links = [...input.links].sort((a, b) => at(a) - at(b));
  const carry: LinkToCarry[] = links.map((link) => {
    const row = rows.find((r) => r.annotationId === link.annotationId);
    const verdict = row?.verdicts.find((v) => v.sourceId === oldSourceId);
    return {
      linkId: link.id,
      figure: row ? profileOf(input.text, row, input.figures) : null,
      locator: link.locator,
      old:
        verdict?.verdict === 'differs'
          ? { verdict: 'differs', value: verdict.mismatch.value }
          : { verdict: 'agrees' },
    };
  });
  const next: AuditSource = {
    id: 'replacement',
    name: input.next.fileName,
    text: input.next.text,
    regions: input.next.regions,
    ...(input.next.merges ? { merges: input.next.merges } : {}),
  };
  return {
    oldSourceId,
    oldName: input.oldName,
    next: input.next,
    links,
    outcomes: planReplacement(carry, next),
    figureTexts: links.map((l) => rows.find((r) => r.annotationId === l.annotationId)?.text ?? ''),
  };
}

/** The links that move, re-pointed at their new places (the source id is set when written). */
export function movedLinks(pending: PendingReplace): FigureLink[] {
  return pending.links.flatMap((link, i) => {
    const outcome = pending.outcomes[i];
    if (!outcome?.carried) return [];
    return [{ ...link, ...outcome.place }];
  });
}
