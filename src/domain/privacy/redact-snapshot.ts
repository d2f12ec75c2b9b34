import type { AttachmentMeta } from '../schemas';
import { choiceKey } from './choice-key';
import { findPersonalData, type PersonalDataOptions } from './find-personal-data';
import type { PersonalDataFinding } from './personal-data-finding';
import { redactText } from './redact-text';
import { mapSnapshotTexts, type TextPlace, type TextSnapshot } from './snapshot-texts';

/** Whether to mask one finding: the learner's choice in the app, always in the command line's --redact. */
export type RedactionChoice = (finding: PersonalDataFinding, place: TextPlace) => boolean;

export interface RedactedSnapshot<A extends AttachmentMeta> {
  snapshot: TextSnapshot<A>;
  /** How many distinct pieces of personal data were masked (one email in three places is one). */
  masked: number;
  /** How many times a mask was put in, counting each place, in every version. */
  masks: number;
  /** True when anything at all was masked: the copy is then a redacted one. */
  redacted: boolean;
}

/**
 * A copy of the portfolio with a mask ("[email removed]") in place of every finding `choose` picks,
 * everywhere text is carried (see mapSnapshotTexts); the snapshot given is not changed, so the stored
 * evidence stays as written. Each version whose content or rationales changed is marked `redacted`
 * and keeps its stored `contentHash` and `pointHashes`, so that a decision made on the copy binds to
 * the stored version it was made from (the .folio decoder does not recompute a redacted version's
 * hashes; see docs/portfolio-file.md, "Redacted copies").
 */
export function redactSnapshot<A extends AttachmentMeta>(
  snapshot: TextSnapshot<A>,
  choose: RedactionChoice,
  options: PersonalDataOptions = {},
): RedactedSnapshot<A> {
  let masks = 0;
  const values = new Set<string>();
  const out = mapSnapshotTexts(snapshot, (text, place) => {
    const chosen = findPersonalData(text, options).filter((finding) => choose(finding, place));
    if (chosen.length === 0) return text;
    masks += chosen.length;
    for (const finding of chosen) values.add(choiceKey(finding));
    return redactText(text, chosen);
  });
  const before = new Map(snapshot.versions.map((v) => [v.id, v]));
  const versions = out.versions.map((v) => {
    const was = before.get(v.id);
    const changed = was !== undefined && JSON.stringify([was.content, was.mappings]) !== JSON.stringify([v.content, v.mappings]);
    return changed ? { ...v, redacted: true as const } : v;
  });
  return { snapshot: { ...out, versions }, masked: values.size, masks, redacted: masks > 0 };
}
