import { useId, useState, type DragEvent } from 'react';
import type { AttachmentRow } from '../../db';
import type { NewAttachment } from '../../db/evidence-writes';
import { acceptAttribute, attachmentLimitText } from '../../domain/attachments';
import { shortForMessage } from '../../domain/short-for-message';
import { AttachmentItem } from './attachment-item';
import { readAttachment } from './read-attachment';
import { useCanDrag } from './use-can-drag';

interface AttachmentsSectionProps {
  existing: readonly AttachmentRow[];
  removedIds: readonly string[];
  pending: readonly NewAttachment[];
  onAdd: (files: NewAttachment[]) => void;
  onRemovePending: (sha256: string) => void;
  onSetRemoved: (id: string, removed: boolean) => void;
}

/**
 * Files and photos for the item: a picker (which can open a phone's camera) and, where a mouse can drag, a drop zone.
 * Every file is checked and read before anything changes; a refused file is named with the reason.
 */
export function AttachmentsSection({ existing, removedIds, pending, onAdd, onRemovePending, onSetRemoved }: AttachmentsSectionProps) {
  const inputId = useId();
  const [refusals, setRefusals] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  // Touch screens cannot drag files in, so they see only the button; the drop handlers stay for any that can.
  const canDrag = useCanDrag();

  async function addFiles(files: readonly File[]) {
    if (files.length === 0) return;
    setBusy(true);
    setStatus(`Reading ${files.length === 1 ? shortForMessage(files[0]?.name ?? '') : `${files.length} files`}…`);
    const results = await Promise.all(files.map(readAttachment));
    const known = new Map<string, string>([...existing.filter((a) => !removedIds.includes(a.id)), ...pending].map((a) => [a.sha256, a.name]));
    const refused: string[] = [];
    const accepted: NewAttachment[] = [];
    for (const result of results) {
      if (!result.ok) {
        refused.push(result.reason);
        continue;
      }
      const same = known.get(result.attachment.sha256);
      if (same !== undefined) {
        const [name, earlier] = [shortForMessage(result.attachment.name), shortForMessage(same)];
        refused.push(same === result.attachment.name ? `${earlier} is already attached to this item.` : `${name} is the same file as ${earlier}, which is already attached.`);
        continue;
      }
      known.set(result.attachment.sha256, result.attachment.name);
      accepted.push(result.attachment);
    }
    setRefusals(refused);
    if (accepted.length > 0) onAdd(accepted);
    setStatus(accepted.length > 0 ? `Added ${accepted.map((a) => shortForMessage(a.name)).join(', ')}; stored when you save the item.` : '');
    setBusy(false);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    void addFiles(Array.from(e.dataTransfer.files));
  }

  const items = existing.length + pending.length;
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">Files and photos</h2>
      <div
        className={['dropzone', canDrag ? '' : 'dropzone--no-drag', dragging ? 'dropzone--active' : ''].filter(Boolean).join(' ')}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget instanceof Node ? e.relatedTarget : null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        {canDrag ? <p className="dropzone__text">Drag files here, or</p> : null}
        <input
          id={inputId}
          className="file-input"
          type="file"
          multiple
          accept={acceptAttribute}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void addFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button button--secondary file-input__label">
          Choose files or take a photo
        </label>
        <p id={`${inputId}-hint`} className="field__hint">
          Photos (JPEG, PNG, GIF, WebP, HEIC) and documents (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, text, CSV), up to {attachmentLimitText} each. Web pages, SVG drawings and programs are never stored.
        </p>
      </div>
      {refusals.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{refusals.length === 1 ? 'This file was not added:' : `These ${refusals.length} files were not added:`}</p>
          <ul>
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="attachments__status">
        {status}
      </p>
      {items === 0 ? (
        <p className="muted">No files attached yet.</p>
      ) : (
        <ul className="attachment-list" aria-label="Attached files">
          {existing.map((a) => {
            const removed = removedIds.includes(a.id);
            return (
              <AttachmentItem key={a.id} name={a.name} size={a.size} blob={a.blob} download={!removed} struck={removed} note={removed ? 'removed when you save' : 'saved'}>
                <button type="button" className="button button--secondary button--small" onClick={() => onSetRemoved(a.id, !removed)}>
                  {removed ? 'Keep' : 'Remove'} <span className="visually-hidden">{a.name}</span>
                </button>
              </AttachmentItem>
            );
          })}
          {pending.map((a) => (
            <AttachmentItem key={a.sha256} name={a.name} size={a.size} blob={a.blob} note="new, saved with the item">
              <button type="button" className="button button--secondary button--small" onClick={() => onRemovePending(a.sha256)}>
                Remove <span className="visually-hidden">{a.name}</span>
              </button>
            </AttachmentItem>
          ))}
        </ul>
      )}
    </section>
  );
}
