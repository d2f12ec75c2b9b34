import type { PortfolioRecord } from '../../domain/records';
import type { Evidence } from '../../domain/schemas';
import { CommentList } from '../../ui/comment-list';
import { DialogFrame } from '../../ui/dialog-frame';
import { EvidenceDetails } from '../../ui/evidence-details';

interface EvidenceDialogProps {
  item: Evidence;
  /** The assessor's comments on the item, oldest first. */
  comments: readonly Extract<PortfolioRecord, { type: 'comment' }>[];
  attachmentNames: readonly string[];
  /** The portfolio's items, to name the KPI rows this item links. */
  portfolioEvidence?: readonly Evidence[];
  onClose: () => void;
}

/** The learner's item, read-only, over the Assess screen: closing it returns to the same place. */
export function EvidenceDialog({ item, comments, attachmentNames, portfolioEvidence, onClose }: EvidenceDialogProps) {
  return (
    <DialogFrame
      title={`${item.ref}: ${item.title}`}
      cancelLabel="Back to the assessment"
      onCancel={onClose}
      body={
        <div className="evidence-view">
          <EvidenceDetails item={item} attachmentNames={attachmentNames} portfolioEvidence={portfolioEvidence} />
          <CommentList comments={comments} label={`Comments on ${item.ref}`} />
        </div>
      }
    >
      {null}
    </DialogFrame>
  );
}
