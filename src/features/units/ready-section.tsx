import { useState } from 'react';
import { Link } from 'react-router';
import { markUnitReady } from '../../db/assessment';
import type { UnitCoverage } from '../../domain/coverage';
import { errorDetail } from '../../domain/error-detail';
import type { Person } from '../../domain/schemas';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { UnitAssessmentLine } from '../../ui/unit-assessment-line';

/**
 * Where the unit stands with the assessor. The learner marks it ready for assessment (warned first
 * about marking points with no evidence) or takes that back; an assessor or tutor goes to assess it.
 */
export function ReadySection({ portfolioId, uc, me }: { portfolioId: string; uc: UnitCoverage; me: Person }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { unit } = uc;
  const unmapped = uc.points.filter((p) => p.evidence.length === 0).map((p) => p.point.id);

  async function mark(ready: boolean) {
    setAsking(false);
    setDone(null);
    setFailure(null);
    try {
      await markUnitReady(portfolioId, unit.id, ready);
      setDone(ready ? `Unit ${unit.number} is marked ready for assessment.` : `Unit ${unit.number} is no longer marked ready.`);
    } catch (e) {
      setFailure(errorDetail(e, 'The unit could not be marked.'));
    }
  }

  return (
    <section className="card" aria-labelledby="ready-title">
      <h2 id="ready-title">Assessment</h2>
      <p role="status" className={done ? 'notice notice--ok' : 'visually-hidden'}>
        {done}
      </p>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      <UnitAssessmentLine uc={uc} />
      {me.role === 'learner' ? (
        uc.signOff ? (
          <p>Your assessor has signed this unit off: its evidence is locked.</p>
        ) : uc.ready ? (
          <button type="button" className="button button--secondary" onClick={() => void mark(false)}>
            Take back “ready for assessment”
          </button>
        ) : (
          <button type="button" className="button" onClick={() => (unmapped.length ? setAsking(true) : void mark(true))}>
            Mark this unit ready for assessment
          </button>
        )
      ) : (
        <Link className="button" to={`/p/${portfolioId}/assess/${unit.id}`}>
          {me.role === 'assessor' ? `Assess unit ${unit.number}` : `See the assessment of unit ${unit.number}`}
        </Link>
      )}
      <ConfirmDialog
        open={asking}
        title={`Mark unit ${unit.number} ready with gaps?`}
        confirmLabel="Mark it ready anyway"
        cancelLabel="Not yet"
        onConfirm={() => void mark(true)}
        onCancel={() => setAsking(false)}
      >
        <p>
          {unmapped.length === 1 ? 'This marking point has' : 'These marking points have'} no evidence mapped yet: {unmapped.join(', ')}. Your assessor
          cannot mark {unmapped.length === 1 ? 'it' : 'them'} met without evidence.
        </p>
      </ConfirmDialog>
    </section>
  );
}
