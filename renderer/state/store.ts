/**
 * The one bound Zustand store, composed from slices (zustand `slices-pattern.md`). A feature adds its
 * slice in three places here, one line each: the `AppState` type, the import, and the spread in
 * `createAppStore`. Slices receive `AppServices` (db, repositories, bridge, clock) so tests build a store
 * over fake-indexeddb and read it with `getState()`, without React.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppServices } from './services';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createAnnotationsSlice, type AnnotationsSlice } from './annotations-slice';
import { createAnnotationHistorySlice, type AnnotationHistorySlice } from './annotation-history-slice';
import { createFiguresSlice, type FiguresSlice } from './figures-slice';
import { createReviewIoSlice, type ReviewIoSlice } from './review-io-slice';
import { createCarrySlice, type CarrySlice } from './carry-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createBackupSlice, type BackupSlice } from './backup-slice';

/** The whole renderer state: the intersection of every slice. */
export type AppState = DocumentsSlice &
  SettingsSlice &
  UiSlice &
  AnnotationsSlice &
  AnnotationHistorySlice &
  FiguresSlice &
  ReviewIoSlice &
  CarrySlice &
  WorkspaceSlice &
  DraftsSlice &
  BackupSlice;

/** `StateCreator` for one slice of `AppState`, given the services. */
export type SliceCreator<T> = (
  services: AppServices,
) => (set: StoreApi<AppState>['setState'], get: StoreApi<AppState>['getState'], api: StoreApi<AppState>) => T;

/** Builds a store over `services` (tests build one per test). */
export function createAppStore(services: AppServices): UseBoundStore<StoreApi<AppState>> {
  return create<AppState>()((set, get, api) => ({
    ...createDocumentsSlice(services)(set, get, api),
    ...createSettingsSlice(services)(set, get, api),
    ...createUiSlice(services)(set, get, api),
    ...createAnnotationsSlice(services)(set, get, api),
    ...createAnnotationHistorySlice(services)(set, get, api),
    ...createFiguresSlice(services)(set, get, api),
    ...createReviewIoSlice(services)(set, get, api),
    ...createCarrySlice(services)(set, get, api),
    ...createWorkspaceSlice(services)(set, get, api),
    ...createDraftsSlice(services)(set, get, api),
    ...createBackupSlice(services)(set, get, api),
  }));
}

let bound: UseBoundStore<StoreApi<AppState>> | null = null;

/** Creates the app's store once at start-up (main.tsx). */
export function initAppStore(services: AppServices): UseBoundStore<StoreApi<AppState>> {
  bound = createAppStore(services);
  return bound;
}

/** The app's bound store; throws if `initAppStore` has not run (a start-up ordering bug). */
export function getAppStore(): UseBoundStore<StoreApi<AppState>> {
  if (!bound) throw new Error('The app store is used before initAppStore() ran in main.tsx');
  return bound;
}

/** React hook: subscribe to a slice of the state (wrap object results in `useShallow`). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return getAppStore()(selector);
}
