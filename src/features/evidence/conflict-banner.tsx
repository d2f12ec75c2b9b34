import { Link } from 'react-router';
import { useItemConflicts } from '../../db/history';

/** On the item's editor: a merge left something to settle, and where to settle it. */
export function ConflictBanner({ portfolioId, evidenceId }: { portfolioId: string; evidenceId: string }) {
  const conflicts = useItemConflicts(evidenceId);
  if (!conflicts?.length) return null;
  const what = conflicts.map((c) => (c.kind === 'concurrent-edits' ? 'edited on two devices' : 'edited on another device after it was deleted here')).join(' and ');
  return (
    <p className="notice notice--warn">
      <strong>This item was {what}.</strong> Both versions are kept; the newest is shown.{' '}
      <Link to={`/p/${portfolioId}/evidence/${evidenceId}/history`}>Compare them and keep one</Link>.
    </p>
  );
}
