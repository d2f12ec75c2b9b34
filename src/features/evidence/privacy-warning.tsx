import { useEffect, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { AttachmentRow } from '../../db/database';
import type { NewAttachment } from '../../db/evidence-writes';
import { usePeopleToRedact } from '../../db/people-to-redact';
import type { EvidenceFormValues } from './form-values';
import { privacyWarnings, type NamedAttachment } from './privacy-warnings';

/** How long typing must pause before the item is scanned again. */
export const PRIVACY_SCAN_DELAY_MS = 400;

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * A warning, while the learner writes, that the item may hold a customer's personal data. It only
 * informs: saving is never blocked, since the data may be the learner's own.
 */
export function PrivacyWarning({
  portfolioId,
  existing,
  removedIds,
  pending,
}: {
  portfolioId: string;
  /** The item's stored files; those in `removedIds` are going when it is saved. */
  existing: readonly AttachmentRow[];
  removedIds: readonly string[];
  /** Files picked and not yet saved. */
  pending: readonly NewAttachment[];
}) {
  // useWatch hands back fresh copies on each change, so the memo below sees every edit.
  const { control } = useFormContext<EvidenceFormValues>();
  const [title, kind, fields, reflection, tags, factors, feedbackTechniques, legislation, policies, kpiRows, cycles] = useWatch({
    control,
    name: ['title', 'kind', 'fields', 'reflection', 'tags', 'factors', 'feedbackTechniques', 'legislation', 'policies', 'kpiRows', 'cycles'],
  });
  const people = usePeopleToRedact(portfolioId);
  const files = useMemo<NamedAttachment[]>(
    () => [
      ...existing.filter((a) => !removedIds.includes(a.id)).map((a) => ({ id: a.id, name: a.name })),
      ...pending.map((p) => ({ id: p.sha256, name: p.name })),
    ],
    [existing, removedIds, pending],
  );
  const current = useMemo(
    () => ({ values: { title, kind, fields, reflection, tags, factors, feedbackTechniques, legislation, policies, kpiRows, cycles }, files }),
    [title, kind, fields, reflection, tags, factors, feedbackTechniques, legislation, policies, kpiRows, cycles, files],
  );
  const settled = useDebounced(current, PRIVACY_SCAN_DELAY_MS);
  const warnings = useMemo(() => privacyWarnings(settled.values, settled.files, people ?? []), [settled, people]);

  return (
    <div role="status" className="privacy-warning-region">
      {warnings.length > 0 ? (
        <section className="notice notice--warn privacy-warning" aria-labelledby="privacy-warning-title">
          <h2 id="privacy-warning-title" className="privacy-warning__title">
            This item may hold a customer’s personal data
          </h2>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w.text}</li>
            ))}
          </ul>
          <p>Remove it, or keep it if it is yours (your own work email, say). Before any export, Folio lists it again and asks whether to mask it in what you send.</p>
        </section>
      ) : null}
    </div>
  );
}
