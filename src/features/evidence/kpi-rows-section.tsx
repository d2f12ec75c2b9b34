import { useEffect, useId, useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { KPI_TEXT_FIELD } from '../../domain/kpi/report-kpis';
import { clock } from '../../platform/clock';
import { FieldError } from '../../ui/fields';
import { KpiView } from '../../ui/kpi-view';
import type { EvidenceFormValues } from './form-values';
import { emptyKpiRow, type KpiRowFormValues } from './kpi-form-values';
import { chartableRow, kpiRowLabel, rowsFromText } from './kpi-form-rows';

type Cell = Exclude<keyof KpiRowFormValues, 'id'>;

const COLUMNS: readonly { key: Cell; label: string; type: 'text' | 'date' | 'number' }[] = [
  { key: 'measure', label: 'Measure', type: 'text' },
  { key: 'unit', label: 'Unit', type: 'text' },
  { key: 'baseline', label: 'Before', type: 'number' },
  { key: 'baselineDate', label: 'Date before', type: 'date' },
  { key: 'target', label: 'Target', type: 'number' },
  { key: 'result', label: 'After', type: 'number' },
  { key: 'resultDate', label: 'Date after', type: 'date' },
];

/**
 * A performance report's KPIs as rows: each cell a labelled input with its error beside it, rows added
 * and removed (with undo), "Turn these into rows" for a report written as text, and a live preview of
 * the table and charts. Nothing is stored until the learner saves the item.
 */
export function KpiRowsSection() {
  const id = useId();
  const { control, register, formState, setFocus } = useFormContext<EvidenceFormValues>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'kpiRows', keyName: 'key' });
  const values = useWatch({ control, name: 'kpiRows' }) ?? [];
  const text = useWatch({ control, name: `fields.${KPI_TEXT_FIELD}` }) ?? '';
  const [removed, setRemoved] = useState<{ row: KpiRowFormValues; index: number } | null>(null);
  const [status, setStatus] = useState<string>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number>();
  const errors = formState.errors.kpiRows;
  const rootError = errors?.message ?? errors?.root?.message;

  useEffect(() => {
    if (focusRow !== undefined) {
      setFocus(`kpiRows.${focusRow}.measure`);
      setFocusRow(undefined);
    }
  }, [focusRow, setFocus]);
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  function addRow() {
    append(emptyKpiRow(clock.newId()), { shouldFocus: false });
    setRemoved(null);
    setStatus(undefined);
    setFocusRow(fields.length);
  }

  function removeRow(index: number) {
    const row = values[index];
    if (!row) return;
    remove(index);
    setRemoved({ row, index });
    setStatus(undefined);
  }

  function undo() {
    if (!removed) return;
    insert(removed.index, removed.row, { shouldFocus: false });
    setFocusRow(removed.index);
    setRemoved(null);
  }

  function turnIntoRows() {
    const proposal = rowsFromText(text, clock.newId);
    setRemoved(null);
    append(proposal.rows, { shouldFocus: false });
    setStatus(proposal.status);
    setFocusRow(fields.length);
  }

  const preview = values.flatMap((row) => chartableRow(row) ?? []);
  return (
    <section className="kpi-rows" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>KPI rows</h3>
      <p id={`${id}-hint`} className="field__hint">
        One row per measure: what you measured and in what unit, the figure before with its date, the target, and the figure after with its date once you have it. Figures are numbers such as 61, 61.5 or 1,200. The rows are what the charts and the PDF table show; the text above stays as you wrote it.
      </p>
      <FieldError id={`${id}-error`} message={rootError} />
      {fields.length > 0 ? (
        <div className="kpi-table-wrap">
          <table className="kpi-table kpi-table--edit" aria-describedby={`${id}-hint`}>
            <caption className="visually-hidden">KPI rows to edit</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f, index) => (
                <tr key={f.key}>
                  {COLUMNS.map((c) => {
                    const inputId = `${id}-${f.key}-${c.key}`;
                    const message = errors?.[index]?.[c.key]?.message;
                    return (
                      <td key={c.key} className={message ? 'kpi-cell kpi-cell--error' : 'kpi-cell'}>
                        <label htmlFor={inputId} className="visually-hidden">
                          {c.label}, {kpiRowLabel(values[index], index)}
                        </label>
                        <input
                          id={inputId}
                          type={c.type === 'date' ? 'date' : 'text'}
                          className={`kpi-cell__input kpi-cell__input--${c.type} kpi-cell__input--${c.key}`}
                          aria-invalid={message ? true : undefined}
                          aria-describedby={message ? `${inputId}-error` : undefined}
                          {...register(`kpiRows.${index}.${c.key}`)}
                        />
                        <FieldError id={`${inputId}-error`} message={message} />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" className="button button--secondary button--small" onClick={() => removeRow(index)}>
                      Remove{' '}
                      <span className="visually-hidden">{kpiRowLabel(values[index], index)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No KPI rows yet.</p>
      )}
      <div role="status">
        {removed ? (
          <p className="notice notice--ok">
            Removed {kpiRowLabel(removed.row, removed.index)}.{' '}
            <button type="button" ref={undoRef} className="link-button" onClick={undo}>
              Undo
            </button>
          </p>
        ) : null}
        {status ? <p className="notice">{status}</p> : null}
      </div>
      <div className="kpi-rows__actions">
        <button type="button" className="button button--secondary" onClick={addRow}>
          Add a KPI row
        </button>
        {fields.length === 0 && text.trim() !== '' ? (
          <button type="button" className="button button--secondary" onClick={turnIntoRows}>
            Turn these into rows
          </button>
        ) : null}
      </div>
      {preview.length > 0 ? (
        <div className="kpi-rows__preview">
          <h4>Preview of the table and charts</h4>
          <KpiView rows={preview} caption="KPIs as they will show" />
        </div>
      ) : null}
    </section>
  );
}
