import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { customerTypeLabels, customerTypes } from '../../domain/schemas';
import { FieldError } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';

/** A radio group with its error beside it, announced, in the same style as the single fields. */
export function CustomerTypeField() {
  const id = useId();
  const { register, formState } = useFormContext<EvidenceFormValues>();
  const error = formState.errors.customerType?.message;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'field field--error radio-group' : 'field radio-group'} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className="field__label">
        Customers involved<span className="field__required"> (required)</span>
      </legend>
      <p id={hintId} className="field__hint">
        A colleague in another department is an internal customer; people who buy or use your organisation’s services are external.
      </p>
      <FieldError id={errorId} message={error} />
      {customerTypes.map((type, i) => (
        <label key={type} className="radio">
          <input type="radio" value={type} id={i === 0 ? `${id}-first` : undefined} aria-invalid={error ? true : undefined} {...register('customerType')} />
          <span>{customerTypeLabels[type]}</span>
        </label>
      ))}
    </fieldset>
  );
}
