import { recordIqaOutcome } from '../../db/iqa';
import { iqaOutcomeInputSchema, type IqaOutcomeInput } from '../../domain/iqa/outcome-input';
import { iqaOutcomeLabels, iqaOutcomes } from '../../domain/iqa/outcomes';
import type { SampleLine } from '../../domain/iqa/sample';
import { ChoicesField, choicesOf } from '../../ui/choices-field';
import { TextAreaField } from '../../ui/fields';
import { useActionForm } from '../../ui/use-action-form';
import { OutcomeNotices } from '../../ui/use-outcome';

interface OutcomeFormProps {
  roundId: string;
  line: SampleLine;
  /** Names the form for assistive technology: the learner and the point. */
  label: string;
}

/** The IQA's outcome on one sampled decision, signed with this device's key when recorded. */
export function OutcomeForm({ roundId, line, label }: OutcomeFormProps) {
  const form = useActionForm(
    iqaOutcomeInputSchema,
    { comment: '' },
    async (values: IqaOutcomeInput) => {
      await recordIqaOutcome({ portfolioId: line.portfolioId, roundId, decisionId: line.decisionId, markingPointId: line.markingPointId, ...values });
      return `Outcome recorded and signed: ${iqaOutcomeLabels[values.outcome]}.`;
    },
    'The outcome could not be recorded.',
  );
  const { errors, isSubmitting } = form.formState;
  const { register, outcome, submit } = form;

  return (
    <form className="iqa-form" onSubmit={submit} noValidate aria-label={label}>
      <OutcomeNotices done={outcome.done} failure={outcome.failure} />
      <ChoicesField legend="Outcome" type="radio" required choices={choicesOf(iqaOutcomes, iqaOutcomeLabels)} input={register('outcome')} error={errors.outcome?.message} />
      <TextAreaField
        label="Comment to the assessor"
        hint="Required unless you agree: say what the assessor should do, or why you disagree"
        error={errors.comment?.message}
        {...register('comment')}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Signing…' : 'Record the outcome'}
      </button>
    </form>
  );
}
