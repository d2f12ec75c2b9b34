import type { PortfolioRecord } from '../records';
import type { Decision, Person } from '../schemas';
import { formatDate } from '../readable-dates';
import { shortForMessage } from '../short-for-message';

/** A decision or a portfolio record: everything that may carry a signature. */
export type SignableRecord = Decision | PortfolioRecord;

/** Who a record says made it: a decision's assessor, or a record's `by`. */
export function recordSigner(record: SignableRecord): Person {
  return 'assessor' in record ? record.assessor : record.by;
}

/** When a record says it was made (the signer's clock: nothing proves it). */
export function recordTime(record: SignableRecord): string {
  return 'assessor' in record ? record.decidedAt : record.at;
}

function what(record: SignableRecord, refOf: (evidenceId: string) => string): string {
  if ('assessor' in record) return `the decision on ${shortForMessage(record.markingPointId, 20)}`;
  switch (record.type) {
    case 'ready':
      return `the ready mark on unit ${shortForMessage(record.unitId, 20)}`;
    case 'comment':
      return `the comment on ${refOf(record.evidenceId)}`;
    case 'sign-off':
      return `the sign-off of unit ${shortForMessage(record.unitId, 20)}`;
    case 'countersign':
      return 'the countersignature';
    case 'unlock':
      return `the unlock of ${refOf(record.evidenceId)}`;
    case 'declaration':
      return 'the declaration of authenticity';
    case 'key-change':
      return 'the announcement of a new key';
    case 'tombstone':
      return `the deletion of ${refOf(record.evidenceId)}`;
    case 'coach-dismissal':
      return `the dismissal of a coach finding on ${refOf(record.evidenceId)}`;
    case 'iqa':
      return `the quality assurer’s outcome on ${shortForMessage(record.markingPointId, 20)}`;
  }
}

/**
 * A record as a message names it: "the decision on EXT-3 by Morgan Ellis, 12 November 2026". `refs`
 * turns evidence ids into references (E004) where the caller knows them.
 */
export function recordLabel(record: SignableRecord, refs: ReadonlyMap<string, string> = new Map()): string {
  const refOf = (evidenceId: string) => refs.get(evidenceId) ?? `item ${shortForMessage(evidenceId, 40)}`;
  return `${what(record, refOf)} by ${shortForMessage(recordSigner(record).name, 60)}, ${formatDate(recordTime(record))}`;
}
