import { ConfirmDialog } from '../../ui/confirm-dialog';

/** Asked when the learner navigates away from unsaved changes; the draft is kept either way. */
export function LeaveDialog({ open, isNew, onLeave, onStay }: { open: boolean; isNew: boolean; onLeave: () => void; onStay: () => void }) {
  return (
    <ConfirmDialog open={open} title="Leave without saving?" confirmLabel="Leave without saving" cancelLabel="Stay on this page" onConfirm={onLeave} onCancel={onStay}>
      <p>
        Your changes have not been saved to the {isNew ? 'portfolio' : 'item'}. They are kept as a draft on this device either way, and you can restore them the next
        time you open {isNew ? '“Add evidence”' : 'this item'}.
      </p>
    </ConfirmDialog>
  );
}
