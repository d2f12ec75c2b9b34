import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { countersign, signOffUnit } from '../../db/assessment';
import { signOffInputSchema, type SignOffInput } from '../../domain/assessment-input';
import { SIGN_OFF_DECLARATION } from '../../domain/declarations';
import type { UnitCoverage } from '../../domain/coverage';
import { formatDateTime } from '../../domain/readable-dates';
import type { Evidence, Person } from '../../domain/schemas';
import { signerIdOf } from '../../domain/signers';
import type { SignatureCheck } from '../../domain/signing/status';
import { TextField } from '../../ui/fields';
import { SignatureLine } from './decision-summary';
import { UnlockForm } from './unlock-form';
import { OutcomeNotices, useOutcome } from '../../ui/use-outcome';

interface SignOffSectionProps {
  portfolioId: string;
  uc: UnitCoverage;
  me: Person;
  checks: ReadonlyMap<string, SignatureCheck>;
  /** The unit's items locked by its sign-off. */
  locked: readonly Evidence[];
}

/** The unit's sign-off: the form when every point is met, or who signed it off, the countersignature and unlocks. */
export function SignOffSection({ portfolioId, uc, me, checks, locked }: SignOffSectionProps) {
  const outcome = useOutcome();
  const { unit } = uc;
  const isAssessor = me.role === 'assessor';

  async function run(action: () => Promise<unknown>, message: string, fallback: string): Promise<void> {
    await outcome.run(async () => {
      await action();
      return message;
    }, fallback);
  }

  const state = uc.signOff;
  return (
    <section className="card" aria-labelledby="sign-off-title">
      <h2 id="sign-off-title">Unit {unit.number} sign-off</h2>
      <OutcomeNotices done={outcome.done} failure={outcome.failure} />
      {state ? (
        <>
          <p>
            <strong>Signed off</strong> by {state.signOff.by.name}, {formatDateTime(state.signOff.at)}.
          </p>
          <blockquote className="declaration">{state.signOff.declaration}</blockquote>
          <SignatureLine check={checks.get(state.signOff.id)} signed={state.signOff.signature !== undefined} />
          {state.countersign === 'pending' ? (
            <>
              <p className="notice notice--warn">Waiting for {state.signOff.countersignBy}’s countersignature.</p>
              {isAssessor && state.signOff.countersignBy && signerIdOf({ role: 'assessor', name: state.signOff.countersignBy }) === signerIdOf(me) ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => countersign(portfolioId, unit.id), `You countersigned unit ${unit.number}.`, 'The countersignature could not be saved.')}
                >
                  Countersign unit {unit.number}
                </button>
              ) : null}
            </>
          ) : state.countersign === 'done' && state.countersignRecord ? (
            <>
              <p>
                Countersigned by {state.countersignRecord.by.name}, {formatDateTime(state.countersignRecord.at)}.
              </p>
              <SignatureLine check={checks.get(state.countersignRecord.id)} signed={state.countersignRecord.signature !== undefined} />
            </>
          ) : null}
          {locked.length ? (
            <>
              <h3>Locked evidence</h3>
              <p>The learner cannot change these items while the unit is signed off.{isAssessor ? ' Unlock one, with a reason, if it must change.' : ''}</p>
              <ul className="locked-list">
                {locked.map((e) => (
                  <li key={e.id}>
                    {e.ref} — {e.title}
                    {isAssessor ? <UnlockForm item={e} /> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : uc.met === uc.total ? (
        isAssessor ? (
          <SignOffForm unitNumber={unit.number} onSignOff={(input) => run(() => signOffUnit(portfolioId, unit.id, input), `Unit ${unit.number} is signed off.`, 'The sign-off could not be saved.')} />
        ) : (
          <p>Every marking point of unit {unit.number} is met; the assessor can sign it off.</p>
        )
      ) : (
        <p>
          Sign-off opens when every marking point of unit {unit.number} is met by a signed decision on unchanged evidence: {uc.met} of {uc.total} met so far.
        </p>
      )}
    </section>
  );
}

function SignOffForm({ unitNumber, onSignOff }: { unitNumber: number; onSignOff: (input: SignOffInput) => Promise<void> }) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignOffInput>({ resolver: zodResolver(signOffInputSchema), defaultValues: { countersignBy: '' } });
  return (
    <form onSubmit={handleSubmit(onSignOff)} noValidate>
      <p>Every marking point is met. Signing off locks the unit’s evidence for the learner.</p>
      <p>Your declaration:</p>
      <blockquote className="declaration">{SIGN_OFF_DECLARATION}</blockquote>
      <TextField
        label="Needs countersignature by (optional)"
        hint="For an assessor in training: the full name of the second assessor who must countersign"
        autoComplete="off"
        error={errors.countersignBy?.message}
        {...register('countersignBy')}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Signing…' : `Sign off unit ${unitNumber}`}
      </button>
    </form>
  );
}
