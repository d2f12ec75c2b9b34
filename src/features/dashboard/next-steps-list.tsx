import { Link } from 'react-router';
import type { NextStep } from './next-steps';

export function NextStepsList({ steps, portfolioId }: { steps: readonly NextStep[]; portfolioId: string }) {
  return (
    <section className="card" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">Next steps</h2>
      <ul className="next-steps">
        {steps.map((s) => (
          <li key={s.key}>
            <Link to={`/p/${portfolioId}/${s.to}`}>{s.text}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
