/**
 * Handing a review in and out: Export > Web Annotations (the open version's annotations and replies as
 * one W3C AnnotationCollection), Import > Web Annotations (a colleague's file merged into the open
 * version in one transaction, with a summary), Export > Figure ledger (CSV or XLSX, as the Save dialog
 * chooses). Files go through main (the bridge); this slice builds what is written and reads what comes
 * back. Outcomes are kept as `reviewIoResult` for the summary dialog, as codes and values, not text.
 */
import { planImport, type ImportPlan, type OrphanEntry } from '../../shared/annotations/import-plan';
import {
  sha256OfText,
  serialiseCollection,
  toAnnotationCollection,
  type ExportedFigureLink,
} from '../../shared/annotations/w3c-export';
import type { ImportIssue } from '../../shared/annotations/w3c-incoming';
import { buildLedgerTable } from '../../shared/figures/ledger-table';
import type { FigureStatusDef } from '../../shared/figures/statuses';
import type { AppError } from '../../shared/result';
import { mergeIntoVersion } from '../db/web-annotation-merge';
import { selectLedgerRows } from './figures-slice';
import type { AppState, SliceCreator } from './store';

export type ReviewIoResult =
  | { type: 'exported'; what: 'web-annotations' | 'ledger'; fileName: string; count: number }
  | {
      type: 'imported';
      fileName: string;
      match: ImportPlan['match'];
      added: number;
      updated: number;
      unchanged: number;
      replies: ImportPlan['replies'];
      orphans: OrphanEntry[];
      issues: ImportIssue[];
    }
  | { type: 'failed'; action: 'export' | 'import' | 'ledger'; fileName: string | null; error: AppError };

export interface ReviewIoSlice {
  reviewIoBusy: 'export' | 'import' | 'ledger' | null;
  reviewIoResult: ReviewIoResult | null;
  exportWebAnnotations(): Promise<void>;
  importWebAnnotations(): Promise<void>;
  exportFigureLedger(): Promise<void>;
  closeReviewIoResult(): void;
}

/** Status labels in the UI language, set by the mounted dialog (slices have no i18n). */
let statusLabel: ((status: FigureStatusDef) => string) | null = null;
export function setLedgerStatusLabels(label: ((status: FigureStatusDef) => string) | null): void {
  statusLabel = label;
}

/** A file name from the document title and draft number, safe on every OS. */
export function exportFileName(title: string, draft: number, suffix: string): string {
  const base =
    [...title]
      .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'tickmark';
  return `${base} - draft ${draft}${suffix}`;
}

/** Accepted source links of the open version's figures, as exported. */
function acceptedLinks(state: AppState): Map<string, ExportedFigureLink[]> {
  const names = new Map(state.figureSources.map((s) => [s.id, s.url ?? s.fileName]));
  const links = new Map<string, ExportedFigureLink[]>();
  for (const link of state.figureLinks) {
    if (link.state !== 'accepted') continue;
    const list = links.get(link.annotationId) ?? [];
    list.push({
      source: names.get(link.sourceId) ?? link.sourceId,
      locator: link.locator,
      quote: link.quote,
    });
    links.set(link.annotationId, list);
  }
  return links;
}

