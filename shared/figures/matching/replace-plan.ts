/**
 * Replacing a source with another file (an updated bulletin, a corrected workbook): each figure linked
 * to the old source is matched again against the new one. A link moves when the new file says what
 * the old one said at the linked place — the figure agrees again (to the same cell or page when it is
 * still there, else the best place), or the source still differs with the same value — and stays
 * behind otherwise, with the reason: the new file does not state the figure, or states another value.
 * The reviewer sees both lists before anything is written (renderer/state/source-replace.ts).
 */
import { indexSources, type AuditSource } from './audit';
import { formatLocator, type SourceLocator } from './locator';
import { matchFigure } from './match';
import type { FigureProfile } from './profile';

/** A link to the old source, with the draft figure it belongs to (null when not in the open draft). */
export interface LinkToCarry {
  linkId: string;
  figure: FigureProfile | null;
  /** The old link's place and what the source states there. */
  locator: SourceLocator;
  /** What the old source said about the figure: it agreed, or differed with `value`. */
  old: { verdict: 'agrees' } | { verdict: 'differs'; value: number };
}

/** Where a carried link now points. */
export interface NewPlace {
  start: number;
  end: number;
  locator: SourceLocator;
  quote: string;
}

export type CarryOutcome =
  | { linkId: string; carried: true; place: NewPlace; sameLocator: boolean }
  | {
      linkId: string;
      carried: false;
      /** `not-in-draft`: the figure is in another draft, so it cannot be matched again here. */
      reason: 'not-found' | 'differs' | 'agrees-now' | 'not-in-draft';
      /** What the new file states, when it states the measure. */
      value?: number;
      unit?: string;
      text?: string;
    };

/** Matches each link's figure against `next` and says which links move and why the others do not. */
export function planReplacement(links: readonly LinkToCarry[], next: AuditSource): CarryOutcome[] {
  const index = indexSources([next]);
  return links.map((link): CarryOutcome => {
    if (!link.figure) return { linkId: link.linkId, carried: false, reason: 'not-in-draft' };
    const result = matchFigure(index, link.figure, { maxMatches: 20 });
    const verdict = result.verdicts[0];
    const oldPlace = formatLocator(link.locator);
    if (link.old.verdict === 'agrees') {
      if (result.matches.length === 0) {
        return verdict?.verdict === 'differs'
          ? {
              linkId: link.linkId,
              carried: false,
              reason: 'differs',
              value: verdict.mismatch.value,
              unit: verdict.mismatch.unit,
              text: verdict.mismatch.text,
            }
          : { linkId: link.linkId, carried: false, reason: 'not-found' };
      }
      const same = result.matches.find((m) => oldPlace !== '' && formatLocator(m.locator) === oldPlace);
      const best = same ?? result.matches[0]!;
      return {
        linkId: link.linkId,
        carried: true,
        sameLocator: same !== undefined,
        place: { start: best.start, end: best.end, locator: best.locator, quote: best.quote },
      };
    }
    // The old source differed and the auditor linked that place: it moves if the new file still
    // states the same other value for the measure.
    const oldValue = link.old.value;
    const stillDiffers = result.mismatches.find(
      (m) => Math.abs(m.value - oldValue) <= 1e-9 * Math.max(1, Math.abs(oldValue)),
    );
    if (stillDiffers) {
      return {
        linkId: link.linkId,
        carried: true,
        sameLocator: formatLocator(stillDiffers.locator) === oldPlace,
        place: {
          start: stillDiffers.start,
          end: stillDiffers.end,
          locator: stillDiffers.locator,
          quote: stillDiffers.quote,
        },
      };
    }
    if (result.matches.length > 0) return { linkId: link.linkId, carried: false, reason: 'agrees-now' };
    if (verdict?.verdict === 'differs') {
      return {
        linkId: link.linkId,
        carried: false,
        reason: 'differs',
        value: verdict.mismatch.value,
        unit: verdict.mismatch.unit,
        text: verdict.mismatch.text,
      };
    }
    return { linkId: link.linkId, carried: false, reason: 'not-found' };
  });
}
