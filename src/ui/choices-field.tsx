import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { FieldError } from './fields';

interface ChoicesFieldProps {
  legend: ReactNode;
  type: 'radio' | 'checkbox';
  choices: readonly { value: string; label: ReactNode }[];
  /** The props every input of the group shares (a form library's registration: name, ref, handlers). */
  input: ComponentPropsWithRef<'input'>;
  error?: string;
  required?: boolean;
  /** Shown instead of the choices when there are none. */
  empty?: ReactNode;
}

/** A group of radio buttons or checkboxes under one legend, its error announced and linked to the group. */
export function ChoicesField({ legend, type, choices, input, error, required, empty }: ChoicesFieldProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">
        {legend}
        {required ? <span className="field__required"> (required)</span> : null}
      </legend>
      <FieldError id={errorId} message={error} />
      {choices.length === 0 && empty
        ? empty
        : choices.map((c) => (
            <label key={c.value} className="choice">
              <input type={type} value={c.value} {...input} /> {c.label}
            </label>
          ))}
    </fieldset>
  );
}

/** Choices from a list of values and their labels. */
export function choicesOf<T extends string>(values: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
