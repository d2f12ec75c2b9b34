import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface FieldShellProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** The error beside a field, announced when it appears; the field points to it by `id` with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field__error" role="alert">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  ) : null;
}

/**
 * Label, hint and error around one control. The error sits next to the field, is linked with
 * aria-describedby and marked aria-invalid, and is announced when it appears.
 */
function FieldShell({ label, hint, error, required, children }: FieldShellProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={inputId} className="field__label">
        {label}
        {required ? <span className="field__required"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
      {children({ inputId, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

type Common = { label: ReactNode; hint?: ReactNode; error?: string };

export function TextField({ label, hint, error, required, ...input }: Common & ComponentPropsWithRef<'input'>) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {({ inputId, describedBy, invalid }) => (
        <input id={inputId} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={required || undefined} {...input} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({ label, hint, error, required, ...input }: Common & ComponentPropsWithRef<'textarea'>) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {({ inputId, describedBy, invalid }) => (
        <textarea id={inputId} rows={4} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={required || undefined} {...input} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  required,
  options,
  placeholder,
  ...select
}: Common & ComponentPropsWithRef<'select'> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {({ inputId, describedBy, invalid }) => (
        <select id={inputId} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={required || undefined} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
