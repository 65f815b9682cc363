/**
 * App-wide commands from the keyboard (Ctrl/Cmd+O, F, =, -, 0) and from main's menu. In Electron the
 * menu's accelerators take these keys before the page sees them and arrive as menu commands; in the
 * browser (e2e) the keydown handler does the same work, so both paths run the same actions.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { getBridge } from '../platform/bridge';
import { useExportPdfStore } from '../state/export-pdf-store';
import { getAppStore } from '../state/store';

/** Runs one command against the store. */
export function runAppCommand(command: MenuCommand): void {
  const state = getAppStore().getState();
  switch (command) {
    case 'open':
      void state.openWithDialog();
      return;
    case 'find':
      if (!state.current) return;
      state.setFindOpen(true);
      window.dispatchEvent(new Event('tickmark:focus-find'));
      return;
    case 'zoom-in':
      void state.stepZoom(1);
      return;
    case 'zoom-out':
      void state.stepZoom(-1);
      return;
    case 'zoom-reset':
      void state.stepZoom(0);
      return;
    case 'settings':
      state.setSettingsOpen(true);
      return;
    case 'start-screen':
      state.closeDocument();
      return;
    case 'export-web-annotations':
      void state.exportWebAnnotations();
      return;
    case 'import-web-annotations':
      void state.importWebAnnotations();
      return;
    case 'export-figure-ledger':
      void state.exportFigureLedger();
      return;
    case 'export-pdf':
      if (state.current) useExportPdfStore.getState().setOpen(true);
      return;
    case 'back-up-review':
      void state.backUpReview();
      return;
    case 'restore-backup':
      void state.restoreBackup();
      return;
  }
}

const shortcuts: Record<string, MenuCommand> = {
  o: 'open',
  f: 'find',
  '=': 'zoom-in',
  '+': 'zoom-in',
  '-': 'zoom-out',
  '0': 'zoom-reset',
  ',': 'settings',
  e: 'export-pdf',
};

/** Installs the keyboard shortcuts and the menu-command listener for the app's lifetime. */
export function useAppCommands(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const command = shortcuts[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      runAppCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getBridge().onDidRequestCommand(runAppCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
