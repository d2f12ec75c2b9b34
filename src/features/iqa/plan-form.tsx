import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { catalogue } from '../../catalogue';
import type { AssessorSummary } from '../../domain/iqa/candidates';
import { samplingStageLabels, samplingStages } from '../../domain/iqa/outcomes';
import { samplingPlanSchema, type SamplingPlan } from '../../domain/iqa/plan';
import { assessmentMethodLabels, assessmentMethods } from '../../domain/schemas';
import { ChoicesField, choicesOf } from '../../ui/choices-field';
import { TextField } from '../../ui/fields';
import type { ComponentPropsWithRef, ReactNode } from 'react';

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

  return (
    <form className="iqa-form" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Sampling plan">
      <TextField label="Name of the round" required hint="For example “Interim sample, spring term”" error={errors.name?.message} {...register('name')} />
      <ChoicesField legend="Stage" type="radio" choices={choicesOf(samplingStages, samplingStageLabels)} input={register('stage')} error={errors.stage?.message} />
      <NumberField
        label="Share of each assessor’s decisions to sample (%)"
        min={1}
        max={100}
        error={errors.share?.message}
        input={register('share', { valueAsNumber: true })}
      />
      <NumberField
        label="Share for new assessors (%)"
        min={1}
        max={100}
        hint="A new assessor’s decisions are usually all sampled"
        error={errors.newAssessorShare?.message}
        input={register('newAssessorShare', { valueAsNumber: true })}
      />
      <ChoicesField
        legend="New assessors"
        type="checkbox"
        choices={assessors.map((a) => ({ value: a.id, label: `${a.person.name} is a new assessor (${a.decisions} ${a.decisions === 1 ? 'decision' : 'decisions'})` }))}
        input={register('newAssessors')}
        empty={<p className="field__hint">No assessor’s decisions are on this device yet: load learners’ files first.</p>}
      />
      <ChoicesField
        legend="Units the sample must cover"
        type="checkbox"
        choices={catalogue.units.map((u) => ({ value: u.id, label: `Unit ${u.number}: ${u.title}` }))}
        input={register('units')}
      />
      <ChoicesField legend="Assessment methods the sample must cover" type="checkbox" choices={choicesOf(assessmentMethods, assessmentMethodLabels)} input={register('methods')} />
      <NumberField
        label="Extra weight for units with many not-yet-met decisions (1 to 10)"
        min={1}
        max={10}
        hint="1 means no extra weight"
        error={errors.notYetMetWeight?.message}
        input={register('notYetMetWeight', { valueAsNumber: true })}
      />
      <NumberField
        label="Seed of the random draw"
        min={0}
        hint="The same plan and seed always propose the same sample; note it in your records"
        error={errors.seed?.message}
        input={register('seed', { valueAsNumber: true })}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Proposing…' : submitLabel}
      </button>
    </form>
  );
}

interface NumberFieldProps {
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  min: number;
  max?: number;
  input: ComponentPropsWithRef<'input'>;
}

/** A required whole number of the plan, typed with a numeric keypad on phones. */
function NumberField({ label, hint, error, min, max, input }: NumberFieldProps) {
  return <TextField label={label} hint={hint} error={error} type="number" inputMode="numeric" min={min} max={max} required {...input} />;
}
