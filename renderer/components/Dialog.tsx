/** A modal dialog on the native <dialog> element (focus trap, Escape, inert background for free). */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  testId: string;
  /** Escape or a click on the backdrop. */
  onCancel(): void;
  children: ReactNode;
}

export function Dialog({ title, testId, onCancel, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
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
    >
      <h2 id={`${testId}-title`} className="tm-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
