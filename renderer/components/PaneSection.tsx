/**
 * A form shown in the side pane beside the document rather than over it (Word's and Acrobat's comment
 * panes): the text stays visible while the reviewer writes. It behaves like a dialog for the keyboard —
 * focus moves into it when it opens and goes back where it came from when it closes, Escape closes it,
 * Ctrl/Cmd+Enter runs the primary action — but it does not block the rest of the window.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { isSubmitKey } from './Dialog';

export interface PaneSectionProps {
  title: string;
  testId: string;
  /** Escape or the close button. */
  onCancel(): void;
  /** Ctrl/Cmd+Enter anywhere in the section. */
  onSubmit?(): void;
  children: ReactNode;
}

export function PaneSection({ title, testId, onCancel, onSubmit, children }: PaneSectionProps) {
  const ref = useRef<HTMLElement>(null);
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;
  // When focus fell to the page body (the focused control was removed or disabled), Escape still closes
  // the section: the reviewer sees it open and expects Escape to close it.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      if (active && active !== document.body) return;
      event.preventDefault();
      cancelRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const section = ref.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Fields with autoFocus already took focus; otherwise the section itself takes it.
    if (section && !section.contains(document.activeElement)) section.focus({ preventScroll: true });
    return () => {
      const hadFocus = section?.contains(document.activeElement) ?? false;
      queueMicrotask(() => {
        const now = document.activeElement;
        if (!returnTo?.isConnected) return;
        if (hadFocus || !now || now === document.body) returnTo.focus({ preventScroll: true });
      });
    };
  }, []);
  return (
    <section
      ref={ref}
      className="tm-pane-section"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (onSubmit && isSubmitKey(event)) {
          event.preventDefault();
          event.stopPropagation();
          onSubmit();
        }
      }}
    >
      <h2 id={`${testId}-title`} className="tm-pane-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
