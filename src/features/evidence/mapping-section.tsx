import { useEffect, useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { catalogue, type MarkingPoint, unitOf } from '../../catalogue';
import { TextField } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';
import { FocusedPointGuidance } from './focused-point-guidance';

/**
 * Choosing marking points, grouped by unit with their verbatim text, each with its one-line
 * rationale; the unit guidance sits beside the list and follows the marking point in focus.
 */
export function MappingSection({ openUnitIds }: { /** Units to open, e.g. those with an error after a submit. */ openUnitIds: readonly string[] }) {
  const { control } = useFormContext<EvidenceFormValues>();
  const { field } = useController({ control, name: 'mappings' });
  const mappings = field.value;
  const [customerType, tags] = useWatch({ control, name: ['customerType', 'tags'] });
  const [activePoint, setActivePoint] = useState<string | undefined>(mappings[0]?.markingPointId);
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set([...openUnitIds, ...mappings.flatMap((m) => unitOf(m.markingPointId)?.id ?? [])]),
  );
  useEffect(() => {
    setOpen((prev) => (openUnitIds.every((id) => prev.has(id)) ? prev : new Set([...prev, ...openUnitIds])));
  }, [openUnitIds]);

  function toggle(point: MarkingPoint, checked: boolean) {
    const chosen = mappings.some((m) => m.markingPointId === point.id);
    if (checked && !chosen) field.onChange([...mappings, { markingPointId: point.id, rationale: '' }]);
    if (!checked && chosen) field.onChange(mappings.filter((m) => m.markingPointId !== point.id));
    setActivePoint(point.id);
  }

  function setRationale(pointId: string, rationale: string) {
    field.onChange(mappings.map((m) => (m.markingPointId === pointId ? { ...m, rationale } : m)));
  }

  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Marking points this item meets</h2>
      <p className="muted">
        Tick each marking point this item is evidence for, and say in one line how it shows it. {mappings.length === 0 ? 'None chosen yet.' : `${mappings.length} chosen.`}
      </p>
      <div className="mapping">
        <div className="mapping__units">
          {catalogue.units.map((unit) => {
            const chosen = mappings.filter((m) => unit.markingPoints.some((mp) => mp.id === m.markingPointId)).length;
            return (
              <details
                key={unit.id}
                className="mapping__unit"
                open={open.has(unit.id)}
                onToggle={(e) => {
                  const isOpen = e.currentTarget.open;
                  setOpen((prev) => {
                    if (prev.has(unit.id) === isOpen) return prev;
                    const next = new Set(prev);
                    if (isOpen) next.add(unit.id);
                    else next.delete(unit.id);
                    return next;
                  });
                }}
              >
                <summary>
                  Unit {unit.number}: {unit.title}
                  <span className="mapping__count">{chosen > 0 ? ` — ${chosen} chosen` : ''}</span>
                </summary>
                <ul className="point-list">
                  {unit.markingPoints.map((point) => {
                    const index = mappings.findIndex((m) => m.markingPointId === point.id);
                    return (
                      <PointRow
                        key={point.id}
                        point={point}
                        index={index}
                        rationale={mappings[index]?.rationale ?? ''}
                        onRationale={(text) => setRationale(point.id, text)}
                        onBlur={field.onBlur}
                        onToggle={(checked) => toggle(point, checked)}
                        onFocus={() => setActivePoint(point.id)}
                      />
                    );
                  })}
                </ul>
              </details>
            );
          })}
        </div>
        <FocusedPointGuidance pointId={activePoint} customerType={customerType} tags={tags} />
      </div>
    </section>
  );
}

interface PointRowProps {
  point: MarkingPoint;
  /** Where this point sits in the form's mappings, or -1 when it is not chosen. */
  index: number;
  rationale: string;
  onRationale: (text: string) => void;
  onBlur: () => void;
  onToggle: (checked: boolean) => void;
  onFocus: () => void;
}

function PointRow({ point, index, rationale, onRationale, onBlur, onToggle, onFocus }: PointRowProps) {
  const { formState } = useFormContext<EvidenceFormValues>();
  const checked = index >= 0;
  const checkboxId = `point-${point.id}`;
  return (
    <li className={checked ? 'point point--chosen' : 'point'} onFocus={onFocus}>
      <div className="point__choice">
        <input id={checkboxId} type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        <label htmlFor={checkboxId}>
          <strong className="point__id">{point.id}</strong> {point.text}
        </label>
      </div>
      {checked ? (
        <div className="point__rationale">
          <TextField
            label={`Rationale: how this item shows ${point.id}`}
            hint="One line, in your own words."
            required
            autoComplete="off"
            error={formState.errors.mappings?.[index]?.rationale?.message}
            name={`mappings.${index}.rationale`}
            value={rationale}
            onChange={(e) => onRationale(e.target.value)}
            onBlur={onBlur}
          />
        </div>
      ) : null}
    </li>
  );
}
