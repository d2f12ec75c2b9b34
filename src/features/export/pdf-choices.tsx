import { useId } from 'react';
import { catalogue } from '../../catalogue';
import { FieldError } from '../../ui/fields';

export interface PdfChoicesValue {
  scope: 'whole' | 'units';
  unitIds: string[];
  includeAttachments: boolean;
  includeAudit: boolean;
}

export const defaultPdfChoices: PdfChoicesValue = {
  scope: 'whole',
  unitIds: catalogue.units.map((u) => u.id),
  includeAttachments: true,
  includeAudit: false,
};

/** The units to render, in catalogue order; undefined means the whole portfolio. */
export function chosenUnitIds(value: PdfChoicesValue): string[] | undefined {
  if (value.scope === 'whole') return undefined;
  return catalogue.units.filter((u) => value.unitIds.includes(u.id)).map((u) => u.id);
}

interface PdfChoicesProps {
  value: PdfChoicesValue;
  onChange: (next: PdfChoicesValue) => void;
  disabled: boolean;
  /** Shown next to the unit choice when it cannot be used as it is. */
  unitError?: string;
}

/** What goes into the PDF: all of it or some units, with or without attachments, with or without the audit trail. */
export function PdfChoices({ value, onChange, disabled, unitError }: PdfChoicesProps) {
  const id = useId();
  const unitErrorId = `${id}-unit-error`;
  const toggleUnit = (unitId: string, on: boolean) =>
    onChange({ ...value, unitIds: on ? [...value.unitIds, unitId] : value.unitIds.filter((u) => u !== unitId) });

  return (
    <>
      <fieldset disabled={disabled}>
        <legend>What to include</legend>
        <div className="choice">
          <input id={`${id}-whole`} type="radio" name={`${id}-scope`} checked={value.scope === 'whole'} onChange={() => onChange({ ...value, scope: 'whole' })} />
          <label htmlFor={`${id}-whole`}>The whole portfolio</label>
        </div>
        <div className="choice">
          <input id={`${id}-units`} type="radio" name={`${id}-scope`} checked={value.scope === 'units'} onChange={() => onChange({ ...value, scope: 'units' })} />
          <label htmlFor={`${id}-units`}>Only the units I choose</label>
        </div>
        {value.scope === 'units' ? (
          <fieldset className={unitError ? 'export-units field--error' : 'export-units'} aria-describedby={unitError ? unitErrorId : undefined}>
            <legend>Units</legend>
            <FieldError id={unitErrorId} message={unitError} />
            {catalogue.units.map((unit) => (
              <div className="choice" key={unit.id}>
                <input
                  id={`${id}-unit-${unit.id}`}
                  type="checkbox"
                  checked={value.unitIds.includes(unit.id)}
                  onChange={(e) => toggleUnit(unit.id, e.target.checked)}
                />
                <label htmlFor={`${id}-unit-${unit.id}`}>
                  Unit {unit.number}: {unit.title}
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Attachments</legend>
        <div className="choice">
          <input
            id={`${id}-with`}
            type="radio"
            name={`${id}-attachments`}
            checked={value.includeAttachments}
            onChange={() => onChange({ ...value, includeAttachments: true })}
          />
          <label htmlFor={`${id}-with`}>Include attachments (photos shown in the PDF, other files listed with their size and checksum)</label>
        </div>
        <div className="choice">
          <input
            id={`${id}-without`}
            type="radio"
            name={`${id}-attachments`}
            checked={!value.includeAttachments}
            onChange={() => onChange({ ...value, includeAttachments: false })}
          />
          <label htmlFor={`${id}-without`}>Leave attachments out (a smaller PDF)</label>
        </div>
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Audit trail</legend>
        <div className="choice">
          <input
            id={`${id}-audit`}
            type="checkbox"
            checked={value.includeAudit}
            onChange={(e) => onChange({ ...value, includeAudit: e.target.checked })}
          />
          <label htmlFor={`${id}-audit`}>Add the audit trail as an appendix (every recorded change: who, when and what)</label>
        </div>
      </fieldset>
    </>
  );
}
