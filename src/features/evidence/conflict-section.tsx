import { useState } from 'react';
import { keepVersion } from '../../db/history';
import type { HistoryConflict } from '../../domain/history';
import { formatDateTime } from '../../domain/readable-dates';
import type { EvidenceVersion } from '../../domain/records';
import { ErrorNotice } from '../../ui/error-notice';
import { savedBy, VersionDetails } from './version-details';

interface Props {
  evidenceId: string;
  conflicts: readonly HistoryConflict[];
  fileNames: ReadonlyMap<string, string>;
  onKept: (message: string) => void;
}

/**
 * What a merge could not settle for this item, with every side shown: versions saved on two devices
 * side by side, or the deletion next to the edit that outlived it. Keeping one writes a new version
 * that follows all of them, so none is dropped from the history.
 */
export function ConflictSection({ evidenceId, conflicts, fileNames, onKept }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keep = async (v: EvidenceVersion) => {
    setBusy(true);
    setError(null);
    try {
      await keepVersion(evidenceId, v.id);
      onKept(`Kept version ${v.version}. Every version stays in the history below.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The version could not be kept; try again.');
    } finally {
      setBusy(false);
    }
  };
  const twoDevices = conflicts.find((c) => c.kind === 'concurrent-edits');
  const afterDelete = conflicts.find((c) => c.kind === 'edited-after-delete');
  return (
    <section className="card conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{twoDevices ? 'Edited on two devices' : 'Edited after it was deleted'}</h2>
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      {afterDelete?.kind === 'edited-after-delete' ? (
        <p>
          This item was deleted by{' '}
          {afterDelete.tombstones.map((t) => `${t.by.name} on ${formatDateTime(t.at)}`).join(' and ')}, but it was changed on another device that had not
          seen the deletion, so it is back. Keep it, or delete it again from the editor.
        </p>
      ) : null}
      {twoDevices?.kind === 'concurrent-edits' ? (
        <p>These versions were saved on different devices from the same starting point. The newest is shown for now; keep the one you want. The other stays in the history.</p>
      ) : null}
      <div className="conflict__sides">
        {(twoDevices?.kind === 'concurrent-edits' ? twoDevices.heads : afterDelete?.kind === 'edited-after-delete' ? [afterDelete.head] : []).map((v) => (
          <div key={v.id} className="conflict__side">
            <VersionDetails version={v} fileNames={fileNames} />
            <button type="button" className="button" disabled={busy} onClick={() => void keep(v)} aria-label={`Keep ${savedBy(v)}`}>
              {twoDevices ? 'Keep this version' : 'Keep this item'}
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
