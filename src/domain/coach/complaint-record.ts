import { field, itemName, pointsByEvidence, wordList } from './item-text';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const complaintClassSource: SeedSource = {
  seedUnitId: 'EXT',
  section: 'misconceptions',
  quote: 'Failing to distinguish between an informal comment and a formal complaint, resulting in problems not being escalated or logged correctly for monitoring purposes.',
};

export const complaintStagesSource: SeedSource = {
  seedUnitId: 'EXT',
  section: 'markingPoints',
  quote: 'Look for a systematic approach to dealing with complaints: acknowledging, investigating, resolving, and recording issues in line with procedures',
};

/** The four stages the seed names, each with the complaint field that shows it. */
const STAGES = [
  { key: 'acknowledgement', stage: 'acknowledged', ask: 'how and when you acknowledged it' },
  { key: 'investigation', stage: 'investigated', ask: 'how you investigated it' },
  { key: 'resolution', stage: 'resolved', ask: 'how it was resolved' },
  { key: 'recordedIn', stage: 'recorded', ask: 'where it was recorded' },
] as const;

/** A complaint record not classed as formal or informal, or missing a stage of the procedure. */
export const checkComplaintRecord: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item): CoachFinding[] => {
    if (item.kind !== 'complaint') return [];
    const found: CoachFinding[] = [];
    const markingPointIds = points.get(item.id) ?? [];
    const classification = field(item, 'classification');
    const classed = classification === 'Formal' || classification === 'Informal';
    if (!classed) {
      found.push({
        checkId: 'complaint-record',
        severity: 'fix',
        message: `${itemName(item)} does not say whether the complaint was formal or informal. Choose one: they are handled, escalated and logged differently.`,
        evidenceIds: [item.id],
        markingPointIds,
        source: complaintClassSource,
      });
    }
    const missing = STAGES.filter((s) => field(item, s.key) === '');
    if (missing.length > 0) {
      found.push({
        checkId: 'complaint-record',
        // An informal comment may rightly need no investigation, so there it is a prompt, not a fault.
        severity: classification === 'Informal' ? 'consider' : 'fix',
        message: `${itemName(item)} does not show the complaint was ${wordList(missing.map((s) => s.stage), 'or')}. Add ${wordList(missing.map((s) => s.ask), 'and')}.`,
        evidenceIds: [item.id],
        markingPointIds,
        source: complaintStagesSource,
      });
    }
    return found;
  });
};
