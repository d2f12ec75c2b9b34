import type { Unit } from '../../catalogue';
import { UnitGuidanceLists } from '../../ui/unit-guidance-lists';

/** The unit's guidance from its seed, shown beside the marking points while the learner works. */
export function UnitGuidanceCard({ unit }: { unit: Unit }) {
  const titleId = `guidance-${unit.id}`;
  return (
    <section className="card unit-guidance" aria-labelledby={titleId}>
      <h2 id={titleId}>Guidance for unit {unit.number}</h2>
      <UnitGuidanceLists unit={unit} headingLevel={3} keyConcepts />
    </section>
  );
}
