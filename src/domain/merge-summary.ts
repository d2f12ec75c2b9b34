import type { MergeConflict, MergeCounts } from './merge';
import { plural } from './plural';

/**
 * What a merge added, in words, one line per part that gained anything: what the Import page says
 * after merging a file. Empty when nothing was added.
 */
export function mergeAddedLines(added: MergeCounts): string[] {
  const lines: [number, string][] = [
    [added.decisions, plural(added.decisions, 'assessor decision')],
    [added.comments, plural(added.comments, 'comment')],
    [added.signOffs, plural(added.signOffs, 'unit sign-off')],
    [added.items, plural(added.items, 'new evidence item')],
    [added.versions, plural(added.versions, 'saved version', 'saved versions') + ' of evidence'],
    [added.attachments, plural(added.attachments, 'attachment')],
    [added.otherRecords, plural(added.otherRecords, 'other record') + ' (ready marks, countersignatures, unlocks, declarations, deletions or new keys)'],
  ];
  return lines.filter(([n]) => n > 0).map(([, line]) => line);
}

/** The one-line outcome of a merge. */
export function mergeOutcome(changed: boolean, learnerName: string): string {
  return changed
    ? `The file was merged into ${learnerName}’s portfolio on this device. Nothing that was already here was lost.`
    : `Nothing changed: this device already had everything in this file for ${learnerName}’s portfolio.`;
}

/** What a conflict is, for its heading. */
export function conflictHeading(conflict: MergeConflict): string {
  return conflict.kind === 'edited-on-two-devices'
    ? `${conflict.ref} was changed on two devices. Both versions are kept; the item shows the newer one until someone keeps one of them.`
    : `${conflict.ref} was deleted on one device and changed on another. It is back, with the change, and both are kept: delete it again if it should go.`;
}
