import type { Unit } from '../../catalogue';

/** The unit's guidance from its seed, shown beside the marking points while the learner works. */
export function UnitGuidance({ unit }: { unit: Unit }) {
  const titleId = `guidance-${unit.id}`;
  return (
    <section className="card unit-guidance" aria-labelledby={titleId}>
      <h2 id={titleId}>Guidance for unit {unit.number}</h2>
      <h3>Key concepts</h3>
      <dl className="unit-guidance__concepts">
        {unit.keyConcepts.map((k) => (
          <div key={k.name}>
            <dt>{k.name}</dt>
            <dd>{k.text}</dd>
          </div>
        ))}
      </dl>
      <h3>Exam tips</h3>
      <ul>
        {unit.examTips.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>Common misconceptions</h3>
      <ul>
        {unit.misconceptions.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}
