import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatLimit } from '../domain/byte-sizes';

interface FolioPickerProps {
  /** The files chosen or dropped: one, or with `multiple` as many as were given, in their order. */
  onFiles: (files: File[]) => void;
  disabled: boolean;
  /** The largest file accepted, shown as a hint. */
  maxBytes: number;
  /** Many files at once (a tutor loading a cohort), rather than one. */
  multiple?: boolean;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * A drop zone with a button in it. The button is the keyboard (and screen reader) way in; dropping a
 * file (or, with `multiple`, files) anywhere on the zone does the same.
 */
export function FolioPicker({ onFiles, disabled, maxBytes, multiple = false }: FolioPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const label = multiple ? 'Choose .folio files' : 'Choose a .folio file';
  const [over, setOver] = useState(false);

  // A file dropped just outside the zone would otherwise make the browser open it in place of the app.
  useEffect(() => {
    const keep = (e: globalThis.DragEvent) => {
      if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files).slice(0, multiple ? undefined : 1);
    if (files.length > 0 && !disabled) onFiles(files);
  }

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{multiple ? 'Drag .folio files here, or' : 'Drag a .folio file here, or'}</p>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <p className="drop-zone__hint">
        {multiple ? 'Portfolio files exported from Folio, each' : 'A .folio file exported from Folio,'} up to {formatLimit(maxBytes)}.
      </p>
      <input
        ref={input}
        type="file"
        accept=".folio"
        aria-label={label}
        multiple={multiple}
        hidden
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared so that choosing the same file again (after fixing it) still counts as a change.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
