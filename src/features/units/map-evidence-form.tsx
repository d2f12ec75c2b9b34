import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { setMapping } from '../../db/mapping-writes';
import { rationaleSchema, type Evidence } from '../../domain/schemas';
import { SelectField, TextField } from '../../ui/fields';
import { errorDetail } from '../../domain/error-detail';
import { ErrorNotice } from '../../ui/error-notice';

const mapEvidenceSchema = z.object({
  evidenceId: z.string().min(1, 'Choose the evidence item to map here'),
  rationale: rationaleSchema,
});
type MapEvidenceInput = z.infer<typeof mapEvidenceSchema>;

interface MapEvidenceFormProps {
  markingPointId: string;
  portfolioId: string;
  /** Every item in the portfolio; those already mapped here are left out of the choice. */
  evidence: readonly Evidence[];
  mappedIds: ReadonlySet<string>;
}

/** Maps an existing item to this marking point with the learner's one-line reason. */
export function MapEvidenceForm({ markingPointId, portfolioId, evidence, mappedIds }: MapEvidenceFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const choices = evidence.filter((e) => !mappedIds.has(e.id));
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<MapEvidenceInput>({ resolver: zodResolver(mapEvidenceSchema), defaultValues: { evidenceId: '', rationale: '' } });

  const submit = handleSubmit(async (values) => {
    setDone(null);
    setFailure(null);
    try {
      await setMapping(values.evidenceId, markingPointId, values.rationale);
      const item = evidence.find((e) => e.id === values.evidenceId);
      setDone(`${item?.ref ?? 'The item'} is now mapped to ${markingPointId}.`);
      reset();
    } catch (e) {
      setFailure(errorDetail(e, 'The mapping could not be saved.'));
    }
  });

  return (
    <section className="card" aria-labelledby="map-here-title">
      <h2 id="map-here-title">Map evidence here</h2>
      <p role="status" className={done ? 'notice' : 'visually-hidden'}>
        {done}
      </p>
      {failure ? (
        <ErrorNotice>
          {failure}
        </ErrorNotice>
      ) : null}
      {evidence.length === 0 ? (
        <p>
          There is no evidence in this portfolio yet.{' '}
          <Link to={`/p/${portfolioId}/evidence/new?point=${markingPointId}`}>Add evidence for {markingPointId}</Link>.
        </p>
      ) : choices.length === 0 ? (
        <p>
          Every evidence item is already mapped to {markingPointId}.{' '}
          <Link to={`/p/${portfolioId}/evidence/new?point=${markingPointId}`}>Add new evidence</Link>.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            label="Evidence item"
            required
            placeholder="Choose an item"
            options={choices.map((e) => ({ value: e.id, label: `${e.ref} — ${e.title}` }))}
            error={errors.evidenceId?.message}
            {...register('evidenceId')}
          />
          <TextField
            label={`How this item shows ${markingPointId}`}
            hint="One line, in your own words: what in the item meets the marking point"
            required
            autoComplete="off"
            error={errors.rationale?.message}
            {...register('rationale')}
          />
          <button type="submit" className="button" disabled={isSubmitting}>
            Map to {markingPointId}
          </button>
        </form>
      )}
    </section>
  );
}
