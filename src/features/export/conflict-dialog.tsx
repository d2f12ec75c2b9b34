import { useId } from 'react';
import { useDraftsOf, type DraftSummary } from '../../db';
import { formatDateTime } from '../../domain/readable-dates';
import type { Portfolio } from '../../domain/schemas';
import { shortForMessage } from '../../domain/short-for-message';
import { DialogFrame } from '../../ui/dialog-frame';
import { plural } from '../../domain/plural';

function draftLabel(draft: DraftSummary): string {
  const title = draft.title ? `“${shortForMessage(draft.title)}”` : 'untitled';
  if (draft.ref) return `${draft.ref} ${title}: changes made on ${formatDateTime(draft.savedAt)}, never saved`;
  if (draft.evidenceId) return `${title}, an item no longer on this device: changes made on ${formatDateTime(draft.savedAt)}`;
  return `A new item, ${title}: started on ${formatDateTime(draft.savedAt)}, never saved`;
}

/**
 * Replacing deletes the device copy's drafts with everything else it owns (their items may not exist
 * in the file's copy, and a draft restored over the file's newer version would undo it): say so, by name.
 */
function DraftsWarning({ portfolioId }: { portfolioId: string }) {
  const drafts = useDraftsOf(portfolioId);
  const titleId = useId();
  if (!drafts || drafts.length === 0) return null;
  return (
    <div className="notice notice--warn">
      <p id={titleId}>
        Replacing also deletes {drafts.length === 1 ? 'the unsaved changes' : `${drafts.length} sets of unsaved changes`} on this device:
      </p>
      <ul aria-labelledby={titleId}>
        {drafts.map((d) => (
          <li key={d.id}>{draftLabel(d)}</li>
        ))}
      </ul>
      <p>To keep them, choose Keep both, or Cancel, then open each one and save it before you import.</p>
    </div>
  );
}

/** Keep both gives the file's records new ids, which a signature does not survive: said before it is chosen. */
export const KEEP_BOTH_SIGNED_NOTE =
  'This file holds signed decisions or records. A separate copy needs new ids for them, which their signatures do not survive: in the copy they show as unsigned, and no decision in it counts as met. Merging keeps them signed.';

interface ConflictDialogProps {
  existing: Portfolio;
  incoming: Portfolio;
  evidenceInFile: number;
  /** Why Replace is refused (records this device never sent), if it is. */
  replaceRefused?: string;
  /** What Keep both costs, when it costs something (the file's signed records lose their signatures in the copy). */
  keepBothNote?: string;
  onReplace: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}

/**
 * The file holds a portfolio this device already has, and the person chose not to merge it: replace
 * or keep both, none of them silent. Replace is left out, with the reason, when it is refused; what
 * Keep both costs a signed file is said before it is chosen. Cancel,
 * the safe one, is where focus starts and what Escape does.
 */
export function ConflictDialog({ existing, incoming, evidenceInFile, replaceRefused, keepBothNote, onReplace, onKeepBoth, onCancel }: ConflictDialogProps) {
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
            The file holds {plural(evidenceInFile, 'evidence item')}.
          </p>
          <p>
            Instead of merging, you can replace the one on this device with the file’s copy (what is on this device now is deleted),
            or keep both as separate portfolios.
          </p>
          {replaceRefused ? <p className="notice notice--warn">You cannot replace it now. {replaceRefused}</p> : <DraftsWarning portfolioId={existing.id} />}
          {keepBothNote ? <p className="notice notice--warn">If you keep both: {keepBothNote}</p> : null}
        </>
      }
      cancelLabel="Cancel"
      onCancel={onCancel}
    >
      <button type="button" className="button button--secondary" onClick={onKeepBoth}>
        Keep both
      </button>
      {replaceRefused ? null : (
        <button type="button" className="button button--danger" onClick={onReplace}>
          Replace the one on this device
        </button>
      )}
    </DialogFrame>
  );
}
