import { formatDateTime } from '../domain/readable-dates';
import type { RecordOf } from '../domain/records';

/** An assessor's comments on one item, oldest first, with who wrote each and when. */
export function CommentList({ comments, label }: { comments: readonly RecordOf<'comment'>[]; label: string }) {
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list" aria-label={label}>
      {[...comments]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((c) => (
          <li key={c.id}>
            <span className="pre-line">{c.text}</span> — {c.by.name}, {formatDateTime(c.at)}
          </li>
        ))}
    </ul>
  );
}
