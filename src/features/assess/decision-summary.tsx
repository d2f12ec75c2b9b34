import { statusLabels, type PointCoverage } from '../../domain/coverage';
import { signatureNote } from '../../ui/signature-note';
import { formatDateTime } from '../../domain/readable-dates';
import { assessmentMethodLabels, decisionOutcomeLabels, type Decision } from '../../domain/schemas';
import { formatFingerprint } from '../../domain/signing';
import { signatureStatusLabels, type SignatureCheck } from '../../domain/signing/status';

/** Who signed, when, with which key, and whether it verifies. */
export function SignatureLine({ check, signed }: { check: SignatureCheck | undefined; signed: boolean }) {
  if (!signed) return <p className="muted">Signature: {signatureStatusLabels.unsigned} (never counts as met)</p>;
  if (!check) return <p className="muted">Signature: checking…</p>;
  return (
    <p className={check.status === 'confirmed' || check.status === 'not-confirmed' ? 'muted' : 'notice notice--error'}>
      Signed by {check.signer.name} ({check.signer.role}), {formatDateTime(check.signedAt)}
      {check.fingerprint ? `, key ${formatFingerprint(check.fingerprint)}` : ''}: {signatureStatusLabels[check.status]}
    </p>
  );
}

function DecisionBody({ d, check }: { d: Decision; check: SignatureCheck | undefined }) {
  return (
    <>
      <p>
        <strong>{decisionOutcomeLabels[d.outcome]}</strong> — {d.assessor.name}, {formatDateTime(d.decidedAt)}
        {d.methods.length ? ` · ${d.methods.map((m) => assessmentMethodLabels[m]).join(', ')}` : ''}
      </p>
      {d.feedback ? <p className="pre-line">{d.feedback}</p> : null}
      <SignatureLine check={check} signed={d.signature !== undefined} />
    </>
  );
}

/** The current decision on a point, flagged when its evidence changed, and the ones before it. */
export function DecisionSummary({ pc, history, checks }: { pc: PointCoverage; history: readonly Decision[]; checks: ReadonlyMap<string, SignatureCheck> }) {
  const d = pc.decision;
  if (!d) return <p className="muted">No decision on {pc.point.id} yet.</p>;
  const note = signatureNote(pc);
  const earlier = history.filter((h) => h.id !== d.id);
  return (
    <section className={pc.countsAsMet ? 'notice notice--ok' : 'notice notice--warn'} aria-labelledby="current-decision-title">
      <h3 id="current-decision-title">Current decision</h3>
      {pc.stale ? (
        <p>
          <strong>{statusLabels.stale}</strong>: the evidence this decision judged has changed since. Decide {pc.point.id} again.
        </p>
      ) : null}
      {d.outcome === 'met' && !pc.countsAsMet && !pc.stale ? <p>This decision does not count as met{note ? `: ${note}` : ''}.</p> : null}
      <DecisionBody d={d} check={checks.get(d.id)} />
      {earlier.length ? (
        <details>
          <summary>Earlier decisions on {pc.point.id} ({earlier.length})</summary>
          <ol className="decision-history">
            {earlier.map((h) => (
              <li key={h.id}>
                <DecisionBody d={h} check={checks.get(h.id)} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
