/**
 * Hands bytes to the browser as a download. Returns the object URL so the page can offer the same
 * file again; whoever keeps it revokes it when it is no longer shown.
 */
export function saveBytes(bytes: Uint8Array, fileName: string, type: string): string {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

/** A one-off download: the object URL goes once the click has been handled. */
export function saveBytesOnce(bytes: Uint8Array, fileName: string, type: string): void {
  const url = saveBytes(bytes, fileName, type);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
