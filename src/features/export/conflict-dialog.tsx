import { formatDateTime } from '../../domain/format';
import type { Portfolio } from '../../domain/schemas';
import { DialogFrame } from '../../ui/dialog-frame';

interface ConflictDialogProps {
  existing: Portfolio;
  incoming: Portfolio;
  evidenceInFile: number;
  onReplace: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}

/**
 * The file holds a portfolio this device already has. Three ways on, none of them silent;
 * Cancel, the safe one, is where focus starts and what Escape does.
 */
export function ConflictDialog({ existing, incoming, evidenceInFile, onReplace, onKeepBoth, onCancel }: ConflictDialogProps) {
  return (
    <DialogFrame
      title="This portfolio is already on this device"
      body={
        <>
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
        </>
      }
      cancelLabel="Cancel"
      onCancel={onCancel}
    >
      <button type="button" className="button button--secondary" onClick={onKeepBoth}>
        Keep both
      </button>
      <button type="button" className="button button--danger" onClick={onReplace}>
        Replace the one on this device
      </button>
    </DialogFrame>
  );
}
