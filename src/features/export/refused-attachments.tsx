import type { RefusedAttachment } from '../../domain/portfolio-file';
import { plural } from '../../domain/plural';

/**
 * The attachments an import leaves out, each with its item and the reason, so the learner sees
 * what they would lose before they agree to import the rest.
 */
export function RefusedAttachments({ refused }: { refused: readonly RefusedAttachment[] }) {
  if (refused.length === 0) return null;
  return (
    <div className="notice notice--warn" role="group" aria-labelledby="refused-title">
      <h3 id="refused-title" className="notice__title">
        {refused.length === 1 ? 'One attachment cannot be imported' : `${plural(refused.length, 'attachment')} cannot be imported`}
      </h3>
      <p>
        Folio does not store {refused.length === 1 ? 'this file' : 'these files'}. You can import everything else in the portfolio without{' '}
        {refused.length === 1 ? 'it' : 'them'}; nothing is written until you choose to.
      </p>
      <ul className="refused-attachments">
        {refused.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong> (on {a.evidenceRef}): {a.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The import button's words: it says what will be left out. */
export function importLabel(refused: number): string {
  if (refused === 0) return 'Import';
  return refused === 1 ? 'Import without this attachment' : `Import without these ${refused} attachments`;
}

/** The merge button's words, likewise. */
export function mergeLabel(refused: number): string {
  if (refused === 0) return 'Merge into the portfolio on this device';
  return refused === 1 ? 'Merge without this attachment' : `Merge without these ${refused} attachments`;
}
