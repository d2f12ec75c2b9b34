import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { updatePortfolio } from '../../db';
import { portfolioInputSchema, type Portfolio, type PortfolioInput } from '../../domain/schemas';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { PortfolioFields, summarisePortfolioErrors } from '../../ui/portfolio-fields';
import { errorDetail } from '../../domain/error-detail';
import { ErrorNotice } from '../../ui/error-notice';

type Outcome = { kind: 'saved' } | { kind: 'failed'; message: string } | null;

function inputOf(p: Portfolio): PortfolioInput {
  return { learnerName: p.learnerName, learnerNumber: p.learnerNumber, centre: p.centre, assessorName: p.assessorName, startDate: p.startDate };
}

/** The facts given when the portfolio was created, to correct a typing slip; the PDF and the .folio file carry them. */
export function DetailsSection({ portfolio }: { portfolio: Portfolio }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PortfolioInput>({
    resolver: zodResolver(portfolioInputSchema),
    defaultValues: inputOf(portfolio),
    shouldFocusError: false,
  });

  const submit = handleSubmit(
    async (values) => {
      setSummary([]);
      setOutcome(null);
      try {
        await updatePortfolio(portfolio.id, values);
        reset(values);
        setOutcome({ kind: 'saved' });
      } catch (e) {
        setOutcome({ kind: 'failed', message: errorDetail(e, 'The details could not be saved on this device.') });
      }
    },
    (errs) => {
      setOutcome(null);
      setSummary(summarisePortfolioErrors(errs, formRef.current));
    },
  );

  return (
    <div className="card">
      {/* A "saved" left over from the last save would be wrong once anything is typed again. */}
      <form ref={formRef} onSubmit={submit} onChange={() => setOutcome((o) => (o?.kind === 'saved' ? null : o))} noValidate aria-labelledby="details-title">
        <h2 id="details-title">Portfolio details</h2>
        <p className="muted">The cover of the PDF and the portfolio file show these. Correct them here if anything was mistyped.</p>
        <ErrorSummary errors={summary} />
        <PortfolioFields register={register} errors={errors} />
        <div className="cluster">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save details'}
          </button>
        </div>
        <div role="status" className="settings-outcome">
          {outcome?.kind === 'saved' ? <p className="notice notice--ok">Details saved.</p> : null}
        </div>
        {outcome?.kind === 'failed' ? (
          <ErrorNotice>
            {outcome.message}
          </ErrorNotice>
        ) : null}
      </form>
    </div>
  );
}
