/*
 * Byte counts in the units people read them in. Every size Folio shows — in the app, in an error
 * message, on the command line — is written by one of these, so "1.5 MB" means the same everywhere.
 */

export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;

/** `bytes` in megabytes, to one decimal place: "0.4 MB", "12.0 MB". For progress counts that stay in one unit. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** "512 bytes", "1.5 KB", "2.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  return formatMegabytes(bytes);
}

/** A limit or a size beside one: like formatBytes, but whole megabytes lose their ".0" ("200 MB", "10.5 MB"). */
export function formatLimit(bytes: number): string {
  if (bytes < MB) return formatBytes(bytes);
  return `${Number((bytes / MB).toFixed(1))} MB`;
}

/** A file written on the command line: whole kilobytes below a megabyte ("84 KB", "3.2 MB"). */
export function formatFileSize(bytes: number): string {
  return bytes < MB ? `${(bytes / KB).toFixed(0)} KB` : formatMegabytes(bytes);
}

/** Like formatBytes, but a browser's storage allowance runs to gigabytes: "2.1 MB", "10 GB". */
export function formatStorageSize(bytes: number): string {
  if (bytes < GB) return formatBytes(bytes);
  const gb = bytes / GB;
  return `${gb < 10 ? gb.toFixed(1) : Math.round(gb)} GB`;
}
