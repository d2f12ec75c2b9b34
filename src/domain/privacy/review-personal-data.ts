import type { AttachmentMeta } from '../schemas';
import { choiceKey } from './choice-key';
import { findPersonalData, type PersonalDataOptions } from './find-personal-data';
import { describeFinding, type PersonalDataFinding } from './personal-data-finding';
import { mapSnapshotTexts, type TextSnapshot } from './snapshot-texts';

/** One value found in one item (or outside any item), with every place it is in there. */
export interface ReviewFinding {
  /** What the learner's choice is remembered by (choiceKey). */
  key: string;
  /** The first occurrence, for the words: describeFinding(finding). */
  finding: PersonalDataFinding;
  /** Where it is in the item's current content, in the screen's words ("The situation", "the title"). */
  places: string[];
  /** True when it is (also) in an older saved version, which the portfolio file carries too. */
  inOlderVersions: boolean;
}

export interface ReviewGroup {
  /** Absent for text outside any item: the audit trail, the portfolio's own lists, feedback. */
  evidenceId?: string;
  ref?: string;
  title?: string;
  findings: ReviewFinding[];
}

/** "an email address (j.smith@example.com) in The situation and the reflection" */
export function reviewFindingText(found: ReviewFinding): string {
  const where = found.places.length > 0 ? ` in ${joinWords(found.places)}` : '';
  const older = found.inOlderVersions ? (found.places.length > 0 ? ', and in an older version' : ' in an older version') : '';
  return `${describeFinding(found.finding)}${where}${older}`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * What the privacy review before an export lists: every piece of personal data in everything the
 * export would carry (the same walk the redaction masks), grouped by item in reference order, then
 * what is outside any item; within a group, one entry per value.
 */
export function reviewPersonalData<A extends AttachmentMeta>(snapshot: TextSnapshot<A>, options: PersonalDataOptions = {}): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  const outside = '';
  const items = new Map(snapshot.evidence.map((e) => [e.id, e]));
  mapSnapshotTexts(snapshot, (text, place) => {
    for (const finding of findPersonalData(text, options)) {
      const item = place.evidenceId === undefined ? undefined : items.get(place.evidenceId);
      const groupKey = item?.id ?? outside;
      let group = groups.get(groupKey);
      if (!group) {
        group = item ? { evidenceId: item.id, ref: item.ref, title: item.title, findings: [] } : { findings: [] };
        groups.set(groupKey, group);
      }
      const key = choiceKey(finding);
      let entry = group.findings.find((f) => f.key === key);
      if (!entry) {
        entry = { key, finding, places: [], inOlderVersions: false };
        group.findings.push(entry);
      }
      if (place.current || !item) {
        if (!entry.places.includes(place.where)) entry.places.push(place.where);
      } else {
        entry.inOlderVersions = true;
      }
    }
    return text;
  });
  const order = (g: ReviewGroup) => (g.evidenceId === undefined ? Number.MAX_SAFE_INTEGER : (items.get(g.evidenceId)?.number ?? Number.MAX_SAFE_INTEGER - 1));
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** Every distinct value the review lists (a value in two items is one choice). */
export function reviewKeys(groups: readonly ReviewGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.findings.map((f) => f.key)))];
}
