import type { Unit } from '../catalogue';

interface UnitGuidanceListsProps {
  unit: Unit;
  /** The level of each list's heading, one below the panel's own title. */
  headingLevel: 3 | 4;
  /** The key concepts too, where there is room for them. */
  keyConcepts?: boolean;
}

/** A unit's guidance from the catalogue, in the examiners' words: key concepts, exam tips, common misconceptions. */
export function UnitGuidanceLists({ unit, headingLevel, keyConcepts = false }: UnitGuidanceListsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {keyConcepts ? (
        <>
          <Heading>Key concepts</Heading>
          <dl className="unit-guidance__concepts">
            {unit.keyConcepts.map((k) => (
              <div key={k.name}>
                <dt>{k.name}</dt>
                <dd>{k.text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <Heading>Exam tips</Heading>
      <ul>
        {unit.examTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <Heading>Common misconceptions</Heading>
      <ul>
        {unit.misconceptions.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </>
  );
}
