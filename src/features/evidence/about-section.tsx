import { useFormContext, type ControllerRenderProps } from 'react-hook-form';
import { evidenceKinds, findKind } from '../../domain/evidence-kinds';
import { SelectField, TextField } from '../../ui/fields';
import { CustomerTypeField } from './customer-type-field';
import type { EvidenceFormValues } from './form-values';

interface AboutSectionProps {
  kindField: ControllerRenderProps<EvidenceFormValues, 'kind'>;
  /** A new kind is asked for, not set: the editor may first ask about fields that would be lost. */
  onRequestKind: (kind: string) => void;
}

/** The first card of the editor: title, kind, date and customers. */
export function AboutSection({ kindField, onRequestKind }: AboutSectionProps) {
  const { register, formState } = useFormContext<EvidenceFormValues>();
  const errors = formState.errors;
  const kind = kindField.value;
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About this evidence</h2>
      <TextField
        label="Title"
        required
        hint="A short name an assessor will recognise, for example “Refund complaint from a regular customer”."
        error={errors.title?.message}
        autoComplete="off"
        {...register('title')}
      />
      <SelectField
        label="Kind of evidence"
        required
        hint={findKind(kind)?.description ?? 'Each kind has its own fields.'}
        placeholder={kind === '' ? 'Choose a kind' : undefined}
        options={evidenceKinds.map((k) => ({ value: k.id, label: k.label }))}
        error={errors.kind?.message}
        name={kindField.name}
        ref={kindField.ref}
        value={kind}
        onBlur={kindField.onBlur}
        onChange={(e) => onRequestKind(e.target.value)}
      />
      <TextField label="Date of the evidence" type="date" required className="input--date" error={errors.date?.message} {...register('date')} />
      <CustomerTypeField />
    </section>
  );
}
