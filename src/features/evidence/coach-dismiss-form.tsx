import { useRef, useState, type KeyboardEvent } from 'react';
import { CoachDismissalError, dismissCoachFinding } from '../../db/coach';
import { coachDismissalInputSchema } from '../../domain/coach/dismissals';
import { TextField } from '../../ui/fields';

/**
 * "Dismiss" on one finding: a short reason is required. It sits inside the evidence form, so it is not a
 * form of its own (forms do not nest): its buttons are plain buttons and Enter in the reason dismisses.
 */
export function CoachDismissForm({ evidenceId, checkId }: { evidenceId: string; checkId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  async function dismiss() {
    const parsed = coachDismissalInputSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await dismissCoachFinding(evidenceId, checkId, parsed.data);
    } catch (e) {
      setError(e instanceof CoachDismissalError ? e.message : 'The dismissal could not be saved on this device. Try again.');
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      // Enter would otherwise submit the whole evidence form.
      e.preventDefault();
      void dismiss();
    }
    if (e.key === 'Escape') close();
  }

  function close() {
    setOpen(false);
    setReason('');
    setError(undefined);
    queueMicrotask(() => opener.current?.focus());
  }

  if (!open)
    return (
      <button ref={opener} type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        Dismiss…
      </button>
    );
  return (
    <div className="coach-dismiss">
      <TextField
        label="Why does this not apply?"
        hint="A few words the assessor will read beside the item."
        required
        autoFocus
        maxLength={250}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="coach-dismiss__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void dismiss()}>
          Dismiss finding
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
