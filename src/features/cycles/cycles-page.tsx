import { useMemo } from 'react';
import { Link } from 'react-router';
import { usePortfolioData } from '../../db';
import { cycleStageAdvice, cycleStageLabels, summariseCycles, type CycleSummary } from '../../domain/cycles/cycle-summary';
import { plural } from '../../domain/plural';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import './cycles.css';

/** `/p/:portfolioId/cycles`: each plan-do-review cycle as its six stages, the items at each, and what is missing. */
export function CyclesPage() {
  const portfolioId = usePortfolioId();
  const data = usePortfolioData(portfolioId);
  const cycles = useMemo(() => (data ? summariseCycles(data.evidence) : undefined), [data]);
  return (
    <>
      <PageHeader title="Plan-do-review cycles" lead="Identify need → agree standards → deliver → monitor → evaluate → improve" />
      <p>
        Assessors look for evidence that runs through a whole cycle, not single moments. Link items to the stages of a cycle in each item’s editor, under
        “Plan-do-review cycles”; an item can be a stage of more than one cycle.
      </p>
      {cycles === undefined ? (
        <p role="status">Loading the evidence…</p>
      ) : cycles.length === 0 ? (
        <section className="card empty-state" aria-labelledby="no-cycles-title">
          <h2 id="no-cycles-title">No cycles yet</h2>
          <p>No item is linked to a cycle. Open an item, and under “Plan-do-review cycles” give the cycle a name and choose the stage the item shows.</p>
          <Link to={`/p/${portfolioId}/evidence`}>Go to the evidence list</Link>
        </section>
      ) : (
        cycles.map((cycle, i) => <CycleCard key={cycle.name} cycle={cycle} headingId={`cycle-${i}`} portfolioId={portfolioId} />)
      )}
    </>
  );
}

function CycleCard({ cycle, headingId, portfolioId }: { cycle: CycleSummary; headingId: string; portfolioId: string }) {
  const missing = cycle.missing.length;
  return (
    <section className="card cycle" aria-labelledby={headingId}>
      <h2 id={headingId}>{cycle.name}</h2>
      <p className="cycle__status">
        {missing === 0
          ? 'Every stage has evidence: the cycle is complete.'
          : `${plural(missing, 'stage')} of 6 ${missing === 1 ? 'has' : 'have'} no evidence yet: ${cycle.missing.map((s) => cycleStageLabels[s].toLowerCase()).join(', ')}.`}
      </p>
      <ol className="cycle__stages">
        {cycle.stages.map((stage) => (
          <li key={stage.stage} className={stage.items.length === 0 ? 'cycle__stage cycle__stage--missing' : 'cycle__stage'}>
            <h3 className="cycle__stage-title">{stage.label}</h3>
            {stage.items.length === 0 ? (
              <p>
                <strong>Missing.</strong> {cycleStageAdvice[stage.stage]}
              </p>
            ) : (
              <ul className="cycle__items">
                {stage.items.map((item) => (
                  <li key={item.id}>
                    <Link to={`/p/${portfolioId}/evidence/${item.id}`}>
                      {item.ref} {item.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
