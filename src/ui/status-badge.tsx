import type { CoverageStatus } from '../domain/coverage';
import { statusLabels } from '../domain/coverage';

const symbols: Record<CoverageStatus, string> = { none: '○', evidenced: '◐', met: '●', 'partially-met': '◑', 'not-yet-met': '✕' };

/** A coverage status shown by word and symbol, never by colour alone. */
export function StatusBadge({ status, stale }: { status: CoverageStatus; stale?: boolean }) {
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true">{symbols[status]} </span>
      {statusLabels[status]}
      {stale ? <span className="badge__stale"> (evidence changed since)</span> : null}
    </span>
  );
}
