import { allText, itemName, pointsByEvidence, wordList } from './item-text';
import { referencesPolicy } from './text-measures';
import type { Evidence } from '../schemas';
import type { CoachCheck, SeedSource } from './types';

export const policyReferenceSource: SeedSource = {
  seedUnitId: 'DEL',
  section: 'examTips',
  quote: 'always name the specific organisational policies or industry regulations you followed',
};

/** True when the item names legislation or a policy in its own fields for them (format 4). */
function tagsLegislationOrPolicy(item: Evidence): boolean {
  return [...(item.legislation ?? []), ...(item.policies ?? [])].some((entry) => entry.trim() !== '');
}

/**
 * No organisational standard, policy or legislation referenced where a mapped point asks for one: the
 * item's Legislation and Policies fields count, and so do a free-text tag or a mention in the text, as before.
 */
export const checkPolicyReference: CoachCheck = ({ catalogue, evidence, mappings }) => {
  const needing = new Set(catalogue.units.flatMap((u) => u.markingPoints.filter((mp) => mp.needsPolicyReference).map((mp) => mp.id)));
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) => {
    const asking = (points.get(item.id) ?? []).filter((id) => needing.has(id));
    if (asking.length === 0) return [];
    if (tagsLegislationOrPolicy(item) || item.tags.some((t) => t.trim() !== '') || referencesPolicy(allText(item))) return [];
    return [
      {
        checkId: 'policy-reference',
        severity: 'fix',
        message: `${itemName(item)} is mapped to ${wordList(asking, 'and')}, which ${asking.length === 1 ? 'asks' : 'ask'} you to name the organisational standard, policy or legislation you followed, and it names none. Add it under Legislation or Organisational standards and policies (tick one or type your own), and say in the text how you applied it.`,
        evidenceIds: [item.id],
        markingPointIds: asking,
        source: policyReferenceSource,
      },
    ];
  });
};
