import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { catalogue } from '../../catalogue';
import type { AssessorSummary } from '../../domain/iqa/candidates';
import { samplingStageLabels, samplingStages } from '../../domain/iqa/outcomes';
import { samplingPlanSchema, type SamplingPlan } from '../../domain/iqa/plan';
import { assessmentMethodLabels, assessmentMethods } from '../../domain/schemas';
import { FieldError, TextField } from '../../ui/fields';

interface PlanFormProps {
  defaults: SamplingPlan;
  /** The assessors whose decisions are on this device, each of whom may be marked new. */
  assessors: readonly AssessorSummary[];
  submitLabel: string;
  onSubmit: (plan: SamplingPlan) => Promise<void>;
}

/** The sampling plan: stage, shares, new assessors, units and methods to cover, weight and seed. */
export function PlanForm({ defaults, assessors, submitLabel, onSubmit }: PlanFormProps) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SamplingPlan>({ resolver: zodResolver(samplingPlanSchema), defaultValues: defaults });
  const number = { valueAsNumber: true } as const;

  return (
    <form className="iqa-form" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Sampling plan">
      <TextField label="Name of the round" required hint="For example “Interim sample, spring term”" error={errors.name?.message} {...register('name')} />
      <fieldset className={errors.stage ? 'field field--error' : 'field'} aria-describedby={errors.stage ? 'stage-error' : undefined}>
        <legend className="field__label">Stage</legend>
        <FieldError id="stage-error" message={errors.stage?.message} />
        {samplingStages.map((s) => (
          <label key={s} className="choice">
            <input type="radio" value={s} {...register('stage')} /> {samplingStageLabels[s]}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Share of each assessor’s decisions to sample (%)"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        required
        error={errors.share?.message}
        {...register('share', number)}
      />
      <TextField
        label="Share for new assessors (%)"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        required
        hint="A new assessor’s decisions are usually all sampled"
        error={errors.newAssessorShare?.message}
        {...register('newAssessorShare', number)}
      />
      <fieldset className="field">
        <legend className="field__label">New assessors</legend>
        {assessors.length === 0 ? (
          <p className="field__hint">No assessor’s decisions are on this device yet: load learners’ files first.</p>
        ) : (
          assessors.map((a) => (
            <label key={a.id} className="choice">
              <input type="checkbox" value={a.id} {...register('newAssessors')} /> {a.person.name} is a new assessor ({a.decisions}{' '}
              {a.decisions === 1 ? 'decision' : 'decisions'})
            </label>
          ))
        )}
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">Units the sample must cover</legend>
        {catalogue.units.map((u) => (
          <label key={u.id} className="choice">
            <input type="checkbox" value={u.id} {...register('units')} /> Unit {u.number}: {u.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">Assessment methods the sample must cover</legend>
        {assessmentMethods.map((m) => (
          <label key={m} className="choice">
            <input type="checkbox" value={m} {...register('methods')} /> {assessmentMethodLabels[m]}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Extra weight for units with many not-yet-met decisions (1 to 10)"
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        required
        hint="1 means no extra weight"
        error={errors.notYetMetWeight?.message}
        {...register('notYetMetWeight', number)}
      />
      <TextField
        label="Seed of the random draw"
        type="number"
        inputMode="numeric"
        min={0}
        required
        hint="The same plan and seed always propose the same sample; note it in your records"
        error={errors.seed?.message}
        {...register('seed', number)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Proposing…' : submitLabel}
      </button>
    </form>
  );
}
