import { asciiSlug } from '../../domain/ascii-slug';
import { saveBytes } from '../../ui/download';

/** Hands a key card's text to the browser as a download; the object URL goes once the click has been handled. */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = saveBytes(new TextEncoder().encode(text), fileName, type);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Morgan Ellis" → "morgan-ellis-key.folio-key". */
export function keyCardFileName(name: string): string {
  return `${asciiSlug(name) || 'signer'}-key.folio-key`;
}
