/**
 * How the reviewer arranged the workspace, kept in the `settings` table so it survives a relaunch: the
 * side pane's width and whether it is collapsed. Setters update memory at once (the pane follows the
 * pointer while dragging) and write through; `commitSidePaneWidth` writes the width once a drag ends.
 */
import { z } from 'zod';
import type { AppState, SliceCreator } from './store';

export const workspaceSettingKeys = {
  sidePaneWidth: 'workspace.sidePaneWidth',
  sidePaneCollapsed: 'workspace.sidePaneCollapsed',
} as const;

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
  loadWorkspaceSettings(): Promise<void>;
  /** Sets the width in memory (during a drag); `commitSidePaneWidth` stores it. */
  setSidePaneWidth(width: number): void;
  commitSidePaneWidth(): Promise<void>;
  setSidePaneCollapsed(collapsed: boolean): Promise<void>;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (services) => (set, get) => ({
  sidePaneWidth: sidePaneWidthLimits.default,
  sidePaneCollapsed: false,
  async loadWorkspaceSettings() {
    const [sidePaneWidth, sidePaneCollapsed] = await Promise.all([
      services.settings.get(workspaceSettingKeys.sidePaneWidth, widthSetting, sidePaneWidthLimits.default),
      services.settings.get(workspaceSettingKeys.sidePaneCollapsed, z.boolean(), false),
    ]);
    set({ sidePaneWidth, sidePaneCollapsed });
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
