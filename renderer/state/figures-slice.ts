/**
 * The figures audit of the open version: detected figures, sources attached to the document, source
 * proposals and mismatches, consistency findings, and the reviewer's decisions. Decisions are figure
 * annotations (written through the annotations slice, so the annotations panel and undo see them too);
 * source links live in the `links` table. Detected figures the reviewer has not touched are not stored.
 */
import { trackSourceImport } from './source-import-progress';
import type { FigureBody } from '../../shared/annotations/model';
import { detectFigures } from '../../shared/figures/detect';
import { auditDraft, indexSources, type AuditResult } from '../../shared/figures/matching/audit';
import type { SourceLocator } from '../../shared/figures/matching/locator';
import type { SourceMatch, SourceVerdict } from '../../shared/figures/matching/match';
import type { LinkRow } from '../db/app-db';
import { headingsFromText, type OutlineHeading } from '../../shared/figures/outline';
import {
  buildLegend,
  customStatusesSettingKey,
  validateCustomStatuses,
  type FigureStatusDef,
} from '../../shared/figures/statuses';
import type { DroppedFile } from '../../shared/ipc/contract';
import type { ImportedSource } from '../../shared/model/source';
import { ok, type Result } from '../../shared/result';
import { z } from 'zod';
import { FigureLinkRepository, type FigureLink } from '../db/figure-link-repository';
import { SourceRepository, type SourceRecord } from '../db/source-repository';
import {
  addToLegend,
  makeUrlSource,
  resolveLocator,
  type ManualLocator,
  type StatusInput,
} from './figure-audit-inputs';
import { selectLedgerRows } from './figures-selectors';
import type { PendingReplace } from './source-replace';
import { sourceManagementActions } from './source-management';
import { asOneChange, statusChanges } from './figure-status-batch';
import { createRowWrites } from './figure-row-writes';
import type { SliceCreator } from './store';

export interface FigureFilter {
  status: string | null;
  unit: string | null;
  section: string | null;
}

/** Where the source pane is open: a source and the passage to show highlighted. */
export interface OpenSource {
  sourceId: string;
  start: number;
  end: number;
  /** The place as the reviewer named it, shown above the pane (links made by hand). */
  locator?: SourceLocator;
}

export interface FiguresSlice {
  figureVersionId: string | null;
  figureAudit: AuditResult | null;
  figureHeadings: OutlineHeading[];
  figureSources: SourceRecord[];
  figureLinks: FigureLink[];
  figureLegend: FigureStatusDef[];
  figureFilter: FigureFilter;
  /** Keys (`start:end`) of the selected ledger rows; the last one is the active row. */
  selectedFigureKeys: string[];
  openSource: OpenSource | null;
  /** Detects figures and audits the open version against its document's sources. */
  loadFigures(): Promise<void>;
  setFigureFilter(filter: Partial<FigureFilter>): void;
  selectFigures(keys: string[]): void;
  /** Sets the status of the given rows (creating their annotations on first touch). */
  setFigureStatus(keys: readonly string[], status: string): Promise<void>;
  setFigureNote(key: string, note: string): Promise<void>;
  dismissFigure(key: string): Promise<void>;
  /** Brings back a figure dismissed as "not a figure" (its key among the dismissed rows). */
  restoreFigure(key: string): Promise<void>;
  /**
   * Adds a figure the detector missed, from plain-text offsets of a selection. Value and unit come from
   * detection on the selected text, or from `manual` when given (the inline form). True when stored.
   */
  addManualFigure(
    range: { start: number; end: number },
    manual?: { value: number | null; unit: string },
  ): Promise<boolean>;
  /** Attaches a URL with a pasted quote as a source; returns the problem's i18n key, or null. */
  addUrlSource(url: string, quote: string): Promise<string | null>;
  /** Links a row to a place in a source by hand (an accepted link); returns the problem's i18n key, or null. */
  linkFigureToSource(key: string, sourceId: string, locator: ManualLocator): Promise<string | null>;
  /** Adds a team status to the legend (kept in settings); returns the problem's i18n key, or null. */
  addCustomStatus(input: StatusInput): Promise<string | null>;
  /** Shows the Open dialog for a source and attaches it; bad files show a notice and change nothing. */
  attachSourceFromDialog(): Promise<void>;
  attachDroppedSource(file: DroppedFile): Promise<void>;
  /** Accepts or rejects a proposed source match for a row. */
  decideMatch(key: string, match: SourceMatch, state: 'accepted' | 'rejected'): Promise<void>;
  setOpenSource(open: OpenSource | null): void;
  /** The source removed last, with its links, until undone or another is removed. */
  removedSource: RemovedSource | null;
  /**
   * The annotation undo step that was last when the source was removed: while it is still last, no
   * annotation action came after the removal, so Ctrl/Cmd+Z undoes the removal (./undo-latest.ts).
   */
  removedSourceAfter: unknown;
  /** Removes a source and its links (the UI confirms first); `undoRemoveSource` brings both back. */
  removeSource(sourceId: string): Promise<void>;
  undoRemoveSource(): Promise<void>;
  /**
   * Reads a file chosen in the Open dialog to replace `sourceId` and matches every figure linked to the
   * old source against it (./source-replace.ts); nothing is written until `confirmReplace`.
   */
  replaceSourceFromDialog(sourceId: string): Promise<void>;
  /** The replacement the reviewer is asked to confirm: which links move and which do not, and why. */
  pendingReplace: PendingReplace | null;
  /** Writes the pending replacement: the new file, the moved links, the old source gone (undoable). */
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
  /**
   * Records which source the auditor takes for a figure whose sources conflict, and why: the verdict's
   * place becomes the figure's taken link. Taking a source that differs from the draft disputes the
   * figure; taking one that agrees traces an unverified figure. Returns the problem's i18n key, or null.
   */
  decideConflict(key: string, verdict: SourceVerdict, reason: string): Promise<string | null>;
}

