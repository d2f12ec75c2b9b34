import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PortfolioInput } from '../domain/schemas';
import type { SummaryError } from './error-summary';
import { TextField } from './fields';

const fieldOrder = ['learnerName', 'learnerNumber', 'centre', 'assessorName', 'startDate'] as const satisfies readonly (keyof PortfolioInput)[];

/** The summary links to each control by its id, which the field component generates. */
export function summarisePortfolioErrors(errors: FieldErrors<PortfolioInput>, form: HTMLFormElement | null): SummaryError[] {
  return fieldOrder.flatMap((name) => {
    const message = errors[name]?.message;
    const control = form?.elements.namedItem(name);
    const fieldId = control instanceof HTMLElement ? control.id : undefined;
    return message ? [{ fieldId, message }] : [];
  });
}

interface PortfolioFieldsProps {
  register: UseFormRegister<PortfolioInput>;
  errors: FieldErrors<PortfolioInput>;
}

/** The five facts a portfolio is about, each with its error beside it: one list for creating and for correcting them. */
export function PortfolioFields({ register, errors }: PortfolioFieldsProps) {
  return (
    <>
      <TextField label="Learner name" autoComplete="name" required error={errors.learnerName?.message} {...register('learnerName')} />
      <TextField
        label="Learner number"
        hint="The number your centre or awarding body gave you"
        required
        error={errors.learnerNumber?.message}
        {...register('learnerNumber')}
      />
      <TextField
        label="Centre or employer"
        autoComplete="organization"
        required
        error={errors.centre?.message}
        {...register('centre')}
      />
      <TextField label="Assessor’s name" required error={errors.assessorName?.message} {...register('assessorName')} />
      <TextField label="Start date" type="date" required error={errors.startDate?.message} {...register('startDate')} />
    </>
  );
}
