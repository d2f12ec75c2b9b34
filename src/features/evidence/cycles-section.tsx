import { useId, useMemo, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Link } from 'react-router';
import { useEvidenceList } from '../../db';
import { addCycleLink, isCycleStage } from '../../domain/cycles/add-cycle-link';
import { cycleNames, cycleStageLabels } from '../../domain/cycles/cycle-summary';
import { cycleStages, LIMITS, type CycleLink } from '../../domain/schemas';
import { FieldError } from '../../ui/fields';
import type { EvidenceFormValues } from './form-values';

/** The label of a stage the form holds (a draft may carry one no longer known: shown as it is). */
function stageLabel(stage: string): string {
  return isCycleStage(stage) ? cycleStageLabels[stage] : stage;
}

/**
 * Links the item to stages of named plan-do-review cycles: pick a cycle already in use or type a new
 * one, choose the stage, and "Link". The links are part of the item, saved with it.
 */
export function CyclesSection({ portfolioId, itemId }: { portfolioId: string; itemId: string | undefined }) {
  const id = useId();
  const { control } = useFormContext<EvidenceFormValues>();
  const { field } = useController({ control, name: 'cycles' });
  const links = useMemo(() => field.value ?? [], [field.value]);
  const evidence = useEvidenceList(portfolioId);
  // Other items' cycles: this item's own stored ones may have been removed in the form.
  const known = useMemo(() => cycleNames((evidence ?? []).filter((e) => e.id !== itemId)), [evidence, itemId]);
  const [name, setName] = useState('');
  const [stage, setStage] = useState('');
  const [error, setError] = useState<{ on: 'name' | 'stage'; message: string } | undefined>();

  function link() {
    const typedLinks: CycleLink[] = links.flatMap((l) => (isCycleStage(l.stage) ? [{ cycle: l.cycle, stage: l.stage }] : []));
    const result = addCycleLink(typedLinks, name, stage, known);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(undefined);
    field.onChange([...links, result.links[result.links.length - 1]]);
    setName('');
    setStage('');
  }

  function remove(index: number) {
    // An empty list is saved as no list (form-values.ts), as a stored item without cycles has none.
    field.onChange(links.filter((_, i) => i !== index));
  }

  const nameError = error?.on === 'name' ? error.message : undefined;
  const stageError = error?.on === 'stage' ? error.message : undefined;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Plan-do-review cycles</h2>
      <p id={`${id}-hint`} className="field__hint">
        Show a full cycle: identify need → agree standards → deliver → monitor → evaluate → improve. If this item is a stage of one, link it here; an
        item can be in more than one cycle. <Link to={`/p/${portfolioId}/cycles`}>See all your cycles</Link>
      </p>
      {links.length > 0 ? (
        <ul className="tag-list" aria-label="Cycles this item is in">
          {links.map((l, i) => (
            <li key={`${l.cycle}:${l.stage}`} className="tag">
              <span>
                {l.cycle}: {stageLabel(l.stage)}
              </span>
              <button type="button" className="tag__remove" onClick={() => remove(i)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">
                  Remove from {l.cycle}, stage {stageLabel(l.stage)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Not linked to a cycle.</p>
      )}
      <div className="cluster">
        <div className={nameError ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-name`} className="field__label">
            Cycle
          </label>
          <FieldError id={`${id}-name-error`} message={nameError} />
          <input
            id={`${id}-name`}
            type="text"
            list={`${id}-names`}
            value={name}
            maxLength={LIMITS.tagMax + 20}
            aria-describedby={nameError ? `${id}-hint ${id}-name-error` : `${id}-hint`}
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                link();
              }
            }}
          />
          <datalist id={`${id}-names`}>
            {known.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </div>
        <div className={stageError ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-stage`} className="field__label">
            Stage
          </label>
          <FieldError id={`${id}-stage-error`} message={stageError} />
          <select
            id={`${id}-stage`}
            value={stage}
            aria-describedby={stageError ? `${id}-stage-error` : undefined}
            aria-invalid={stageError ? true : undefined}
            onChange={(e) => setStage(e.target.value)}
          >
            <option value="">Choose a stage</option>
            {cycleStages.map((s) => (
              <option key={s} value={s}>
                {cycleStageLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={link}>
          Link to this stage
        </button>
      </div>
    </section>
  );
}
