import type { Coverage } from '../../domain/coverage';
import type { Evidence, Mapping } from '../../domain/schemas';

export interface NextStep {
  key: string;
  text: string;
  /** Path under the portfolio, e.g. `evidence/abc` or `units/REL`. */
  to: string;
}

const MAX_STEPS = 6;
const MAX_UNMAPPED_LISTED = 3;

/** What the learner could usefully do next, most pressing first; derived, never stored. */
export function nextSteps(evidence: readonly Evidence[], mappings: readonly Mapping[], coverage: Coverage): NextStep[] {
  if (evidence.length === 0) {
    return [
      { key: 'first', text: 'Add your first piece of evidence', to: 'evidence/new' },
      { key: 'units', text: 'Read the five units and what the examiners look for', to: 'units' },
    ];
  }
  const steps: NextStep[] = [];

  for (const pc of coverage.units.flatMap((u) => u.points)) {
    if (pc.status === 'not-yet-met') {
      steps.push({ key: `nym-${pc.point.id}`, text: `Your assessor marked ${pc.point.id} not yet met — read the feedback`, to: `points/${pc.point.id}` });
    } else if (pc.stale) {
      steps.push({
        key: `stale-${pc.point.id}`,
        text: `The evidence for ${pc.point.id} has changed since your assessor’s decision — ask for it to be looked at again`,
        to: `points/${pc.point.id}`,
      });
    }
  }

  const mapped = new Set(mappings.map((m) => m.evidenceId));
  const unmapped = evidence.filter((e) => !mapped.has(e.id));
  for (const e of unmapped.slice(0, MAX_UNMAPPED_LISTED)) {
    steps.push({ key: `map-${e.id}`, text: `Map ${e.ref} — it is not mapped to any marking point yet`, to: `evidence/${e.id}` });
  }
  if (unmapped.length > MAX_UNMAPPED_LISTED) {
    const more = unmapped.length - MAX_UNMAPPED_LISTED;
    steps.push({ key: 'map-more', text: `${more} more ${more === 1 ? 'item is' : 'items are'} not mapped yet`, to: 'evidence?unit=none' });
  }

  for (const uc of coverage.units) {
    if (uc.evidenced === 0) {
      steps.push({ key: `unit-${uc.unit.id}`, text: `Unit ${uc.unit.number} (${uc.unit.title}) has no evidence yet`, to: `units/${uc.unit.id}` });
    } else if (uc.evidenced < uc.total) {
      const gap = uc.points.find((p) => p.evidence.length === 0);
      if (gap) steps.push({ key: `gap-${gap.point.id}`, text: `Find evidence for ${gap.point.id} to complete unit ${uc.unit.number}`, to: `points/${gap.point.id}` });
    }
  }

  if (coverage.gaps.length === 0) {
    steps.push({ key: 'export', text: 'Every marking point has evidence — export the PDF for your assessor', to: 'export' });
  }
  return steps.slice(0, MAX_STEPS);
}
