import { Link } from 'react-router';
import { kindLabel } from '../../domain/evidence-kinds';
import { formatDate } from '../../domain/readable-dates';
import type { Evidence, Mapping } from '../../domain/schemas';
import { plural } from '../../domain/plural';

const RECENT = 5;

export function RecentEvidence({ evidence, mappings, portfolioId }: { evidence: readonly Evidence[]; mappings: readonly Mapping[]; portfolioId: string }) {
  const recent = [...evidence].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, RECENT);
  const counts = new Map<string, number>();
  for (const m of mappings) counts.set(m.evidenceId, (counts.get(m.evidenceId) ?? 0) + 1);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent evidence</h2>
      <ul className="recent-list">
        {recent.map((e) => {
          const n = counts.get(e.id) ?? 0;
          return (
            <li key={e.id}>
              <Link to={`/p/${portfolioId}/evidence/${e.id}`}>
                {e.ref} {e.title}
              </Link>
              <span className="muted">
                {kindLabel(e.kind)} · {formatDate(e.date)} · {n === 0 ? 'not mapped yet' : `mapped to ${plural(n, 'marking point')}`}
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={`/p/${portfolioId}/evidence`}>All evidence ({evidence.length})</Link>
      </p>
    </section>
  );
}
