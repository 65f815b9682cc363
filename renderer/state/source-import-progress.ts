/**
 * The one call the figures slices make to show a source import's progress: kept apart so those slices
 * do not import the progress store (and, through it, the bridge) themselves.
 */
import { useImportProgressStore } from './import-progress-store';

/** Runs `call` (a bridge call that imports a source) with the import progress bar and Cancel up. */
export const trackSourceImport = <T>(fileName: string | null, call: () => Promise<T>): Promise<T> =>
  useImportProgressStore.getState().trackSourceImport(fileName, call);
