import { findUnit } from '../../catalogue';
import type { PlanCoverage } from '../../domain/iqa/sample';
import { assessmentMethodLabels } from '../../domain/schemas';

/** Whether the sample meets its plan: each assessor's share, and every unit and method the plan names. */
export function CoverageSection({ coverage }: { coverage: PlanCoverage }) {
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">The plan’s coverage</h2>
      {coverage.met ? (
        <p className="notice notice--ok">The sample meets the plan.</p>
      ) : (
        <div className="notice notice--warn">
          <p>The sample does not meet the plan yet:</p>
          <ul>
            {coverage.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-wrap">
        <table className="iqa-report">
          <caption className="visually-hidden">Each assessor’s share of the sample</caption>
          <thead>
            <tr>
              <th scope="col">Assessor</th>
              <th scope="col">Decisions</th>
              <th scope="col">The plan asks for</th>
              <th scope="col">Sampled</th>
              <th scope="col">Share met</th>
            </tr>
          </thead>
          <tbody>
            {coverage.assessors.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.name}
                  {a.isNew ? ' (new assessor)' : ''}
                </th>
                <td>{a.decisions}</td>
                <td>{a.target}</td>
                <td>{a.sampled}</td>
                <td>{a.met ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {coverage.units.length + coverage.methods.length > 0 ? (
        <ul>
          {coverage.units.map((u) => (
            <li key={u.id}>
              Unit {findUnit(u.id)?.number ?? u.id}: {u.covered > 0 ? `covered by ${u.covered}` : u.available === 0 ? 'no decision to sample' : 'not covered'}
            </li>
          ))}
          {coverage.methods.map((m) => (
            <li key={m.id}>
              {assessmentMethodLabels[m.id]}: {m.covered > 0 ? `covered by ${m.covered}` : m.available === 0 ? 'no decision to sample' : 'not covered'}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
