import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addComment } from '../../db/assessment';
import { commentInputSchema, type CommentInput } from '../../domain/assessment-input';
import { errorDetail } from '../../domain/error-detail';
import type { Evidence } from '../../domain/schemas';
import { TextAreaField } from '../../ui/fields';
import { ErrorNotice } from '../../ui/error-notice';

/** The assessor's comment on one evidence item (the learner sees it on the item). */
export function CommentForm({ item }: { item: Evidence }) {
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CommentInput>({ resolver: zodResolver(commentInputSchema), defaultValues: { text: '' } });

  const submit = handleSubmit(async (values) => {
    setDone(null);
    setFailure(null);
    try {
      await addComment(item.id, values);
      setDone(`Your comment on ${item.ref} is saved.`);
      reset({ text: '' });
    } catch (e) {
      setFailure(errorDetail(e, 'The comment could not be saved.'));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="comment-form">
      <p role="status" className={done ? 'notice notice--ok' : 'visually-hidden'}>
        {done}
      </p>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      <TextAreaField label={`Comment on ${item.ref}`} rows={2} error={errors.text?.message} {...register('text')} />
      <button type="submit" className="button button--secondary" disabled={isSubmitting}>
        Add comment to {item.ref}
      </button>
    </form>
  );
}