/** A removed source kept for undo. */
export interface RemovedSource {
  source: SourceRecord;
  links: LinkRow[];
  /** Set when the source was replaced: the new file, whether the replacement added it, links moved. */
  replacement?: { sourceId: string; fileName: string; added: boolean; moved: number };
}

export { filterLedger, isConflictOpen, selectLedgerRows, selectSourceReadings } from './figures-selectors';

export const createFiguresSlice: SliceCreator<FiguresSlice> = (services) => (set, get) => {
  const sources = new SourceRepository(services.db);
  const links = new FigureLinkRepository(services.db);
  let sourceIndexKey = '';
  let sourceIndex: ReturnType<typeof indexSources> | null = null;

  /** True once the reviewer's name is known: every decision below is signed (asked once, first). */
  const signed = (): Promise<boolean> => get().requireReviewerName();
  const by = (): string => get().reviewerName;

  const reaudit = () => {
    const version = get().current?.version;
    if (!version) return;
    const list = get().figureSources;
    const key = list.map((s) => s.id).join(',');
    if (key !== sourceIndexKey || !sourceIndex) {
      sourceIndex = indexSources(
        list.map((s) => ({
          id: s.id,
          name: s.fileName,
          text: s.text,
          regions: s.regions,
          ...(s.merges ? { merges: s.merges } : {}),
        })),
      );
      sourceIndexKey = key;
    }
    const headings = get().figureHeadings;
    const audit = auditDraft(version.text, [], { headings, index: sourceIndex });
    set({ figureAudit: audit, figureVersionId: version.id });
  };

  const { touch, settled } = createRowWrites(get);

  const refreshLinks = async () => {
    const ids = get()
      .annotationList.filter((a) => a.kind === 'figure')
      .map((a) => a.id);
    set({ figureLinks: await links.listByAnnotations(ids) });
  };

  const attach = async (result: Result<ImportedSource | null>, fileName: string | null) => {
    const version = get().current?.version;
    if (!version) return;
    if (!result.ok) {
      get().reportError(result.error, fileName);
      return;
    }
    if (!result.value) return;
    await sources.attach(version.documentId, result.value, services.now());
    set({ figureSources: await sources.listByDocument(version.documentId) });
    reaudit();
  };

  return {
    figureVersionId: null,
    figureAudit: null,
    figureHeadings: [],
    figureSources: [],
    figureLinks: [],
    figureLegend: buildLegend(),
    figureFilter: { status: null, unit: null, section: null },
    selectedFigureKeys: [],
    openSource: null,

    async loadFigures() {
      const version = get().current?.version;
      if (!version) return;
      const custom = await services.settings.get(customStatusesSettingKey, z.unknown(), []);
      const figureSources = await sources.listByDocument(version.documentId);
      set({
        figureLegend: buildLegend(validateCustomStatuses(custom).statuses),
        figureSources,
        figureHeadings: headingsFromText(version.text),
        selectedFigureKeys: [],
      });
      reaudit();
      await refreshLinks();
    },
    setFigureFilter(filter) {
      set({ figureFilter: { ...get().figureFilter, ...filter } });
    },
    selectFigures(keys) {
      set({ selectedFigureKeys: keys });
    },
    async setFigureStatus(keys, status) {
      if (!(await signed())) return;
      // Writes already queued on these rows (a note saved on blur) land first.
      await Promise.all(keys.map(settled));
      const version = get().current?.version;
      if (!version) return;
      const wanted = new Set(keys);
      const change = asOneChange(
        statusChanges(
          selectLedgerRows(get()).filter((row) => wanted.has(row.key)),
          status,
          {
            text: version.text,
            documentId: version.documentId,
            versionId: version.id,
            by: by(),
            now: services.now(),
            annotations: get().annotationRecords.annotations,
          },
        ),
      );
      if (change) await get().commitAnnotationChange(change);
    },
    async setFigureNote(key, note) {
      await touch(key, (row) => (row.note !== note ? { note } : null));
    },
    async dismissFigure(key) {
      if (!(await signed())) return;
      await touch(key, () => ({ dismissed: true }));
      set({ selectedFigureKeys: get().selectedFigureKeys.filter((k) => k !== key) });
    },
    async restoreFigure(key) {
      const annotation = get().annotationList.find(
        (a) => a.body.kind === 'figure' && a.body.dismissed && `${a.target.start}:${a.target.end}` === key,
      );
      if (!annotation || annotation.body.kind !== 'figure') return;
      if (await get().updateAnnotation(annotation.id, { ...annotation.body, dismissed: false }))
        set({ selectedFigureKeys: [key], figureFilter: { ...get().figureFilter, status: null } });
    },
    async addManualFigure(range, manual) {
      const version = get().current?.version;
      if (!version || range.end <= range.start) return false;
      const text = version.text.slice(range.start, range.end);
      const found = detectFigures(text)[0];
      const body: FigureBody = {
        kind: 'figure',
        status: 'unverified',
        note: '',
        origin: 'manual',
        value: manual ? manual.value : (found?.value ?? null),
        unit: manual ? manual.unit.trim() : (found?.unit ?? ''),
        dismissed: false,
        ...(!manual && found?.high !== undefined ? { high: found.high } : {}),
      };
      const saved = await get().addAnnotation(range, body);
      if (saved) set({ selectedFigureKeys: [`${range.start}:${range.end}`] });
      return saved !== null;
    },
    async addUrlSource(url, quote) {
      if (!(await signed())) return 'workspace:sign.needName';
      const checked = await makeUrlSource(url, quote);
      if (!checked.ok) return checked.problem;
      await attach(ok(checked.value), checked.value.fileName);
      return null;
    },
    async linkFigureToSource(key, sourceId, locator) {
      const version = get().current?.version;
      const source = get().figureSources.find((s) => s.id === sourceId);
      if (!version || !source) return 'link.noSource';
      const place = resolveLocator(source, locator);
      if (!place.ok) return place.problem;
      if (!(await signed())) return 'workspace:sign.needName';
      // Like accepting a proposal: a hand-made link traces an unverified figure to its source.
      const annotation = await touch(key, (row) => (row.status === 'unverified' ? { status: 'traced' } : {}));
      if (!annotation) return 'link.noFigure';
      await links.decide({
        annotationId: annotation.id,
        sourceId,
        documentId: version.documentId,
        state: 'accepted',
        ...place.value,
        createdAt: services.now().toISOString(),
        by: by(),
      });
      await refreshLinks();
      return null;
    },
    async addCustomStatus(input) {
      const checked = addToLegend(get().figureLegend, input);
      if (!checked.ok) return checked.problem;
      await services.settings.set(customStatusesSettingKey, checked.value);
      set({ figureLegend: buildLegend(checked.value) });
      return null;
    },
    async attachSourceFromDialog() {
      if (!(await signed())) return;
      await attach(await trackSourceImport(null, () => services.bridge.openSource()), null);
    },
    async attachDroppedSource(file) {
      if (!(await signed())) return;
      await attach(
        await trackSourceImport(file.name, () => services.bridge.importDroppedSource(file)),
        file.name,
      );
    },
    async decideMatch(key, match, state) {
      const version = get().current?.version;
      if (!version || !(await signed())) return;
      const annotation = await touch(key, (row) =>
        state === 'accepted' && row.status === 'unverified' ? { status: 'traced' } : {},
      );
      if (!annotation) return;
      await links.decide({
        annotationId: annotation.id,
        sourceId: match.sourceId,
        documentId: version.documentId,
        state,
        start: match.start,
        end: match.end,
        locator: match.locator,
        quote: match.quote,
        createdAt: services.now().toISOString(),
        by: by(),
      });
      await refreshLinks();
    },
    setOpenSource(open) {
      set({ openSource: open });
    },
    ...sourceManagementActions({ services, set, get, sources, links, reaudit, refreshLinks }),
    async decideConflict(key, verdict, reason) {
      const version = get().current?.version;
      if (!version) return 'conflict.noFigure';
      if (verdict.verdict === 'not-found') return 'conflict.notFound';
      if (!reason.trim()) return 'conflict.noReason';
      if (!(await signed())) return 'workspace:sign.needName';
      const place = verdict.verdict === 'agrees' ? verdict.match : verdict.mismatch;
      const annotation = await touch(key, (row) =>
        verdict.verdict === 'differs'
          ? { status: 'disputed' }
          : row.status === 'unverified'
            ? { status: 'traced' }
            : {},
      );
      if (!annotation) return 'conflict.noFigure';
      await links.take({
        annotationId: annotation.id,
        sourceId: verdict.sourceId,
        documentId: version.documentId,
        state: 'accepted',
        start: place.start,
        end: place.end,
        locator: place.locator,
        quote: place.quote,
        createdAt: services.now().toISOString(),
        by: by(),
        reason: reason.trim(),
      });
      await refreshLinks();
      return null;
    },
  };
};
