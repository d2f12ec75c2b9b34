import { allText, field, itemName, pointsByEvidence, wordList } from './item-text';
import { namesInformation, namesRole } from './text-measures';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const referralDetailsSource: SeedSource = {
  seedUnitId: 'PRN',
  section: 'examTips',
  quote: 'When discussing referral procedures, be specific: name typical roles (e.g., supervisor, specialist department) and the information you would pass on (e.g., customer details, issue summary).',
};

/** Marking points that are about referring or escalating (their text says so). */
const REFERRAL_POINT = /\breferral\b|\bescalation process\b/i;

/**
 * A referral or escalation that names no role or no information passed on. An item describes one when
 * it is a complaint with its escalation field filled in, or when it is mapped to a referral point.
 */
export const checkReferralDetails: CoachCheck = ({ catalogue, evidence, mappings }) => {
  const referralPoints = new Set(catalogue.units.flatMap((u) => u.markingPoints.filter((mp) => REFERRAL_POINT.test(mp.text)).map((mp) => mp.id)));
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item): CoachFinding[] => {
    const mapped = points.get(item.id) ?? [];
    const referralMapped = mapped.filter((id) => referralPoints.has(id));
    const escalation = item.kind === 'complaint' ? field(item, 'escalation') : '';
    if (escalation === '' && referralMapped.length === 0) return [];
    // The escalation field is where a complaint records it; an item mapped to a referral point may say it anywhere.
    const text = escalation === '' ? allText(item) : escalation;
    const missing = [namesRole(text) ? '' : 'who you referred it to (their role)', namesInformation(text) ? '' : 'what information you passed on'].filter(Boolean);
    if (missing.length === 0) return [];
    return [
      {
        checkId: 'referral-details',
        severity: 'fix',
        message: `${itemName(item)} describes a referral or escalation but does not say ${wordList(missing, 'or')}. Name the role (for example supervisor or specialist team) and the details you gave them (for example customer details and a summary of the issue).`,
        evidenceIds: [item.id],
        markingPointIds: referralMapped.length > 0 ? referralMapped : mapped,
        source: referralDetailsSource,
      },
    ];
  });
};
