import { useMemo, type ReactNode } from 'react';
import { formatBytes } from '../../domain/byte-sizes';
import { useCheckedPreview } from './use-checked-preview';
import { useObjectUrl } from './use-object-url';

interface AttachmentItemProps {
  name: string;
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

/**
 * One file in the editor's list: a preview for images, its name and size, and its actions. A `blob:`
 * URL has the app's origin, so the download goes out as bytes with no active type, and a preview
 * only as an image type its bytes were checked to be.
 */
export function AttachmentItem({ name, size, blob, note, download, struck, children }: AttachmentItemProps) {
  // A stored value that is not a Blob (jsdom's IndexedDB gives back plain objects, GUIDE §9) gets no link.
  const readable = blob instanceof Blob ? blob : undefined;
  const inert = useMemo(() => (download && readable ? readable.slice(0, readable.size, 'application/octet-stream') : undefined), [readable, download]);
  const downloadUrl = useObjectUrl(inert);
  const previewUrl = useObjectUrl(useCheckedPreview(readable));
  return (
    <li className={struck ? 'attachment attachment--struck' : 'attachment'}>
      {previewUrl ? (
        <img className="attachment__thumb" src={previewUrl} alt={`Preview of ${name}`} />
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
        {download && downloadUrl ? (
          <a href={downloadUrl} download={name} type="application/octet-stream">
            Download <span className="visually-hidden">{name}</span>
          </a>
        ) : null}
        {children}
      </div>
    </li>
  );
}
