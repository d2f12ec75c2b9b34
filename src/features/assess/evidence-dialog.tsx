import type { ReactNode } from 'react';
import type { PortfolioRecord } from '../../domain/records';
import { findKind, kindLabel } from '../../domain/evidence-kinds';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import { customerTypeLabels, type Evidence } from '../../domain/schemas';
import { DialogFrame } from '../../ui/dialog-frame';

interface EvidenceDialogProps {
  item: Evidence;
  /** The assessor's comments on the item, oldest first. */
  comments: readonly Extract<PortfolioRecord, { type: 'comment' }>[];
  attachmentNames: readonly string[];
  onClose: () => void;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="pre-line">{children}</dd>
    </div>
  );
}

/** The learner's item, read-only, over the Assess screen: closing it returns to the same place. */
export function EvidenceDialog({ item, comments, attachmentNames, onClose }: EvidenceDialogProps) {
  const kind = findKind(item.kind);
  return (
    <DialogFrame
      title={`${item.ref}: ${item.title}`}
      cancelLabel="Back to the assessment"
      onCancel={onClose}
      body={
        <div className="evidence-view">
          <dl>
            <Row label="Kind">{kindLabel(item.kind)}</Row>
            <Row label="Date">{formatDate(item.date)}</Row>
            <Row label="Customers involved">{customerTypeLabels[item.customerType]}</Row>
            {(kind?.fields ?? [])
              .filter((f) => (item.fields[f.name] ?? '') !== '')
              .map((f) => (
                <Row key={f.name} label={f.label}>
                  {item.fields[f.name]}
                </Row>
              ))}
            <Row label="Reflection">{item.reflection || 'None written.'}</Row>
            <Row label="Tags">{item.tags.length ? item.tags.join(', ') : 'None.'}</Row>
            <Row label="Attached files">{attachmentNames.length ? attachmentNames.join(', ') : 'None.'}</Row>
          </dl>
          {comments.length ? (
            <>
              <h3>Comments</h3>
              <ul>
                {comments.map((c) => (
                  <li key={c.id}>
                    <span className="pre-line">{c.text}</span> — {c.by.name}, {formatDateTime(c.at)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      }
    >
      {null}
    </DialogFrame>
  );
}
