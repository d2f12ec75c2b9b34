import { useEffect, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useCoachDismissals } from '../../db/coach';
import { useEvidenceList } from '../../db/hooks';
import { dismissalOf } from '../../domain/coach/dismissals';
import type { Evidence } from '../../domain/schemas';
import { CoachFindingText, DismissedNote } from '../../ui/coach-finding';
import { CoachDismissForm } from './coach-dismiss-form';
import { coachFindingsForForm } from './coach-input';
import type { EvidenceFormValues } from './form-values';

/** How long the coach waits after the last keystroke before it looks again. */
export const COACH_DELAY_MS = 400;

/** The id a new item's findings carry until it is saved (nothing can be dismissed on it before then). */
const NEW_ITEM_ID = 'new-item';

/** The form's values once typing pauses: the checks run on a quiet spell, not on every keystroke. */
function useSettledValues(): EvidenceFormValues {
  const { watch, getValues } = useFormContext<EvidenceFormValues>();
  const [settled, setSettled] = useState(() => getValues());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(getValues()), COACH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [watch, getValues]);
  return settled;
}

/** "What an assessor would question": the coach's findings on the item as it stands in the form, live. */
export function CoachSection({ portfolioId, item, nextRef }: { portfolioId: string; item: Evidence | undefined; nextRef: string }) {
  const settled = useSettledValues();
  const dismissals = useCoachDismissals(portfolioId);
  const portfolioEvidence = useEvidenceList(portfolioId);
  const id = item?.id ?? NEW_ITEM_ID;
  const ref = item?.ref ?? nextRef;
  // The number only orders findings across items; the editor shows one item.
  const number = item?.number ?? 1;
  const findings = useMemo(
    () => coachFindingsForForm(settled, { id, ref, number, portfolioId }, portfolioEvidence),
    [settled, id, ref, number, portfolioId, portfolioEvidence],
  );

  return (
    <section className="card coach" aria-labelledby="coach-title">
      <h2 id="coach-title">What an assessor would question</h2>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="muted">Nothing for now. The coach looks again as you write.</p>
        ) : (
          <ul className="coach__list">
            {findings.map((finding) => {
              const dismissal = dismissals ? dismissalOf(finding, dismissals) : undefined;
              return (
                <li key={`${finding.checkId}:${finding.message}`} className={dismissal ? 'coach-finding coach-finding--dismissed' : 'coach-finding'}>
                  <CoachFindingText finding={finding} />
                  {dismissal ? <DismissedNote dismissal={dismissal} /> : item ? <CoachDismissForm evidenceId={item.id} checkId={finding.checkId} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {findings.length > 0 && !item ? <p className="muted">Save the item first to dismiss a finding that does not apply.</p> : null}
      </div>
    </section>
  );
}
