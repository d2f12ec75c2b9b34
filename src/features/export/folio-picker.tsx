import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatLimit } from '../../domain/byte-sizes';

interface FolioPickerProps {
  onFile: (file: File) => void;
  disabled: boolean;
  /** The largest file accepted, shown as a hint. */
  maxBytes: number;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * A drop zone with a button in it. The button is the keyboard (and screen reader) way in; dropping a
 * file anywhere on the zone does the same.
 */
export function FolioPicker({ onFile, disabled, maxBytes }: FolioPickerProps) {
  const input = useRef<HTMLInputElement>(null);
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
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
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
      <p>Drag a .folio file here, or</p>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        Choose a .folio file
      </button>
      <p className="drop-zone__hint">A .folio file exported from Folio, up to {formatLimit(maxBytes)}.</p>
      <input
        ref={input}
        type="file"
        accept=".folio"
        aria-label="Choose a .folio file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) still counts as a change.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
