import { useParams } from 'react-router';

/** The portfolio the current route is about; every route under /p/:portfolioId has one. */
export function usePortfolioId(): string {
  const { portfolioId } = useParams();
  if (!portfolioId) throw new Error('usePortfolioId is used outside a portfolio route.');
  return portfolioId;
}
