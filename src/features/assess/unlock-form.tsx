import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { unlockEvidence } from '../../db/assessment';
import { unlockInputSchema, type UnlockInput } from '../../domain/assessment-input';
import { errorDetail } from '../../domain/error-detail';
import type { Evidence } from '../../domain/schemas';
import { ErrorNotice } from '../../ui/error-notice';
import { TextAreaField } from '../../ui/fields';

/** Unlocks one item of a signed-off unit, with the reason the record keeps. */
export function UnlockForm({ item }: { item: Evidence }) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<UnlockInput>({ resolver: zodResolver(unlockInputSchema), defaultValues: { reason: '' } });
  const { ref, ...reasonField } = register('reason');

  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await unlockEvidence(item.id, values);
    } catch (e) {
      setFailure(errorDetail(e, 'The item could not be unlocked.'));
    }
  });

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Unlock {item.ref}…
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      <TextAreaField
        label={`Why ${item.ref} is unlocked`}
        hint="Recorded with your name and signed; the learner sees it"
        required
        rows={2}
        error={errors.reason?.message}
        ref={(el) => {
          ref(el);
          reasonRef.current = el;
        }}
        {...reasonField}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        Unlock {item.ref}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
