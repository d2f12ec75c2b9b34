import type { CoverageStatus } from '../domain/coverage';
import { statusLabels } from '../domain/coverage';

/** Each status's symbol, so that no status is told by colour alone (the badge, the cohort grid, its legend). */
export const statusSymbols: Record<CoverageStatus, string> = {
  none: '○',
  evidenced: '◐',
  ready: '◔',
  met: '●',
  'partially-met': '◑',
  'not-yet-met': '✕',
  stale: '⚠',
};

/**
 * A coverage status shown by word and symbol, never by colour alone. `note` says why a decision does not
 * count as it reads (unsigned, signer not confirmed, a signature that does not verify).
 */
export function StatusBadge({ status, note }: { status: CoverageStatus; note?: string }) {
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true">{statusSymbols[status]} </span>
      {statusLabels[status]}
      {note ? <span className="badge__note"> ({note})</span> : null}
    </span>
  );
}
