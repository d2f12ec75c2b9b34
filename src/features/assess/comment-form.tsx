import { addComment } from '../../db/assessment';
import { commentInputSchema, type CommentInput } from '../../domain/assessment-input';
import type { Evidence } from '../../domain/schemas';
import { TextAreaField } from '../../ui/fields';
import { useActionForm } from '../../ui/use-action-form';
import { OutcomeNotices } from '../../ui/use-outcome';

/** The assessor's comment on one evidence item (the learner sees it on the item). */
export function CommentForm({ item }: { item: Evidence }) {
  const form = useActionForm(
    commentInputSchema,
    { text: '' },
    async (values: CommentInput) => {
      await addComment(item.id, values);
      return `Your comment on ${item.ref} is saved.`;
    },
    'The comment could not be saved.',
  );
  const { errors, isSubmitting } = form.formState;
  const { register, outcome, submit } = form;

  return (
    <form onSubmit={submit} noValidate className="comment-form">
      <OutcomeNotices done={outcome.done} failure={outcome.failure} />
      <TextAreaField label={`Comment on ${item.ref}`} rows={2} error={errors.text?.message} {...register('text')} />
      <button type="submit" className="button button--secondary" disabled={isSubmitting}>
        Add comment to {item.ref}
      </button>
    </form>
  );
}
