import { Link } from 'react-router';
import { evidenceKinds } from '../../domain/evidence-kinds';
import type { DeviceMergeResult } from '../../db/merge';
import type { MergeConflict } from '../../domain/merge';
import { conflictHeading, conflictKey, conflictRef, conflictVersions, mergeAddedLines, mergeOutcome } from '../../domain/merge-summary';
import type { Portfolio } from '../../domain/schemas';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import type { EvidenceVersion } from '../../domain/records';
import { shortForMessage } from '../../domain/short-for-message';

const kindLabel = (id: string) => evidenceKinds.find((k) => k.id === id)?.label ?? id;

/** What a person compares between two versions of one item, row by row. */
const ROWS: [string, (v: EvidenceVersion) => string][] = [
  ['Saved', (v) => formatDateTime(v.savedAt)],
  ['Saved by', (v) => `${v.author.name} (${v.author.role})`],
  ['Title', (v) => v.content.title],
  ['Kind', (v) => kindLabel(v.content.kind)],
  ['Date', (v) => formatDate(v.content.date)],
  ['Reflection', (v) => shortForMessage(v.content.reflection, 300) || '(none)'],
  ['Marking points', (v) => v.mappings.map((m) => m.markingPointId).join(', ') || '(none)'],
  ['Attachments', (v) => String(v.attachments.length)],
];

/** One conflict, with every version it involves side by side (never only the one that won). */
function ConflictVersions({ conflict }: { conflict: MergeConflict }) {
  const shown = conflictVersions(conflict);
  return (
    <li>
      <p>{conflictHeading(conflict)}</p>
      {shown.length > 0 ? (
      <table className="merge-conflict">
          <caption>The versions of {conflictRef(conflict)}, newest first</caption>
          <thead>
            <tr>
              <td />
              {shown.map((v, i) => (
                <th key={v.id} scope="col">
                  Version {v.version}
                  {i === 0 ? ' (shown now)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {shown.map((v) => (
                  <td key={v.id}>{value(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
      </table>
      ) : null}
    </li>
  );
}

/** After a merge: what the file added (or that nothing changed), and any conflicts, each with both versions. */
export function MergeOutcome({ result, portfolio }: { result: DeviceMergeResult; portfolio: Portfolio }) {
  const { changed, conflicts } = result;
  const lines = mergeAddedLines(result.added);
  return (
    <section className="card" aria-labelledby="merged-title">
      <h2 id="merged-title">{changed ? 'Merged' : 'Nothing new in this file'}</h2>
      <p role="status">{mergeOutcome(changed, portfolio.learnerName)}</p>
      {lines.length > 0 ? (
        <>
          <p id="merged-added">Added from the file:</p>
          <ul aria-labelledby="merged-added">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {conflicts.length > 0 ? (
        <div className="notice notice--warn" role="group" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title" className="notice__title">
            {conflicts.length === 1 ? 'One item needs your eye' : `${conflicts.length} items need your eye`}
          </h3>
          <ul className="merge-conflicts">
            {conflicts.map((c) => (
              <ConflictVersions key={conflictKey(c)} conflict={c} />
            ))}
          </ul>
        </div>
      ) : null}
      <div className="cluster">
        <Link className="button" to={`/p/${portfolio.id}`}>
          Open the portfolio
        </Link>
      </div>
    </section>
  );
}
