import { Navigate } from 'react-router';
import { useIdentity } from '../db/identity-row';
import { HomePage } from '../features/setup';
import { WhoAreYouPage } from '../features/you';

/**
 * `/`: the first run asks who you are before anything else; then each role has its home. Learners see
 * the portfolios on this device, assessors their queue, tutors the cohort (the portfolios stay at /portfolios).
 */
export function RoleHome() {
  const identity = useIdentity();
  if (identity === undefined) {
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">Loading…</p>
      </main>
    );
  }
  if (identity === null) return <WhoAreYouPage />;
  if (identity.role === 'assessor') return <Navigate to="/queue" replace />;
  if (identity.role === 'tutor') return <Navigate to="/cohort" replace />;
  return <HomePage />;
}
