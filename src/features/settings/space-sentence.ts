import { formatStorageSize } from '../../domain/byte-sizes';

/** "2.1 MB used of about 10 GB available"; the allowance is the browser's estimate, hence "about". */
export function spaceSentence(usage: number | undefined, quota: number | undefined): string | null {
  if (usage !== undefined && quota !== undefined) return `${formatStorageSize(usage)} used of about ${formatStorageSize(quota)} available`;
  if (usage !== undefined) return `${formatStorageSize(usage)} used`;
  if (quota !== undefined) return `About ${formatStorageSize(quota)} available`;
  return null;
}
