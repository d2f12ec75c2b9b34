import { plural } from '../../domain/plural';
import type { Evidence } from '../../domain/schemas';
import { ConfirmDialog } from '../../ui/confirm-dialog';

function goesWith(mappings: number, attachments: number): string {
  const parts = [
    mappings > 0 ? plural(mappings, 'marking point mapping') : '',
    attachments > 0 ? plural(attachments, 'attachment') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'It has no marking point mappings or attachments.' : `Its ${parts.join(' and ')} will be deleted with it.`;
}

interface DeleteEvidenceDialogProps {
  open: boolean;
  item: Evidence;
  mappingCount: number;
  attachmentCount: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Names exactly what goes: the item, its mappings and its files. */
export function DeleteEvidenceDialog({ open, item, mappingCount, attachmentCount, onConfirm, onCancel }: DeleteEvidenceDialogProps) {
  return (
    <ConfirmDialog open={open} title={`Delete ${item.ref}: ${item.title}?`} confirmLabel={`Delete ${item.ref}`} cancelLabel="Keep it" danger onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        {goesWith(mappingCount, attachmentCount)} This cannot be undone, and {item.ref} will not be used again.
      </p>
    </ConfirmDialog>
  );
}
