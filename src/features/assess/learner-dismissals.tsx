import { useMemo } from 'react';
import { catalogue } from '../../catalogue';
import { coachChecks, runCoach } from '../../domain/coach/run-coach';
import { currentDismissals } from '../../domain/coach/dismissals';
import type { PortfolioRecord } from '../../domain/records';
import type { Evidence, Mapping } from '../../domain/schemas';

/**
 * The coach's findings the learner dismissed on one item, for the assessor to weigh: "The learner
 * dismissed: <message> — <reason>". A finding that no longer fires (the item was fixed since) is named
 * by its check, so no dismissal is hidden from the assessor.
 */
export function LearnerDismissals({ item, mappings, records }: { item: Evidence; mappings: readonly Mapping[]; records: readonly PortfolioRecord[] }) {
  const notes = useMemo(() => {
    const mine = [...currentDismissals(records).values()].filter((d) => d.evidenceId === item.id);
    if (mine.length === 0) return [];
    const findings = runCoach({ catalogue, evidence: [item], mappings: mappings.filter((m) => m.evidenceId === item.id) });
    return mine.map((d) => ({
      id: d.id,
      reason: d.reason,
      what: findings.find((f) => f.checkId === d.checkId)?.message ?? `${coachChecks.find((c) => c.id === d.checkId)?.title ?? d.checkId} (no longer found on this item)`,
    }));
  }, [item, mappings, records]);
  if (notes.length === 0) return null;
  return (
    <ul className="learner-dismissals" aria-label={`Coach findings the learner dismissed on ${item.ref}`}>
      {notes.map((n) => (
        <li key={n.id}>
          The learner dismissed: {n.what} — <q>{n.reason}</q>
        </li>
      ))}
    </ul>
  );
}
