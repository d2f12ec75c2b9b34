import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useEvidenceList } from '../../db/hooks';
import { kpiRowName } from '../../domain/kpi/kpi-change';
import { kpiRowsOf } from '../../domain/kpi/report-kpis';
import type { Evidence, KpiLink } from '../../domain/schemas';
import type { EvidenceFormValues } from './form-values';

interface Choice {
  link: KpiLink;
  label: string;
}

const same = (a: KpiLink, b: KpiLink) => a.evidenceId === b.evidenceId && a.kpiId === b.kpiId;

/** Every KPI row in the portfolio's other performance reports, as "E007 · Replies within 24 hours (%)". */
function choicesOf(evidence: readonly Evidence[], ownId: string | undefined): Choice[] {
  return [...evidence]
    .filter((e) => e.id !== ownId)
    .sort((a, b) => a.number - b.number)
    .flatMap((report) => kpiRowsOf(report).map((row) => ({ link: { evidenceId: report.id, kpiId: row.id }, label: `${report.ref} · ${kpiRowName(row)}` })));
}

/**
 * "KPIs this item moved": an improvement claims the KPI rows it moved, picked from the performance
 * reports' rows. A link whose row has since gone stays listed, ticked, so it can be removed.
 */
export function KpiLinksSection({ portfolioId, itemId }: { portfolioId: string; itemId: string | undefined }) {
  const id = useId();
  const { control } = useFormContext<EvidenceFormValues>();
  const { field } = useController({ control, name: 'kpiLinks' });
  const evidence = useEvidenceList(portfolioId);
  const links = field.value ?? [];
  if (!evidence) return null;
  const choices = choicesOf(evidence, itemId);
  const gone = links.filter((l) => !choices.some((c) => same(c.link, l)));
  if (choices.length === 0 && gone.length === 0) return null;

  function toggle(link: KpiLink, on: boolean) {
    const rest = links.filter((l) => !same(l, link));
    const next = on ? [...rest, link] : rest;
    field.onChange(next.length > 0 ? next : undefined);
  }

  const goneLabel = (l: KpiLink) => {
    const report = evidence?.find((e) => e.id === l.evidenceId);
    return report ? `A KPI row ${report.ref} no longer has` : 'A KPI row in a report that no longer exists';
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>KPIs this item moved</h2>
      <fieldset className="kpi-links" aria-describedby={`${id}-hint`}>
        <legend className="visually-hidden">KPI rows this item claims to have moved</legend>
        <p id={`${id}-hint`} className="field__hint">
          If this item is an improvement, tick the KPI rows (from your performance reports) it moved. The coach checks each has a figure before and after.
        </p>
        {choices.map((c) => (
          <div className="checkbox" key={`${c.link.evidenceId}:${c.link.kpiId}`}>
            <label>
              <input type="checkbox" checked={links.some((l) => same(l, c.link))} onChange={(e) => toggle(c.link, e.target.checked)} /> {c.label}
            </label>
          </div>
        ))}
        {gone.map((l) => (
          <div className="checkbox" key={`${l.evidenceId}:${l.kpiId}`}>
            <label>
              <input type="checkbox" checked onChange={(e) => toggle(l, e.target.checked)} /> {goneLabel(l)} (untick to remove the link)
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
