import { formatBytes } from '../../domain/format';

const GB = 1024 ** 3;

/** Like formatBytes, but a browser's allowance runs to gigabytes: "2.1 MB", "10 GB". */
export function formatStorageSize(bytes: number): string {
  if (bytes < GB) return formatBytes(bytes);
  const gb = bytes / GB;
  return `${gb < 10 ? gb.toFixed(1) : Math.round(gb)} GB`;
}

/** "2.1 MB used of about 10 GB available"; the allowance is the browser's estimate, hence "about". */
export function spaceSentence(usage: number | undefined, quota: number | undefined): string | null {
  if (usage !== undefined && quota !== undefined) return `${formatStorageSize(usage)} used of about ${formatStorageSize(quota)} available`;
  if (usage !== undefined) return `${formatStorageSize(usage)} used`;
  if (quota !== undefined) return `About ${formatStorageSize(quota)} available`;
  return null;
}
