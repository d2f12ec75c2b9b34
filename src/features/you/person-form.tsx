import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorDetail } from '../../domain/error-detail';
import { roleLabels, roles } from '../../domain/schemas';
import { ErrorNotice } from '../../ui/error-notice';
import { FieldError, TextField } from '../../ui/fields';
import { personInputSchema, type PersonInput } from './person-schema';

const roleHints: Record<PersonInput['role'], string> = {
  learner: 'You build your own portfolio of evidence.',
  assessor: 'You judge learners’ evidence, decide each marking point and sign units off.',
  tutor: 'You follow a group of learners and sample assessors’ decisions.',
};

interface PersonFormProps {
  title: string;
  /** The heading's level: the first-run page's form is its main content, the You screen's is one section. */
  headingLevel: 2 | 3;
  submitLabel: string;
  busyLabel: string;
  defaultValues?: Partial<PersonInput>;
  onSubmit: (person: PersonInput) => Promise<void>;
}

/** Role and name: errors beside each field, and a save failure announced, with nothing changed. */
export function PersonForm({ title, headingLevel, submitLabel, busyLabel, defaultValues, onSubmit }: PersonFormProps) {
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PersonInput>({ resolver: zodResolver(personInputSchema), defaultValues: { name: '', ...defaultValues } });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setFailure(errorDetail(e, 'This could not be saved on this device.'));
    }
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const roleError = errors.role?.message;

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      <fieldset className={roleError ? 'field field--error radio-group' : 'field radio-group'} aria-describedby={roleError ? `${id}-role-error` : undefined}>
        <legend className="field__label">
          I am<span className="field__required"> (required)</span>
        </legend>
        <FieldError id={`${id}-role-error`} message={roleError} />
        {roles.map((role) => (
          <label key={role} className="radio">
            <input type="radio" value={role} aria-invalid={roleError ? true : undefined} aria-describedby={`${id}-${role}-hint`} {...register('role')} />
            <span>
              {roleLabels[role]}
              <span id={`${id}-${role}-hint`} className="field__hint">
                {' '}
                — {roleHints[role]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField label="Your name" hint="As it should appear on what you sign." autoComplete="name" required error={errors.name?.message} {...register('name')} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
