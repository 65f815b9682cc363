/**
 * The find bar over the document (Ctrl/Cmd+F). Typing searches as you type; Enter / Shift+Enter go to
 * the next / previous match; Escape closes, clears the highlights and leaves the current match selected
 * in the document (focus back there), so the reviewer can tag or comment on it at once (T, C, S…). The
 * count comes from the find plugin's state.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { clearFind, findNext, findPluginKey, findPrevious, setFindQuery } from '../editor/plugins/find';
import { useAppStore } from '../state/store';
import { useEditorHandle, useEditorState } from './editor-handle';
import { selectDocumentRange } from '../editor/queries/dom-selection';

export function FindBar() {
  const { t } = useTranslation();
  const handle = useEditorHandle();
  const find = useEditorState((state) => findPluginKey.getState(state));
  const { open, setOpen } = useAppStore(
    useShallow((state) => ({ open: state.findOpen, setOpen: state.setFindOpen })),
  );
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) inputRef.current?.select();
  }, [open]);
  // Ctrl+F while the bar is already open focuses it again.
  useEffect(() => {
    const refocus = () => inputRef.current?.select();
    window.addEventListener('tickmark:focus-find', refocus);
    return () => window.removeEventListener('tickmark:focus-find', refocus);
  }, []);

  if (!open || !handle) return null;
  const run = (command: typeof findNext) => command(handle.view.state, handle.view.dispatch);
  const close = () => {
    const state = findPluginKey.getState(handle.view.state);
    const match = state && state.current >= 0 ? state.matches[state.current] : undefined;
    run(clearFind);
    setOpen(false);
    handle.view.dom.focus({ preventScroll: true });
    if (match) selectDocumentRange(handle.view, match.from, match.to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run(event.shiftKey ? findPrevious : findNext);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const total = find?.matches.length ?? 0;
  const status =
    find && find.query.length > 0
      ? total > 0
        ? t('find.count', { current: find.current + 1, total })
        : t('find.noMatches')
      : '';
  return (
    <div className="tm-find-bar" role="search" aria-label={t('find.label')} data-testid="find-bar">
      <input
        ref={inputRef}
        type="search"
        className="tm-find-input"
        data-testid="find-input"
        placeholder={t('find.placeholder')}
        aria-label={t('find.placeholder')}
        defaultValue={find?.query ?? ''}
        onChange={(event) => run(setFindQuery(event.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      <span className="tm-find-count" data-testid="find-count" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="tm-icon-button"
        title={t('find.previous')}
        aria-label={t('find.previous')}
        data-testid="find-previous"
        onClick={() => run(findPrevious)}
      >
        ↑
      </button>
      <button
        type="button"
        className="tm-icon-button"
        title={t('find.next')}
        aria-label={t('find.next')}
        data-testid="find-next"
        onClick={() => run(findNext)}
      >
        ↓
      </button>
      <button
        type="button"
        className="tm-icon-button"
        title={t('find.close')}
        aria-label={t('find.close')}
        data-testid="find-close"
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
