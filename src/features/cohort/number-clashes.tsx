import type { CohortLearner } from '../../domain/cohort/cohort';

/**
 * Learners whose portfolios share a learner number. A learner is their portfolio, so two portfolios are
 * never merged on a number; a person should look (a typing slip, or one learner who started twice).
 */
export function NumberClashes({ learners, names }: { learners: readonly CohortLearner[]; names: ReadonlyMap<string, string> }) {
  const seen = new Set<string>();
  const clashes: { number: string; who: string[] }[] = [];
  for (const l of learners) {
    if (l.sharesNumberWith.length === 0 || seen.has(l.portfolioId)) continue;
    const ids = [l.portfolioId, ...l.sharesNumberWith];
    ids.forEach((id) => seen.add(id));
    clashes.push({ number: l.learnerNumber, who: ids.map((id) => names.get(id) ?? 'a learner') });
  }
  if (clashes.length === 0) return null;
  return (
    <section className="notice notice--warn cohort-clashes" aria-labelledby="cohort-clashes-title">
      <h2 id="cohort-clashes-title">Learner numbers shared by more than one portfolio</h2>
      <p>These are kept apart, not merged: check with the learners which number is right.</p>
      <ul>
        {clashes.map((c) => (
          <li key={c.number + c.who.join()}>
            {c.number}: {c.who.join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
