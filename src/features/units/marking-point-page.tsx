import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { findMarkingPoint, unitOf } from '../../catalogue';
import { useMe, usePortfolio, usePortfolioData } from '../../db';
import { removeMapping } from '../../db/mapping-writes';
import { signatureNote } from '../../ui/signature-note';
import type { Evidence } from '../../domain/schemas';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PageHeader } from '../../ui/page-header';
import { StatusBadge } from '../../ui/status-badge';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { DecisionNote } from './decision-note';
import { MapEvidenceForm } from './map-evidence-form';
import { PointCoach } from './point-coach';
import { PointPager } from './point-pager';
import { RationaleRow } from './rationale-row';
import { thresholdText } from '../../domain/threshold-text';
import { UnitGuidanceCard } from './unit-guidance-card';

/** `/p/:portfolioId/points/:pointId`: one marking point, the evidence mapped to it, and a way to map more. */
export function MarkingPointPage() {
  const { pointId = '' } = useParams();
  // Keyed, so that moving to another marking point starts with a fresh form and messages.
  return <PointView key={pointId} pointId={pointId} />;
}

function PointView({ pointId }: { pointId: string }) {
  const portfolioId = usePortfolioId();
  const point = findMarkingPoint(pointId);
  const unit = unitOf(pointId);
  const data = usePortfolioData(portfolioId);
  const me = useMe(usePortfolio(portfolioId)?.learnerName);
  const [toRemove, setToRemove] = useState<Evidence | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const removedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The Remove button has gone with its row, so focus lands on the confirmation instead.
    if (removed) removedRef.current?.focus();
  }, [removed]);

  if (!point || !unit) {
    return (
      <>
        <PageHeader title="Marking point not found" />
        <p>
          The qualification has no marking point “{pointId}”. <Link to={`/p/${portfolioId}/units`}>See all units</Link>.
        </p>
      </>
    );
  }

  const pc = data?.coverage.byPoint.get(point.id);
  const rationaleOf = new Map(pc?.mappings.map((m) => [m.evidenceId, m.rationale]));

  async function confirmRemove(e: Evidence) {
    setToRemove(null);
    await removeMapping(e.id, point?.id ?? '');
    setRemoved(`${e.ref} is no longer mapped to ${point?.id ?? ''}.`);
  }

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/p/${portfolioId}/units`}>Units</Link> ›{' '}
        <Link to={`/p/${portfolioId}/units/${unit.id}`}>
          Unit {unit.number}: {unit.title}
        </Link>
      </nav>
      <PageHeader title={`Marking point ${point.id}`} lead={`Unit ${unit.number}: ${unit.title}`} />
      <div className="with-guidance">
        <div className="with-guidance__main">
          <section className="card" aria-labelledby="point-what-title">
            <div className="point-card__head">
              <h2 id="point-what-title">What the examiners look for</h2>
              {pc ? <StatusBadge status={pc.status} note={signatureNote(pc)} /> : null}
            </div>
            <p className="point-text">{point.text}</p>
            {point.threshold ? (
              <p className="point-card__threshold">
                <strong>Countable:</strong> this marking point {thresholdText(point.threshold)}. Make sure the evidence mapped here
                names them.
              </p>
            ) : null}
            {pc ? <DecisionNote pc={pc} /> : null}
          </section>

          <section className="card" aria-labelledby="mapped-title">
            <h2 id="mapped-title">Evidence mapped here{pc ? ` (${pc.evidence.length})` : ''}</h2>
            <p role="status" className={removed ? 'notice' : 'visually-hidden'} tabIndex={-1} ref={removedRef}>
              {removed}
            </p>
            {pc === undefined ? (
              <p>Loading the evidence…</p>
            ) : pc.evidence.length === 0 ? (
              <p className="no-evidence">
                <span aria-hidden="true">○ </span>No evidence is mapped to {point.id} yet.
              </p>
            ) : (
              <ul className="mapping-rows">
                {pc.evidence.map((e) => (
                  <RationaleRow
                    key={e.id}
                    evidence={e}
                    markingPointId={point.id}
                    rationale={rationaleOf.get(e.id) ?? ''}
                    portfolioId={portfolioId}
                    onRemove={setToRemove}
                    readOnlyReason={
                      me?.role !== 'learner'
                        ? 'Read-only: only the learner changes mappings.'
                        : data?.coverage.assessment.locked.has(e.id)
                          ? `${e.ref} is locked: its unit is signed off.`
                          : undefined
                    }
                  />
                ))}
              </ul>
            )}
          </section>

          {data ? <PointCoach portfolioId={portfolioId} pointId={point.id} data={data} /> : null}
          {data && pc && me?.role === 'learner' && !data.coverage.assessment.signOffs.has(unit.id) ? (
            <MapEvidenceForm
              markingPointId={point.id}
              portfolioId={portfolioId}
              evidence={data.evidence}
              mappedIds={new Set(pc.evidence.map((e) => e.id))}
            />
          ) : null}
          <PointPager pointId={point.id} portfolioId={portfolioId} />
        </div>
        <div className="with-guidance__side">
          <UnitGuidanceCard unit={unit} />
        </div>
      </div>
      <ConfirmDialog
        open={toRemove !== null}
        title={toRemove ? `Remove ${toRemove.ref} from ${point.id}?` : ''}
        confirmLabel="Remove mapping"
        danger
        onConfirm={() => toRemove && void confirmRemove(toRemove)}
        onCancel={() => setToRemove(null)}
      >
        {toRemove ? (
          <p>
            {toRemove.ref} “{toRemove.title}” stays in your portfolio; only its mapping to {point.id} and your rationale go.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
