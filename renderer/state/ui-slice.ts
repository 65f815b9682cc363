/**
 * UI state that is not data: error notices, the open side-panel tab, and which overlays are shown.
 * Notices carry codes and values, never text; components translate them (user-facing text is separate
 * from error messages).
 */
import type { AppError, ErrorCode } from '../../shared/result';
import type { StorageFailureKind } from '../db/storage-errors';
import type { AppState, SliceCreator } from './store';

/** One dismissible error notice. */
export interface AppNotice {
  id: string;
  code: ErrorCode | StorageFailureKind;
  /** The file concerned, when known (interpolated into the message). */
  fileName: string | null;
  detail?: AppError['detail'];
}

export interface UiSlice {
  notices: AppNotice[];
  /** Id of the side-panel tab shown (see components/extensions.ts). */
  sidePanelTab: string;
  settingsOpen: boolean;
  findOpen: boolean;
  /** Adds a notice for an expected failure; `cancelled` is not a failure and adds nothing. */
  reportError(
    error: Pick<AppError, 'code' | 'detail'> | { code: StorageFailureKind },
    fileName?: string | null,
  ): void;
  dismissNotice(id: string): void;
  setSidePanelTab(id: string): void;
  setSettingsOpen(open: boolean): void;
  setFindOpen(open: boolean): void;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  notices: [],
  sidePanelTab: 'outline',
  settingsOpen: false,
  findOpen: false,
  reportError(error, fileName = null) {
    if (error.code === 'cancelled') return;
    const detail = 'detail' in error ? error.detail : undefined;
    const notice: AppNotice = {
      id: crypto.randomUUID(),
      code: error.code,
      fileName,
      ...(detail ? { detail } : {}),
    };
    set((state) => ({ notices: [...state.notices, notice] }));
  },
  dismissNotice(id) {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
  setSidePanelTab(id) {
    set({ sidePanelTab: id });
  },
  setSettingsOpen(open) {
    set({ settingsOpen: open });
  },
  setFindOpen(open) {
    set({ findOpen: open });
  },
});

/** Selector: the notices, oldest first. */
export const selectNotices = (state: AppState): AppNotice[] => state.notices;