export const createReviewIoSlice: SliceCreator<ReviewIoSlice> = (services) => (set, get) => {
  const run = async (busy: 'export' | 'import' | 'ledger', work: () => Promise<ReviewIoResult | null>) => {
    if (get().reviewIoBusy) return;
    set({ reviewIoBusy: busy });
    try {
      const result = await work();
      if (result) set({ reviewIoResult: result });
    } catch (error) {
      // A storage failure (quota, closed database) mid-import: the transaction rolled back.
      set({
        reviewIoResult: {
          type: 'failed',
          action: busy,
          fileName: null,
          error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
        },
      });
    } finally {
      set({ reviewIoBusy: null });
    }
  };

  return {
    reviewIoBusy: null,
    reviewIoResult: null,
    closeReviewIoResult() {
      set({ reviewIoResult: null });
    },

    exportWebAnnotations: () =>
      run('export', async () => {
        const opened = get().current;
        if (!opened) return null;
        const { document, version } = opened;
        if (get().annotationVersionId !== version.id) await get().loadAnnotations(version.id);
        if (get().figureVersionId !== version.id) await get().loadFigures();
        const state = get();
        const annotations = state.annotationList.filter((a) => a.versionId === version.id);
        const replies = annotations.flatMap((a) => state.repliesByAnnotation.get(a.id) ?? []);
        const collection = toAnnotationCollection({
          annotations,
          replies,
          textSha256: await sha256OfText(version.text),
          label: `${document.title} · draft ${version.number}`,
          now: services.now(),
          links: acceptedLinks(state),
        });
        const saved = await services.bridge.saveWebAnnotations(
          serialiseCollection(collection),
          exportFileName(document.title, version.number, '.jsonld'),
        );
        if (!saved.ok) return { type: 'failed', action: 'export', fileName: null, error: saved.error };
        if (!saved.value) return null;
        return {
          type: 'exported',
          what: 'web-annotations',
          fileName: saved.value.fileName,
          count: collection.total,
        };
      }),

    importWebAnnotations: () =>
      run('import', async () => {
        const opened = get().current;
        if (!opened) return null;
        const { version } = opened;
        const chosen = await services.bridge.openWebAnnotations();
        if (!chosen.ok) return { type: 'failed', action: 'import', fileName: null, error: chosen.error };
        if (!chosen.value) return null;
        const { fileName, file } = chosen.value;
        // Hashes first: WebCrypto promises may not be awaited inside the Dexie transaction.
        const lineage = (await services.documents.listVersions(version.documentId)).filter(
          (v) => v.id !== version.id,
        );
        const [textSha256, ...lineageSha256] = await Promise.all(
          [version, ...lineage].map((v) => sha256OfText(v.text)),
        );
        const merged = await mergeIntoVersion(services.db, version.id, file, (context) =>
          planImport(file, {
            documentId: version.documentId,
            versionId: version.id,
            text: version.text,
            textSha256: textSha256!,
            lineageSha256,
            existing: context,
            idsElsewhere: context.idsElsewhere,
            now: services.now(),
          }),
        );
        if (!merged.ok) return { type: 'failed', action: 'import', fileName, error: merged.error };
        // The merged rows go into the loaded records as one undoable step (no reload of every row).
        await get().adoptAnnotationChange(version.id, merged.value.change);
        const { plan } = merged.value;
        return {
          type: 'imported',
          fileName,
          match: plan.match,
          // Orphans are new annotations too; the summary counts them apart from those placed.
          added: plan.added.length - plan.orphans.length,
          updated: plan.updated.length,
          unchanged: plan.unchanged.length,
          replies: plan.replies,
          orphans: plan.orphans,
          issues: plan.issues,
        };
      }),

    exportFigureLedger: () =>
      run('ledger', async () => {
        const opened = get().current;
        if (!opened) return null;
        const { document, version } = opened;
        if (get().annotationVersionId !== version.id) await get().loadAnnotations(version.id);
        if (get().figureVersionId !== version.id) await get().loadFigures();
        const state = get();
        const table = buildLedgerTable({
          title: `${document.title} · draft ${version.number}`,
          rows: selectLedgerRows(state),
          legend: state.figureLegend,
          annotations: state.annotationList,
          links: acceptedLinks(state),
          ...(statusLabel ? { statusLabel } : {}),
        });
        const saved = await services.bridge.saveFigureLedger(
          table,
          exportFileName(document.title, version.number, ' - figures.xlsx'),
        );
        if (!saved.ok) return { type: 'failed', action: 'ledger', fileName: null, error: saved.error };
        if (!saved.value) return null;
        return {
          type: 'exported',
          what: 'ledger',
          fileName: saved.value.fileName,
          count: table.figures.length,
        };
      }),
  };
};
