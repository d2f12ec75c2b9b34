import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { deletePortfolio } from '../../db';
import type { Portfolio } from '../../domain/schemas';
import type { FlashState } from '../../ui/flash-message';
import { DeletePortfolioDialog } from '../../ui/delete-portfolio-dialog';
import { ErrorNotice } from '../../ui/error-notice';

/** The way out for a portfolio that should not be on this device, asked first, then back to the home page. */
export function DeleteSection({ portfolio }: { portfolio: Portfolio }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm(p: Portfolio) {
    setAsking(false);
    setFailure(null);
    try {
      await deletePortfolio(p.id);
    } catch (e) {
      setFailure(e instanceof Error ? `The portfolio could not be deleted: ${e.message}` : 'The portfolio could not be deleted.');
      return;
    }
    // Replace: going Back should not return to the settings of a portfolio that is gone.
    const state: FlashState = { status: `${p.learnerName}’s portfolio was deleted from this device.` };
    await navigate('/', { replace: true, state });
  }

  return (
    <section className="card settings-danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete this portfolio</h2>
      <p>
        Removes {portfolio.learnerName}’s portfolio from this device with all its evidence, attachments, mappings and assessor decisions. If you
        may need it again, <Link to={`/p/${portfolio.id}/export`}>export a portfolio file</Link> first.
      </p>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        Delete this portfolio
      </button>
      {failure ? (
        <ErrorNotice>
          {failure}
        </ErrorNotice>
      ) : null}
      <DeletePortfolioDialog portfolio={asking ? portfolio : null} onConfirm={(p) => void confirm(p)} onCancel={() => setAsking(false)} />
    </section>
  );
}
