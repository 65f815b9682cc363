/**
 * The tickmark legend: the statuses a reviewer gives a figure, the way auditors mark working papers.
 * Four built-ins (unverified, verified, disputed, not applicable) plus the common audit tickmarks
 * (traced to source, agrees with bulletin, recalculated, agreed to prior year, definition differs).
 * Teams add their own marks; those are kept in settings and checked by `customStatusSchema`.
 *
 * Each status has a letter (the key that sets it in the ledger and the mark printed beside the figure), a
 * colour from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies) and an
 * underline style, so the status still reads in greyscale print. `group` folds every mark into the four
 * states the coverage view counts.
 */
import { z } from 'zod';
import { builtInFigureStatuses } from '../annotations/model';

/** What a status means for coverage: still to do, done, a problem, or out of scope. */
export const statusGroups = ['unverified', 'verified', 'disputed', 'not-applicable'] as const;
export type StatusGroup = (typeof statusGroups)[number];

/** How the underline is drawn; varies with the colour so print and colour-blind readers can tell them apart. */
export const underlineStyles = ['dotted', 'solid', 'wavy', 'dashed', 'double'] as const;
export type UnderlineStyle = (typeof underlineStyles)[number];

export interface FigureStatusDef {
  /** Stored in `FigureBody.status`. Built-ins are plain words; team marks are `custom:<slug>`. */
  id: string;
  /** One character, upper case: the key in the ledger and the mark shown beside the figure. */
  letter: string;
  /** `#rrggbb`. */
  colour: string;
  underline: UnderlineStyle;
  group: StatusGroup;
  /** i18n key in the `figures` namespace for built-ins; absent for team marks. */
  labelKey?: string;
  /** The label as typed, for team marks. */
  label?: string;
  builtIn: boolean;
}

/** The default status of every detected figure. */
export const defaultStatusId = 'unverified';

const builtIn = (
  id: string,
  letter: string,
  colour: string,
  underline: UnderlineStyle,
  group: StatusGroup,
): FigureStatusDef => ({ id, letter, colour, underline, group, labelKey: `status.${id}`, builtIn: true });

/** Built-in legend, in the order the legend shows it. Colours: Okabe & Ito (2008). */
export const builtInStatuses: readonly FigureStatusDef[] = [
  builtIn('unverified', 'U', '#999999', 'dotted', 'unverified'),
  builtIn('verified', 'V', '#009E73', 'solid', 'verified'),
  builtIn('disputed', 'D', '#D55E00', 'wavy', 'disputed'),
  builtIn('not-applicable', 'N', '#7F7F7F', 'dashed', 'not-applicable'),
  builtIn('traced', 'T', '#0072B2', 'solid', 'verified'),
  builtIn('agrees-bulletin', 'B', '#56B4E9', 'double', 'verified'),
  builtIn('recalculated', 'R', '#CC79A7', 'solid', 'verified'),
  builtIn('prior-year', 'P', '#000000', 'double', 'verified'),
  builtIn('definition-differs', 'F', '#E69F00', 'wavy', 'disputed'),
];

// The four statuses the annotation model knows must stay first-class here.
for (const id of builtInFigureStatuses) {
  if (!builtInStatuses.some((s) => s.id === id))
    throw new Error(`Built-in status "${id}" missing from legend`);
}

/** A team mark as stored in settings (key `figures.customStatuses`). */
/** English names of the built-in statuses, where no UI translation is at hand (CLI, exports). */
export const englishStatusLabels: Record<string, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  'not-applicable': 'Not applicable',
  traced: 'Traced to source',
  'agrees-bulletin': 'Agrees with bulletin',
  recalculated: 'Recalculated',
  'prior-year': 'Agreed to prior year',
  'definition-differs': 'Definition differs',
};

export const customStatusSchema = z.object({
  id: z.string().regex(/^custom:[a-z0-9][a-z0-9-]{0,39}$/, 'ids look like "custom:<slug>" (a-z, 0-9, -)'),
  letter: z.string().regex(/^[A-Z0-9]$/, 'the letter is one upper-case letter or digit'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'the colour is #rrggbb'),
  underline: z.enum(underlineStyles),
  group: z.enum(statusGroups),
  label: z.string().trim().min(1).max(40),
});
export type CustomStatus = z.infer<typeof customStatusSchema>;

/** Settings key under which the team's custom statuses are kept. */
export const customStatusesSettingKey = 'figures.customStatuses';

export type LegendProblem = { index: number; message: string };

/**
 * Validates the team's marks against the schema and the built-in legend: letters and ids must be unique,
 * so a key press always means one status. Returns the valid marks and the reasons others were left out.
 */
export function validateCustomStatuses(value: unknown): {
  statuses: CustomStatus[];
  problems: LegendProblem[];
} {
  const problems: LegendProblem[] = [];
  const statuses: CustomStatus[] = [];
  if (!Array.isArray(value)) {
    return {
      statuses,
      problems: value == null ? [] : [{ index: -1, message: 'expected a list of statuses' }],
    };
  }
  const letters = new Set(builtInStatuses.map((s) => s.letter));
  const ids = new Set(builtInStatuses.map((s) => s.id));
  value.forEach((item: unknown, index) => {
    const parsed = customStatusSchema.safeParse(item);
    if (!parsed.success) {
      problems.push({ index, message: parsed.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    const status = parsed.data;
    if (ids.has(status.id)) {
      problems.push({ index, message: `id "${status.id}" is already used` });
    } else if (letters.has(status.letter)) {
      problems.push({ index, message: `letter "${status.letter}" is already used` });
    } else {
      ids.add(status.id);
      letters.add(status.letter);
      statuses.push(status);
    }
  });
  return { statuses, problems };
}

/** The whole legend: built-ins then the team's valid marks. */
export function buildLegend(custom: readonly CustomStatus[] = []): FigureStatusDef[] {
  return [...builtInStatuses, ...custom.map((c): FigureStatusDef => ({ ...c, builtIn: false }))];
}

/** Looks a status up by id; unknown ids (a mark deleted from settings) fall back to `unverified`. */
export function statusById(legend: readonly FigureStatusDef[], id: string): FigureStatusDef {
  return legend.find((s) => s.id === id) ?? legend.find((s) => s.id === defaultStatusId)!;
}

/** The status a key press selects (case-insensitive), or undefined. */
export function statusByLetter(legend: readonly FigureStatusDef[], key: string): FigureStatusDef | undefined {
  const letter = key.toUpperCase();
  return legend.find((s) => s.letter === letter);
}

/** Makes a `custom:<slug>` id from a label, unique against `taken`. */
export function customStatusId(label: string, taken: ReadonlySet<string>): string {
  const slug =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'mark';
  let id = `custom:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `custom:${slug}-${n}`;
  return id;
}
