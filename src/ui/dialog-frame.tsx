import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface DialogFrameProps {
  title: string;
  /** What the question is about; the dialog is described by it. */
  body?: ReactNode;
  /** The safe choice: it comes first, has focus when the dialog opens, and is what Escape does. */
  cancelLabel: string;
  onCancel: () => void;
  /** The other choices, after the safe one. */
  children: ReactNode;
}

/**
 * A modal question, shown while mounted. Focus moves to the safe choice, Tab stays inside, Escape
 * cancels, and focus returns to where it was when the dialog goes.
 */
export function DialogFrame({ title, body, cancelLabel, onCancel, children }: DialogFrameProps) {
  const titleId = useId();
  const bodyId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusables = boxRef.current?.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])');
    if (!focusables || focusables.length === 0) return;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={boxRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={body ? bodyId : undefined}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {body ? <div id={bodyId}>{body}</div> : null}
        <div className="dialog__actions">
          <button type="button" ref={cancelRef} className="button button--secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
          {children}
        </div>
      </div>
    </div>
  );
}
