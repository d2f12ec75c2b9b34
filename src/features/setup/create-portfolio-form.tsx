import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { portfolioInputSchema, type PortfolioInput } from '../../domain/schemas';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { PortfolioFields, summarisePortfolioErrors } from '../../ui/portfolio-fields';
import { errorDetail } from '../../domain/error-detail';
import { ErrorNotice } from '../../ui/error-notice';

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
        setFailure(errorDetail(e, 'The portfolio could not be saved on this device.'));
      }
    },
    (errs) => setSummary(summarisePortfolioErrors(errs, formRef.current)),
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="create-portfolio-title">
      <h2 id="create-portfolio-title">Create your portfolio</h2>
      <ErrorSummary errors={summary} />
      {failure ? (
        <ErrorNotice>
          {failure}
        </ErrorNotice>
      ) : null}
      <PortfolioFields register={register} errors={errors} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'Create portfolio'}
      </button>
    </form>
  );
}
