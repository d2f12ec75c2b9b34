import { memo, useRef, useState } from 'react';
import { removePortfolios, type DeviceLearner } from '../../db/cohort-load';
import { errorClause } from '../../domain/error-detail';
import { plural } from '../../domain/plural';
import { shortForMessage } from '../../domain/short-for-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';

const NO_GROUP = 'No group';
/** Names listed in the confirmation before "and N more". */
const NAMES_SHOWN = 8;

interface Removal {
  ids: string[];
  names: string[];
}

function groupsOf(learners: readonly DeviceLearner[]): [string, DeviceLearner[]][] {
  const groups = new Map<string, DeviceLearner[]>();
  for (const l of learners) groups.set(l.group ?? NO_GROUP, [...(groups.get(l.group ?? NO_GROUP) ?? []), l]);
  // Named groups by name, then the learners without one.
  return [...groups].sort(([a], [b]) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : a.localeCompare(b)));
}

function namesSentence(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map((n) => shortForMessage(n, 40));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * The learners on this device, by group, each learner or group removable after a confirmation that
 * names who. Memoised: a load redraws its progress many times a second, and this list need not follow.
 */
export const DeviceLearnersSection = memo(function DeviceLearnersSection({ learners, clashes }: { learners: readonly DeviceLearner[]; clashes: ReadonlyMap<string, string[]> }) {
  const [asking, setAsking] = useState<Removal>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const nameOf = new Map(learners.map((l) => [l.portfolioId, l.learnerName]));

  async function remove(removal: Removal) {
    setAsking(undefined);
    try {
      await removePortfolios(removal.ids);
      setStatus({ text: `Removed ${plural(removal.ids.length, 'learner')} from this device: ${namesSentence(removal.names)}.`, error: false });
    } catch (e) {
      setStatus({ text: `Nothing was removed: ${errorClause(e)}. Try again.`, error: true });
    }
    heading.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="device-learners-title">
      <h2 id="device-learners-title" ref={heading} tabIndex={-1}>
        Learners on this device
      </h2>
      {status ? (
        <p className={status.error ? 'notice notice--error' : 'notice notice--ok'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {learners.length === 0 ? <p>No learners yet: load their files above.</p> : null}
      {groupsOf(learners).map(([group, members]) => (
        <section key={group} aria-label={`${group}, ${plural(members.length, 'learner')}`}>
          <div className="group-heading">
            <h3>
              {shortForMessage(group, 80)} ({plural(members.length, 'learner')})
            </h3>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setAsking({ ids: members.map((m) => m.portfolioId), names: members.map((m) => m.learnerName) })}
            >
              Remove {group === NO_GROUP ? 'the learners without a group' : `the group ${shortForMessage(group, 60)}`}
            </button>
          </div>
          <ul className="device-learners">
            {members.map((l) => {
              const others = clashes.get(l.portfolioId) ?? [];
              return (
                <li key={l.portfolioId}>
                  <span>
                    {shortForMessage(l.learnerName, 60)} — learner number {shortForMessage(l.learnerNumber, 40)}, assessor {shortForMessage(l.assessorName, 60)}
                    {others.length > 0 ? (
                      <span className="load-result__flag">Shares a learner number with {others.map((id) => shortForMessage(nameOf.get(id) ?? 'another learner', 40)).join(', ')}</span>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Remove ${shortForMessage(l.learnerName, 60)}`}
                    onClick={() => setAsking({ ids: [l.portfolioId], names: [l.learnerName] })}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <ConfirmDialog
        open={asking !== undefined}
        title={`Remove ${plural(asking?.ids.length ?? 0, 'learner')} from this device?`}
        confirmLabel={`Remove ${plural(asking?.ids.length ?? 0, 'learner')}`}
        danger
        onConfirm={() => void (asking && remove(asking))}
        onCancel={() => setAsking(undefined)}
      >
        <p>
          This removes the {asking && asking.ids.length === 1 ? 'portfolio' : 'portfolios'} of {namesSentence(asking?.names ?? [])} from this device, with all
          their evidence, decisions and files. The learners’ own copies, and any files you were sent, are not touched; load a file again to bring a learner
          back.
        </p>
      </ConfirmDialog>
    </section>
  );
});
