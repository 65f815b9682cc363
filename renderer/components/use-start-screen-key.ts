/**
 * Ctrl/Cmd+Shift+H goes to the start screen from a document, as main's menu accelerator does in
 * Electron (menu.ts `start-screen`); in the browser the page sees the key itself. The start screen's
 * "Continue" is focused there, so the same document is one Enter away again.
 */
import { useEffect } from 'react';
import { runAppCommand } from './use-app-commands';

export function useStartScreenKey(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.defaultPrevented)
        return;
      if (event.code !== 'KeyH') return;
      event.preventDefault();
      runAppCommand('start-screen');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
