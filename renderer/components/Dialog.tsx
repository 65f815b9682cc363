/**
 * A modal dialog on the native <dialog> element (focus trap, Escape, inert background for free). Focus
 * goes back to where it was when the dialog opened (the document, a card, a button), not to the page
 * body; Ctrl/Cmd+Enter runs `onSubmit` from any field, as in every review tool.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  testId: string;
  /** Escape or a click on the backdrop. */
  onCancel(): void;
  /** Ctrl/Cmd+Enter anywhere in the dialog (the primary action: save, send). */
  onSubmit?(): void;
  children: ReactNode;
}

/** True for Ctrl+Enter (Cmd+Enter on macOS) outside an input method composition. */
export const isSubmitKey = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  nativeEvent?: { isComposing?: boolean };
}): boolean => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent?.isComposing;

export function Dialog({ title, testId, onCancel, onSubmit, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // After React removed the dialog: give focus back unless something else took it meanwhile.
      queueMicrotask(() => {
        const now = document.activeElement;
        if (returnTo?.isConnected && (!now || now === document.body)) returnTo.focus({ preventScroll: true });
      });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="tm-dialog"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        if (!onSubmit || !isSubmitKey(event)) return;
        event.preventDefault();
        event.stopPropagation();
        onSubmit();
      }}
    >
      <h2 id={`${testId}-title`} className="tm-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
