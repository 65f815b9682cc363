/**
 * Drag-and-drop onto the window: shows an overlay while files are dragged over, reads a dropped file's
 * bytes and hands them to main to import. A file over the size limit is refused here, before its bytes
 * are read into memory and sent across the bridge.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImportBytes } from '../../shared/ipc/schemas';
import { getAppStore } from '../state/store';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
// Rounded up, so a file just over the limit never reads as "50 MB, over the 50 MB limit".
const toMb = (bytes: number): number => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

/** Imports the dropped files one after another. */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const state = getAppStore().getState();
  for (const file of files) {
    if (file.size > maxImportBytes) {
      state.reportError(
        {
          code: 'too-large',
          detail: { fileName: file.name, sizeMb: toMb(file.size), limitMb: toMb(maxImportBytes) },
        },
        file.name,
      );
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      state.reportError({ code: 'unreadable' }, file.name);
      continue;
    }
    await state.importDropped({ name: file.name, bytes });
  }
}

export function DropZone() {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!hasFiles(event)) return;
      event.preventDefault();
      void importDroppedFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="tm-drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p>{t('import.dropOverlay')}</p>
    </div>
  );
}
