import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { setMapping } from '../../db/mapping-writes';
import { kindLabel } from '../../domain/evidence-kinds';
import { rationaleSchema, type Evidence } from '../../domain/schemas';
import { TextField } from '../../ui/fields';
import { errorDetail } from '../../domain/error-detail';

interface RationaleRowProps {
  evidence: Evidence;
  markingPointId: string;
  rationale: string;
  portfolioId: string;
  onRemove: (e: Evidence) => void;
  /** Why the learner cannot change this mapping here (not the learner's device, or the item is locked); absent when they can. */
  readOnlyReason?: string;
}

/** An item mapped to the marking point, with its rationale editable in place. */
export function RationaleRow({ evidence, markingPointId, rationale, portfolioId, onRemove, readOnlyReason }: RationaleRowProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(rationale);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function start() {
    setValue(rationale);
    setError(undefined);
    setEditing(true);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const parsed = rationaleSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      inputRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await setMapping(evidence.id, markingPointId, parsed.data);
      setEditing(false);
    } catch (err) {
      setError(errorDetail(err, 'The rationale could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className="mapping-row">
      <p className="mapping-row__item">
        <Link to={`/p/${portfolioId}/evidence/${evidence.id}`}>
          {evidence.ref} {evidence.title}
        </Link>{' '}
        <span className="muted">· {kindLabel(evidence.kind)}</span>
      </p>
      {editing ? (
        <form className="mapping-row__form" onSubmit={save} noValidate onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <TextField
            ref={inputRef}
            label={`How ${evidence.ref} shows ${markingPointId}`}
            hint="One line"
            error={error}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <div className="cluster">
            <button type="submit" className="button button--small" disabled={saving}>
              Save rationale
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="mapping-row__rationale">
            <span className="visually-hidden">Rationale:</span>{' '}
            {rationale || <span className="muted">No rationale given yet.</span>}
          </p>
          {readOnlyReason ? (
            <p className="muted">{readOnlyReason}</p>
          ) : (
            <div className="cluster">
              <button type="button" ref={editRef} className="button button--small button--secondary" onClick={start}>
                Edit rationale{' '}
                <span className="visually-hidden">for {evidence.ref}</span>
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => onRemove(evidence)}>
                Remove{' '}
                <span className="visually-hidden">
                  {evidence.ref} from {markingPointId}
                </span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
