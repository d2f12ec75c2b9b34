import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { formatDateTime } from '../../domain/format';
import type { Portfolio } from '../../domain/schemas';

interface ConflictDialogProps {
  existing: Portfolio;
  incoming: Portfolio;
  evidenceInFile: number;
  onReplace: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}

/**
 * The file holds a portfolio this device already has. Three ways on, none of them silent: focus
 * starts on Cancel, Tab stays inside, Escape cancels, and focus returns where it was.
 */
export function ConflictDialog({ existing, incoming, evidenceInFile, onReplace, onKeepBoth, onCancel }: ConflictDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancel.current?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = Array.from(box.current?.querySelectorAll('button') ?? []);
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
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
      <div ref={box} className="dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>This portfolio is already on this device</h2>
        <div id={bodyId}>
          <p>
            {existing.learnerName}’s portfolio on this device was last changed on {formatDateTime(existing.updatedAt)}.{' '}
            {incoming.updatedAt === existing.updatedAt
              ? 'The file’s copy was last changed at the same time, so the two are probably the same.'
              : `The file’s copy${incoming.learnerName !== existing.learnerName ? ` (for ${incoming.learnerName})` : ''} was last changed on ${formatDateTime(incoming.updatedAt)}.`}{' '}
            The file holds {evidenceInFile === 1 ? '1 evidence item' : `${evidenceInFile} evidence items`}.
          </p>
          <p>
            Replace the one on this device with the file’s copy (what is on this device now is deleted), or keep both as separate
            portfolios.
          </p>
        </div>
        <div className="dialog__actions">
          <button type="button" ref={cancel} className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--secondary" onClick={onKeepBoth}>
            Keep both
          </button>
          <button type="button" className="button button--danger" onClick={onReplace}>
            Replace the one on this device
          </button>
        </div>
      </div>
    </div>
  );
}
