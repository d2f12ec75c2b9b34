import { recordDecision } from '../../db/assessment';
import { decisionInputSchema, type DecisionInput } from '../../domain/assessment-input';
import { assessmentMethodLabels, assessmentMethods, decisionOutcomeLabels, decisionOutcomes, type Evidence } from '../../domain/schemas';
import { ChoicesField, choicesOf } from '../../ui/choices-field';
import { TextAreaField } from '../../ui/fields';
import { useActionForm } from '../../ui/use-action-form';
import { OutcomeNotices } from '../../ui/use-outcome';

interface DecisionFormProps {
  portfolioId: string;
  markingPointId: string;
  /** The items mapped to the point: the basis offered, all ticked to start with. */
  mapped: readonly Evidence[];
  /** The portfolio's other items, which the assessor may add to the basis. */
  others: readonly Evidence[];
}

/** The assessor's decision on one marking point: outcome, feedback, methods and the evidence judged. */
export function DecisionForm({ portfolioId, markingPointId, mapped, others }: DecisionFormProps) {
  const form = useActionForm(
    decisionInputSchema,
    { feedback: '', methods: [], basedOn: mapped.map((e) => e.id) },
    async (values: DecisionInput) => {
      const decision = await recordDecision(portfolioId, markingPointId, values);
      return `Your decision on ${markingPointId} is saved and signed: ${decisionOutcomeLabels[decision.outcome]}.`;
    },
    'The decision could not be saved.',
  );
  const { errors, isSubmitting } = form.formState;
  const { register, outcome, submit } = form;

  return (
    <section className="card" aria-labelledby="decide-title">
      <h3 id="decide-title">Your decision on {markingPointId}</h3>
      <OutcomeNotices done={outcome.done} failure={outcome.failure} />
      <form onSubmit={submit} noValidate>
        <ChoicesField legend="Outcome" type="radio" required choices={choicesOf(decisionOutcomes, decisionOutcomeLabels)} input={register('outcome')} error={errors.outcome?.message} />
        <TextAreaField
          label="Feedback to the learner"
          hint="Required unless the point is met: say what is missing and what to do next"
          error={errors.feedback?.message}
          {...register('feedback')}
        />
        <ChoicesField
          legend="How you assessed it"
          type="checkbox"
          required
          choices={choicesOf(assessmentMethods, assessmentMethodLabels)}
          input={register('methods')}
          error={errors.methods?.message}
        />
        <fieldset className="field">
          <legend className="field__label">Evidence this decision is based on</legend>
          {mapped.length === 0 ? (
            <p className="field__hint">No evidence is mapped to {markingPointId}: the decision rests on your assessment methods alone.</p>
          ) : (
            mapped.map((e) => (
              <label key={e.id} className="choice">
                <input type="checkbox" value={e.id} {...register('basedOn')} /> {e.ref} — {e.title}
              </label>
            ))
          )}
          {others.length > 0 ? (
            <details>
              <summary>Add evidence the learner has not mapped to {markingPointId}</summary>
              {others.map((e) => (
                <label key={e.id} className="choice">
                  <input type="checkbox" value={e.id} {...register('basedOn')} /> {e.ref} — {e.title}
                </label>
              ))}
            </details>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? 'Signing…' : `Save and sign the decision on ${markingPointId}`}
        </button>
      </form>
    </section>
  );
}
