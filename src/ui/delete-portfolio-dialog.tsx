import { ConfirmDialog } from './confirm-dialog';
import type { Portfolio } from '../domain/schemas';

interface DeletePortfolioDialogProps {
  portfolio: Portfolio | null;
  onConfirm: (p: Portfolio) => void;
  onCancel: () => void;
}

/** Deleting is final, so the question names the learner and says what goes with the portfolio; asked on the home page and in settings. */
export function DeletePortfolioDialog({ portfolio, onConfirm, onCancel }: DeletePortfolioDialogProps) {
  return (
    <ConfirmDialog
      open={portfolio !== null}
      title={portfolio ? `Delete ${portfolio.learnerName}’s portfolio?` : ''}
      confirmLabel="Delete portfolio"
      cancelLabel="Keep it"
      danger
      onConfirm={() => portfolio && onConfirm(portfolio)}
      onCancel={onCancel}
    >
      {portfolio ? (
        <p>
          Everything in the portfolio of {portfolio.learnerName} ({portfolio.learnerNumber}) goes from this device: every
          evidence item, attachment, mapping and assessor decision. This cannot be undone. If you may need it again, export a
          portfolio file first.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
