import type { ReactNode } from 'react';
import { DialogFrame } from './dialog-frame';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Marks the confirm button as destructive. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes-or-no question in a modal dialog: the safe choice first, then the one that acts. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Cancel', danger, onConfirm, onCancel }: ConfirmDialogProps) {
  if (!open) return null;
  return (
    <DialogFrame title={title} body={children} cancelLabel={cancelLabel} onCancel={onCancel}>
      <button type="button" className={danger ? 'button button--danger' : 'button'} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </DialogFrame>
  );
}
