import type { ReactNode } from 'react';
import { formatBytes } from '../../domain/format';
import { canPreview } from './attachment-rules';
import { useObjectUrl } from './use-object-url';

interface AttachmentItemProps {
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** A short note after the size, e.g. "new — saved with the item". */
  note: string;
  /** Offer a download link (stored files). */
  download?: boolean;
  struck?: boolean;
  children?: ReactNode;
}

function extensionBadge(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : 'FILE';
}

/** One file in the editor's list: a preview for images, its name and size, and its actions. */
export function AttachmentItem({ name, type, size, blob, note, download, struck, children }: AttachmentItemProps) {
  const url = useObjectUrl(blob);
  const preview = canPreview(type);
  return (
    <li className={struck ? 'attachment attachment--struck' : 'attachment'}>
      {preview && url ? (
        <img className="attachment__thumb" src={url} alt={`Preview of ${name}`} />
      ) : (
        <span className="attachment__thumb attachment__thumb--file" aria-hidden="true">
          {extensionBadge(name)}
        </span>
      )}
      <div className="attachment__text">
        <span className="attachment__name">{name}</span>
        <span className="muted">
          {formatBytes(size)} · {note}
        </span>
      </div>
      <div className="attachment__actions">
        {download && url ? (
          <a href={url} download={name}>
            Download <span className="visually-hidden">{name}</span>
          </a>
        ) : null}
        {children}
      </div>
    </li>
  );
}
