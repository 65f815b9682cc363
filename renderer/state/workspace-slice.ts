/**
 * How the reviewer arranged the workspace, kept in the `settings` table so it survives a relaunch: the
 * side pane's width and whether it is collapsed. Setters update memory at once (the pane follows the
 * pointer while dragging) and write through; `commitSidePaneWidth` writes the width once a drag ends.
 */
import { z } from 'zod';
import { DocumentStatsRepository, type DocumentStats } from '../db/document-stats-repository';
import type { AppState, SliceCreator } from './store';

export const workspaceSettingKeys = {
  sidePaneWidth: 'workspace.sidePaneWidth',
  sidePaneCollapsed: 'workspace.sidePaneCollapsed',
  session: 'workspace.session',
  hiddenUnderlines: 'workspace.hiddenUnderlines',
} as const;

/** The kinds whose underlines in the text can be switched off. */
export const underlineKinds = ['figures', 'claims', 'comments'] as const;
export type UnderlineKind = (typeof underlineKinds)[number];

/** Where the reviewer was: the document and draft, the side-pane tab, the text offset at the top. */
export const workspaceSessionSchema = z.object({
  documentId: z.string().min(1),
  versionId: z.string().min(1),
  tab: z.string().min(1),
  offset: z.number().int().min(0),
  /** Pixels between the scroll area's top and that offset's line (so the view comes back exactly). */
  shift: z.number().finite().default(0),
});
export type WorkspaceSession = z.infer<typeof workspaceSessionSchema>;

/** Narrower than this the ledger's columns no longer fit; wider than this leaves no room to read. */
export const sidePaneWidthLimits = { min: 260, max: 900, default: 380 } as const;

const widthSetting = z.number().int().min(sidePaneWidthLimits.min).max(sidePaneWidthLimits.max);

/** `width` rounded and kept within the limits (and within `viewport` minus a readable document). */
export function clampSidePaneWidth(width: number, viewport = Number.POSITIVE_INFINITY): number {
  const max = Math.min(sidePaneWidthLimits.max, Math.max(sidePaneWidthLimits.min, viewport - 420));
  return Math.round(Math.min(max, Math.max(sidePaneWidthLimits.min, width)));
}

export interface WorkspaceSlice {
  sidePaneWidth: number;
  sidePaneCollapsed: boolean;
  /** Where the reviewer left off (kept while a document is open), or null. */
  lastSession: WorkspaceSession | null;
  /** A text offset to scroll to once the resumed document is shown (consumed by the workspace). */
  pendingScrollOffset: { offset: number; shift: number } | null;
  loadWorkspaceSettings(): Promise<void>;
  rememberSession(session: WorkspaceSession): Promise<void>;
  /** Reopens the last document at its place and tab; false when there is none. */
  resumeLastSession(): Promise<boolean>;
  takePendingScrollOffset(): { offset: number; shift: number } | null;
  /** Annotation, open-thread and draft counts of the recent documents (start screen). */
  documentStats: ReadonlyMap<string, DocumentStats>;
  /** Underlines the reviewer switched off (a toggle per kind). */
  hiddenUnderlines: readonly UnderlineKind[];
  toggleUnderline(kind: UnderlineKind): Promise<void>;
  loadDocumentStats(): Promise<void>;
  /** Sets the width in memory (during a drag); `commitSidePaneWidth` stores it. */
  setSidePaneWidth(width: number): void;
  commitSidePaneWidth(): Promise<void>;
  setSidePaneCollapsed(collapsed: boolean): Promise<void>;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (services) => (set, get) => ({
  documentStats: new Map(),
  hiddenUnderlines: [],
  async toggleUnderline(kind) {
    const hidden = get().hiddenUnderlines;
    const next = hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind];
    set({ hiddenUnderlines: next });
    await services.settings.set(workspaceSettingKeys.hiddenUnderlines, next);
  },
  async loadDocumentStats() {
    const ids = get().recent.map((document) => document.id);
    set({ documentStats: await new DocumentStatsRepository(services.db).statsByDocument(ids) });
  },
  sidePaneWidth: sidePaneWidthLimits.default,
  sidePaneCollapsed: false,
  lastSession: null,
  pendingScrollOffset: null,
  async loadWorkspaceSettings() {
    const [sidePaneWidth, sidePaneCollapsed, lastSession, hiddenUnderlines] = await Promise.all([
      services.settings.get(workspaceSettingKeys.sidePaneWidth, widthSetting, sidePaneWidthLimits.default),
      services.settings.get(workspaceSettingKeys.sidePaneCollapsed, z.boolean(), false),
      services.settings.get(workspaceSettingKeys.session, workspaceSessionSchema.nullable(), null),
      services.settings.get(workspaceSettingKeys.hiddenUnderlines, z.array(z.enum(underlineKinds)), []),
    ]);
    set({ sidePaneWidth, sidePaneCollapsed, lastSession, hiddenUnderlines });
  },
  async rememberSession(session) {
    const previous = get().lastSession;
    if (previous && JSON.stringify(previous) === JSON.stringify(session)) return;
    set({ lastSession: session });
    await services.settings.set(workspaceSettingKeys.session, session);
  },
  async resumeLastSession() {
    const session = get().lastSession;
    if (!session) return false;
    // Set before the document opens: the workspace reads them when it mounts.
    set({ pendingScrollOffset: { offset: session.offset, shift: session.shift } });
    get().setSidePanelTab(session.tab);
    try {
      await get().openStored(session.documentId, session.versionId);
    } catch {
      // The document was deleted since: forget the place rather than fail every start.
      set({ lastSession: null, pendingScrollOffset: null });
      await services.settings.remove(workspaceSettingKeys.session);
      return false;
    }
    return get().current?.version.id === session.versionId;
  },
  takePendingScrollOffset() {
    const offset = get().pendingScrollOffset;
    if (offset !== null) set({ pendingScrollOffset: null });
    return offset;
  },
  setSidePaneWidth(width) {
    set({ sidePaneWidth: clampSidePaneWidth(width) });
  },
  async commitSidePaneWidth() {
    await services.settings.set(workspaceSettingKeys.sidePaneWidth, get().sidePaneWidth);
  },
  async setSidePaneCollapsed(collapsed) {
    set({ sidePaneCollapsed: collapsed });
    await services.settings.set(workspaceSettingKeys.sidePaneCollapsed, collapsed);
  },
});

/** Selector: the pane's layout. */
export const selectSidePane = (state: AppState): { width: number; collapsed: boolean } => ({
  width: state.sidePaneWidth,
  collapsed: state.sidePaneCollapsed,
});
