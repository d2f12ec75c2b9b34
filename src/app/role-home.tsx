import { Navigate } from 'react-router';
import { useIdentity } from '../db/identity-row';
import { HomePage } from '../features/setup';
import { WhoAreYouPage } from '../features/you';

/**
 * `/`: the first run asks who you are before anything else; then each role has its home. Learners and
 * tutors see the portfolios on this device (the tutor's cohort comes later), assessors their queue.
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
  return <HomePage />;
}
