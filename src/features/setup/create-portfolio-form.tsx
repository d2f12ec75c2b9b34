import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { portfolioInputSchema, type PortfolioInput } from '../../domain/schemas';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { TextField } from '../../ui/fields';

const fieldOrder = ['learnerName', 'learnerNumber', 'centre', 'assessorName', 'startDate'] as const satisfies readonly (keyof PortfolioInput)[];

/** The summary links to each control by its id, which the field component generates. */
function summarise(errors: FieldErrors<PortfolioInput>, form: HTMLFormElement | null): SummaryError[] {
  return fieldOrder.flatMap((name) => {
    const message = errors[name]?.message;
    const control = form?.elements.namedItem(name);
    const fieldId = control instanceof HTMLElement ? control.id : undefined;
    return message ? [{ fieldId, message }] : [];
  });
}

interface CreatePortfolioFormProps {
  onCreate: (input: PortfolioInput) => Promise<void>;
  today: string;
}

/** The five facts a portfolio starts from; errors sit next to their fields and are listed on submit. */
export function CreatePortfolioForm({ onCreate, today }: CreatePortfolioFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PortfolioInput>({
    resolver: zodResolver(portfolioInputSchema),
    defaultValues: { learnerName: '', learnerNumber: '', centre: '', assessorName: '', startDate: today },
    shouldFocusError: false,
  });

  const submit = handleSubmit(
    async (values) => {
      setSummary([]);
      setFailure(null);
      try {
        await onCreate(values);
      } catch (e) {
        setFailure(e instanceof Error ? e.message : 'The portfolio could not be saved on this device.');
      }
    },
    (errs) => setSummary(summarise(errs, formRef.current)),
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="create-portfolio-title">
      <h2 id="create-portfolio-title">Create your portfolio</h2>
      <ErrorSummary errors={summary} />
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
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
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'Create portfolio'}
      </button>
    </form>
  );
}
