import { useFormContext, useWatch } from 'react-hook-form';
import { reflectionHint } from '../../domain/reflection-hint';
import { TextAreaField } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';
import { ReferenceListFields } from './list-fields';
import { LongTextCount } from './long-text-count';
import { TagsField } from './tags-field';

/** The editor's card for what the learner made of it: the reflection, the legislation and policies it follows, and tags. */
export function ReflectionSection({ portfolioId }: { portfolioId: string }) {
  const { register, formState } = useFormContext<EvidenceFormValues>();
  const kind = useWatch<EvidenceFormValues, 'kind'>({ name: 'kind' });
  return (
    <section className="card" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Reflection and references</h2>
      <TextAreaField
        label="Reflection"
        rows={6}
        hint={reflectionHint(kind)}
        error={formState.errors.reflection?.message}
        {...register('reflection')}
      />
      <LongTextCount name="reflection" label="Reflection" />
      <ReferenceListFields portfolioId={portfolioId} />
      <TagsField />
    </section>
  );
}
