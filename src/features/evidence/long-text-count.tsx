import { useState } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { longTextBand, longTextCount, type LongTextBand } from '../../domain/long-text';
import type { EvidenceFormValues } from './form-values';

/** What a screen reader hears when the text crosses into a band; nothing while it stays in one. */
function announcement(band: LongTextBand, label: string, length: number): string {
  if (band === 'near') return `${label}: near the limit, ${longTextCount(length)}.`;
  if (band === 'over') return `${label}: over the limit, ${longTextCount(length)}. Shorten it before saving.`;
  return '';
}

/**
 * The live count under a long text field, shown from 80 % of the limit and in the error style past it.
 * The visible count follows every keystroke; the polite announcement only changes when the text
 * crosses into another band, so a screen reader is not read a number per key.
 */
export function LongTextCount({ name, label }: { name: FieldPath<EvidenceFormValues>; label: string }) {
  const value = useWatch<EvidenceFormValues>({ name });
  const length = typeof value === 'string' ? value.length : 0;
  const band = longTextBand(length);
  const [announced, setAnnounced] = useState<{ band: LongTextBand; text: string }>({ band: 'quiet', text: '' });
  // Derived state set while rendering (React's pattern for "changed since last render"): no effect, no extra paint.
  if (announced.band !== band) setAnnounced({ band, text: announcement(band, label, length) });
  return (
    <div className="long-text-count">
      {band === 'quiet' ? null : <p className={band === 'over' ? 'long-text-count__figure long-text-count__figure--over' : 'long-text-count__figure'}>{longTextCount(length)}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announced.text}
      </p>
    </div>
  );
}
