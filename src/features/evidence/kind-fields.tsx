import { useFormContext } from 'react-hook-form';
import type { FieldDef } from '../../domain/evidence-kinds';
import { findKind } from '../../domain/evidence-kinds';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';
import { LongTextCount } from './long-text-count';

/** The structured fields of the chosen kind, drawn from the kind definitions. */
export function KindFields({ kind }: { kind: string }) {
  const definition = findKind(kind);
  if (!definition) {
    return <p className="muted">Choose the kind of evidence above, and the fields for that kind appear here.</p>;
  }
  return (
    <div className="kind-fields">
      {definition.fields.map((field) => (
        <KindField key={`${kind}-${field.name}`} field={field} />
      ))}
    </div>
  );
}

function KindField({ field }: { field: FieldDef }) {
  const { register, formState } = useFormContext<EvidenceFormValues>();
  const common = {
    label: field.label,
    hint: field.hint,
    required: field.required,
    error: formState.errors.fields?.[field.name]?.message,
    ...register(`fields.${field.name}`),
  };
  switch (field.type) {
    case 'textarea':
      return (
        <>
          <TextAreaField {...common} />
          <LongTextCount name={`fields.${field.name}`} label={field.label} />
        </>
      );
    case 'date':
      return <TextField type="date" className="input--date" {...common} />;
    case 'number':
      return <TextField type="text" inputMode="numeric" className="input--short" {...common} />;
    case 'select':
      return <SelectField placeholder="Choose…" options={(field.options ?? []).map((o) => ({ value: o, label: o }))} {...common} />;
    default:
      return <TextField type="text" {...common} />;
  }
}
