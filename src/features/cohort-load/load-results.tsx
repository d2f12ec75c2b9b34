import type { DeviceLearner } from '../../db/cohort-load';
import { plural } from '../../domain/plural';
import { shortForMessage } from '../../domain/short-for-message';
import type { FileResult } from './load-one-file';

const outcomeWords: Record<FileResult['outcome'], string> = {
  loaded: 'Loaded',
  updated: 'Updated',
  'up-to-date': 'Already up to date',
  refused: 'Refused',
};

/** "31 files: 29 loaded, 1 already up to date, 1 refused." */
export function resultSummary(results: readonly FileResult[], total: number, cancelled: boolean): string {
  const count = (outcome: FileResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const parts = [
    [count('loaded'), 'loaded'],
    [count('updated'), 'updated'],
    [count('up-to-date'), 'already up to date'],
    [count('refused'), 'refused'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const head = cancelled ? `Stopped after ${results.length} of ${plural(total, 'file')}` : plural(total, 'file');
  const left = total - results.length;
  const tail = cancelled ? ` ${plural(left, 'file')} ${left === 1 ? 'was' : 'were'} not loaded.` : '';
  return `${head}: ${said.length ? said.join(', ') : 'none loaded'}.${tail}`;
}

function detail(result: FileResult): string {
  if (result.outcome === 'refused') return result.message;
  const name = shortForMessage(result.learnerName, 60);
  if (result.outcome === 'loaded') return `${name}’s portfolio is now on this device.`;
  if (result.outcome === 'up-to-date') return `This device already has everything in it for ${name}.`;
  const settle = result.conflicts > 0 ? ` ${plural(result.conflicts, 'change')} could not merge by itself: open ${name}’s portfolio to settle it.` : '';
  return `Merged into ${name}’s portfolio on this device.${settle}`;
}

interface LoadResultsProps {
  results: readonly FileResult[];
  /** Learner ids that share a learner number with others here → those others. */
  clashes: ReadonlyMap<string, string[]>;
  learners: readonly DeviceLearner[];
}

/** One line per file, in the order chosen: what became of it and, when refused, why. */
export function LoadResults({ results, clashes, learners }: LoadResultsProps) {
  const byId = new Map(learners.map((l) => [l.portfolioId, l]));
  return (
    <ol className="load-results" aria-label="Result for each file">
      {results.map((r, i) => {
        const others = r.outcome === 'refused' ? [] : (clashes.get(r.portfolioId) ?? []);
        return (
          <li key={`${i}-${r.fileName}`} className={`load-result load-result--${r.outcome}`}>
            <strong>{outcomeWords[r.outcome]}:</strong> <span className="load-result__file">{shortForMessage(r.fileName, 60)}</span> — {detail(r)}
            {others.length > 0 ? (
              <span className="load-result__flag">
                {' '}
                Shares the learner number {byId.get(others[0] ?? '')?.learnerNumber ?? ''} with{' '}
                {others.map((id) => shortForMessage(byId.get(id)?.learnerName ?? 'another learner', 40)).join(', ')}: Folio keeps them apart; check with
                the learners which number is right.
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
