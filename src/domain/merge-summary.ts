import type { EvidenceVersion } from './records';
import type { MergeConflict, MergeResult } from './merge';
import { plural } from './plural';
import { formatRef } from './references';
import type { AttachmentMeta } from './schemas';

type Added = MergeResult<AttachmentMeta>['added'];

/**
 * What a merge added, in words, one line per part that gained anything: what the Import page says
 * after merging a file. Empty when nothing was added.
 */
/** The records a merge added, as people count them: comments, unit sign-offs, and the rest. */
export function addedRecordKinds(added: Added): { comments: number; signOffs: number; otherRecords: number } {
  const comments = added.byRecordType.comment ?? 0;
  const signOffs = added.byRecordType['sign-off'] ?? 0;
  return { comments, signOffs, otherRecords: added.records - comments - signOffs };
}

export function mergeAddedLines(added: Added): string[] {
  const { comments, signOffs, otherRecords } = addedRecordKinds(added);
  const lines: [number, string][] = [
    [added.decisions, plural(added.decisions, 'assessor decision')],
    [comments, plural(comments, 'comment')],
    [signOffs, plural(signOffs, 'unit sign-off')],
    [added.items, plural(added.items, 'new evidence item')],
    [added.versions, plural(added.versions, 'saved version', 'saved versions') + ' of evidence'],
    [added.attachments, plural(added.attachments, 'attachment')],
    [otherRecords, plural(otherRecords, 'other record') + ' (ready marks, countersignatures, unlocks, declarations, deletions or new keys)'],
  ];
  return lines.filter(([n]) => n > 0).map(([, line]) => line);
}

/** The one-line outcome of a merge. */
export function mergeOutcome(changed: boolean, learnerName: string): string {
  return changed
    ? `The file was merged into ${learnerName}’s portfolio on this device. Nothing that was already here was lost.`
    : `Nothing changed: this device already had everything in this file for ${learnerName}’s portfolio.`;
}

/** The versions a conflict involves, newest first: the first is the one the item shows now. */
export function conflictVersions(conflict: MergeConflict): EvidenceVersion[] {
  switch (conflict.kind) {
    case 'concurrent-edits':
      return conflict.heads;
    case 'edited-after-delete':
      return [conflict.head];
    case 'different-record':
      return conflict.part === 'versions' ? [conflict.local, conflict.incoming] : [];
    case 'attachment-clash':
      return [];
  }
}

/** The reference of the item a conflict concerns (E001 …), when it concerns one. */
export function conflictRef(conflict: MergeConflict): string | undefined {
  const [version] = conflictVersions(conflict);
  return version ? formatRef(version.number) : undefined;
}

/** What a conflict is, for its heading. */
export function conflictHeading(conflict: MergeConflict): string {
  const ref = conflictRef(conflict) ?? 'An item';
  switch (conflict.kind) {
    case 'concurrent-edits':
      return `${ref} was changed on two devices. Both versions are kept; the item shows the newer one until someone keeps one of them.`;
    case 'edited-after-delete':
      return `${ref} was deleted on one device and changed on another. It is back, with the change, and both are kept: delete it again if it should go.`;
    case 'attachment-clash':
      return `Two different files came with the same attachment id (${conflict.local.name} here, ${conflict.incoming.name} in the file). Both are kept.`;
    case 'different-record':
      return `A ${conflict.part === 'decisions' ? 'decision' : conflict.part === 'versions' ? 'version' : conflict.part === 'audit' ? 'audit entry' : 'record'} in the file differs from the one with the same id here. This device's is kept; the file's is shown so nothing is lost silently.`;
  }
}

/** A stable key for a conflict in a list. */
export function conflictKey(conflict: MergeConflict): string {
  switch (conflict.kind) {
    case 'concurrent-edits':
    case 'edited-after-delete':
      return `${conflict.kind}:${conflict.evidenceId}`;
    case 'attachment-clash':
      return `${conflict.kind}:${conflict.attachmentId}`;
    case 'different-record':
      return `${conflict.kind}:${conflict.part}:${conflict.local.id}`;
  }
}
